import { describe, expect, it } from 'vitest';
import { joinedStems } from '../../../main/search/form-groups.js';
import { stemOf } from '../../../main/search/stem.js';

/** A list of words by stem, commonest (first given) first. */
function listed(words: string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const w of words) forms.set(stemOf(w), [...(forms.get(stemOf(w)) ?? []), w]);
  return forms;
}

/** The groups a list of words would join, as sets of forms; `inKazakhText`, the forms met mostly in Kazakh sentences. */
function joined(words: string[], inKazakhText: string[] = []): string[][] {
  const forms = listed(words);
  const groups = new Map<string, string[]>();
  for (const [stem, head] of joinedStems(forms, new Set(inKazakhText)).heads) groups.set(head, [...(groups.get(head) ?? []), ...forms.get(stem)!]);
  return [...groups.values()].map((g) => g.sort());
}

/** The words the joined groups are named after where the list does not hold them. */
function named(words: string[], inKazakhText: string[] = []): string[] {
  return [...joinedStems(listed(words), new Set(inKazakhText)).words.values()].sort();
}

describe('joinedStems', () => {
  it("joins a place's Russian cases and a Kazakh word's cases", () => {
    expect(joined(['астана', 'астане', 'казахстан', 'казахстане', 'жұмыс', 'жұмыстан', 'үй', 'үйде']).sort()).toEqual([
      ['астана', 'астане'], ['жұмыс', 'жұмыстан'], ['казахстан', 'казахстане'], ['үй', 'үйде'],
    ]);
  });

  it("joins a Kazakh word's possessive forms, voiced ones too, with the same proof for words spelt as Russian", () => {
    expect(joined(['жұмыс', 'жұмысы', 'жұмысымыздың', 'мектеп', 'мектебі', 'мектебінде']).sort()).toEqual([
      ['жұмыс', 'жұмысы', 'жұмысымыздың'], ['мектебі', 'мектебінде', 'мектеп'],
    ]);
    // «баласы» has no Kazakh-only letter: it joins «бала» once the list holds «баласының».
    expect(joined(['бала', 'баласы'])).toEqual([]);
    expect(joined(['бала', 'баласы', 'баласының'])).toEqual([['бала', 'баласы', 'баласының']]);
  });

  it("joins an -овать verb's present forms to its infinitive and past, which Snowball stems apart", () => {
    expect(joined(['планирую', 'планируем', 'планируют', 'планировать', 'планировал', 'танцую', 'танцевали']).sort()).toEqual([
      ['планировал', 'планировать', 'планируем', 'планирую', 'планируют'], ['танцевали', 'танцую'],
    ]);
    // An adjective's -ую asks for a stem no word has: «новую» stays with its own forms.
    expect(joined(['новую', 'новый', 'нововведение'])).toEqual([]);
  });

  it('joins the forms of a word whose root changes, which Snowball stems apart', () => {
    expect(joined(['дорого', 'дороже', 'живём', 'жить', 'жили']).sort()).toEqual([['дорого', 'дороже'], ['живём', 'жили', 'жить']]);
  });

  it('joins no Russian words that a Kazakh suffix happens to spell (checked on a Russian dictionary)', () => {
    // щит + -ке = щитке (of щиток), чист + -ке = чистке (of чистка), оле + -ге = олеге (of Олег).
    expect(joined(['щит', 'щитке', 'чист', 'чистке', 'олег', 'оле', 'олеге'])).toEqual([]);
  });

  it('joins a word spelt as Russian to its forms met in Kazakh sentences, as search undoes them', () => {
    // «Алматыда тұрамын»: no form of «алматы» with a Kazakh-only letter, but one met in Kazakh text.
    expect(joined(['алматы', 'алматыда'])).toEqual([]);
    expect(joined(['алматы', 'алматыда'], ['алматыда'])).toEqual([['алматы', 'алматыда']]);
    expect(joined(['банк', 'банкте', 'банке'], ['банкте'])).toEqual([['банк', 'банке', 'банкте']]);
    // Only where search reads the word off the form: four letters and a two-letter suffix (жол, жолда: «Жолда келе жатырмын»).
    expect(joined(['жол', 'жолда'], ['жолда'])).toEqual([]);
    expect(joined(['жол', 'жолда', 'жолға'])).toEqual([['жол', 'жолда', 'жолға']]);
    // «подвеске» is a Kazakh form of «подвес» by its letters: met in Russian text it is no proof.
    expect(joined(['подвес', 'подвеске'])).toEqual([]);
    expect(joined(['подвес', 'подвеске'], ['подвеске'])).toEqual([['подвес', 'подвеске']]);
  });

  it("joins a word's Kazakh forms without the word, named after it, with the proof the word would need", () => {
    // «Астанаға келдім. Астанада тұрамын.»: each form is Kazakh by its letters or by its sentence.
    expect(joined(['астанаға', 'астанада'], ['астанада'])).toEqual([['астанада', 'астанаға']]);
    expect(named(['астанаға', 'астанада'], ['астанада'])).toEqual(['астана']);
    // A form met in Russian text joins no unlisted word, where it joins a listed one so proven: it is
    // likely a Russian word, as «акта» (of «акт») is «ак» + -та beside «актің» (акт + -ің).
    expect(joined(['астанаға', 'астанада'])).toEqual([]);
    expect(joined(['астана', 'астанаға', 'астанада'])).toEqual([['астана', 'астанада', 'астанаға']]);
    // Nor one of under four letters, often no word: «ак» of «актің», «актерге».
    expect(joined(['актің', 'актерге'], ['актерге'])).toEqual([]);
    expect(joined(['үйде', 'үйге'])).toEqual([]);
    // Kazakh sentences prove «алматы» declined as Kazakh too; Russian text does not.
    expect(joined(['алматыда', 'алматыдан'], ['алматыда', 'алматыдан'])).toEqual([['алматыда', 'алматыдан']]);
    expect(named(['алматыда', 'алматыдан'], ['алматыда', 'алматыдан'])).toEqual(['алматы']);
    expect(joined(['алматыда', 'алматыдан'])).toEqual([]);
    // Several unlisted words: the one the others are forms of (баласы is бала + -сы).
    expect(named(['баласының', 'баласында'], ['баласында'])).toEqual(['бала']);
    // ...that all the row's forms are forms of: «баласылар» (its children) is no form of «бала».
    expect(named(['баласының', 'баласымен', 'баласылар'], ['баласымен', 'баласылар'])).toEqual(['баласы']);
    // A listed word that Kazakh forms join names its row by its commonest form, even where a shorter
    // unlisted word could be read off them («қалам», a pen, is also «қала» + -м, my city).
    expect(joined(['қалам', 'қаламның'])).toEqual([['қалам', 'қаламның']]);
    expect(named(['қалам', 'қаламның'])).toEqual([]);
    // A Russian form taken for Kazakh («астаны» as аста + -ны): its stem, аста, ends with the word, so no join by it.
    expect(joined(['астана', 'астане', 'астаны'], ['астаны'])).toEqual([['астана', 'астане', 'астаны']]);
    expect(named(['астана', 'астане', 'астаны'], ['астаны'])).toEqual([]);
  });

  it("joins an unlisted word's Russian case forms where a form with a Kazakh-only letter proves it, and two of its forms", () => {
    expect(joined(['астанаға', 'астанада', 'астане', 'астаны'], ['астанада'])).toEqual([['астанада', 'астанаға', 'астане', 'астаны']]);
    expect(named(['астанаға', 'астанада', 'астане', 'астаны'], ['астанада'])).toEqual(['астана']);
    // One form may be read as another word's: «тритоның» (тритон + -ың, your newt) as трито + -ның,
    // whose Russian forms' stem is «тритий»'s.
    expect(joined(['астанаға', 'астане'])).toEqual([]);
    expect(joined(['тритоның', 'трития', 'тритий'])).toEqual([]);
    // No proof: «астанада» could be Russian by its letters.
    expect(joined(['астанада', 'астане'])).toEqual([]);
    // Kazakh sentences alone prove a word off a Russian form taken for Kazakh there («Города и люди» кітабы):
    // горо + -да. Its Russian forms' stem is «гора»'s, so they do not join.
    expect(joined(['города', 'городов', 'горы', 'гора'], ['города'])).toEqual([]);
    expect(joined(['шымкентте', 'шымкентке', 'шымкенте'], ['шымкентте', 'шымкентке'])).toEqual([['шымкентке', 'шымкентте']]);
    expect(joined(['шымкентте', 'шымкенттің', 'шымкенте'], ['шымкентте'])).toEqual([['шымкенте', 'шымкентте', 'шымкенттің']]);
  });

  it("joins no group whose stem Snowball cut into the word: it holds another word's forms", () => {
    // «мериносты» (the merino, accusative) is меринос + -ты, but Snowball reads -ость: мерин, the stem of
    // «мерин», «мерина» (a gelding). Of the Kazakh dictionary's forms spelt as Russian, 12 are so.
    expect(joined(['меринос', 'мериносты', 'мерин', 'мерина'], ['мериносты'])).toEqual([]);
    // «блогы» (блок + -ы, voiced) is Snowball's блог, the stem of «блога», «блогом», a blog's.
    expect(joined(['блок', 'блокқа', 'блогы', 'блога', 'блогом'])).toEqual([['блок', 'блокқа']]);
    // «маман» (a specialist) and «маманы» are Snowball's мама; «мама», «маме» are мам.
    expect(joined(['мамандардың', 'маман', 'маманы', 'мама', 'маме'])).toEqual([['маман', 'мамандардың', 'маманы']]);
  });
});
