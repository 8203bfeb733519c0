import { describe, expect, it } from 'vitest';
import { joinedStems } from '../../../main/search/form-groups.js';
import { stemOf } from '../../../main/search/stem.js';

/** The groups a list of words would join, as sets of forms. */
function joined(words: string[]): string[][] {
  const forms = new Map<string, string[]>();
  for (const w of words) forms.set(stemOf(w), [...(forms.get(stemOf(w)) ?? []), w]);
  const groups = new Map<string, string[]>();
  for (const [stem, head] of joinedStems(forms)) groups.set(head, [...(groups.get(head) ?? []), ...forms.get(stem)!]);
  return [...groups.values()].map((g) => g.sort());
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

  it('joins no Russian words that a Kazakh suffix happens to spell (checked on a Russian dictionary)', () => {
    // щит + -ке = щитке (of щиток), чист + -ке = чистке (of чистка), оле + -ге = олеге (of Олег).
    expect(joined(['щит', 'щитке', 'чист', 'чистке', 'олег', 'оле', 'олеге'])).toEqual([]);
  });
});
