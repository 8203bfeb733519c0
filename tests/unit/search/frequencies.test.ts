import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordFrequencies } from '../../../main/search/frequencies.js';

const sources = [
  { document: 1, case: 'A', text: 'Бюрократия и бюрократия. Зарплата — низкая.' },
  { document: 2, case: 'A', text: 'Бюрократии меньше, и зарплаты выше; ещё он сказал это.' },
  { document: 3, case: 'B', text: 'Бюрократией недовольны. Және мен бұл өте жақсы қала' },
];

describe('wordFrequencies', () => {
  it('counts words, documents and cases, leaving out Russian and Kazakh stop words', () => {
    const { words, totalWords } = wordFrequencies(sources);
    expect(totalWords).toBe(22);
    const byWord = Object.fromEntries(words.map((w) => [w.word, w]));
    expect(byWord['бюрократия']).toEqual({ word: 'бюрократия', count: 2, share: 2 / 22, documents: 1, cases: 1 });
    expect(byWord['зарплата']?.cases).toBe(1);
    for (const stop of ['и', 'он', 'еще', 'және', 'мен', 'бұл', 'өте']) expect(byWord[stop], stop).toBeUndefined();
    expect(byWord['жақсы']?.count).toBe(1);
    // The NLTK Russian list has этот, эти, этой… but not это.
    expect(byWord['это']?.count).toBe(1);
    expect(words[0]!.word).toBe('бюрократия');
  });

  it("puts equally frequent words in the reader's alphabet, not in code point order", () => {
    const once = [{ document: 1, case: 'A', text: 'ыстық Ауыл әке ана яблоко ёж Ерлан жол' }];
    const listed = (language: 'kk' | 'ru') => wordFrequencies(once, { language }).words.map((w) => w.word);
    // By code points ё and ә came after я. Kazakh has ә after а, and ё after е as a letter of its own.
    expect(listed('kk')).toEqual(['ана', 'ауыл', 'әке', 'ерлан', 'ёж', 'жол', 'ыстық', 'яблоко']);
    // Russian sorts ё as е.
    expect(listed('ru').filter((w) => /^[её]/.test(w))).toEqual(['ёж', 'ерлан']);
  });

  it('groups forms by stem under the most frequent form', () => {
    const { words } = wordFrequencies(sources, { byStem: true });
    expect(words[0]).toEqual({
      word: 'бюрократия',
      count: 4,
      share: 4 / 22,
      documents: 3,
      cases: 2,
      forms: ['бюрократия', 'бюрократии', 'бюрократией'],
    });
    expect(words.find((w) => w.word === 'зарплата')?.forms).toEqual(['зарплата', 'зарплаты']);
  });

  it('names a group by its form that is the stem itself where the texts hold it, else by the most frequent', () => {
    // «банка» (of the bank) outnumbers «банк», and reads as a jar; «переездом» outnumbers «переезд».
    // The adjective's stem «нов» is no word of the texts: its commonest form names it.
    const text = 'Из банка в банк. До банка, у банка. Переездом, переездом, переезд. Новая, новая, новый.';
    const words = wordFrequencies([{ document: 1, case: 'A', text }], { byStem: true }).words;
    expect(words.map((w) => [w.word, w.forms])).toEqual([
      ['банк', ['банка', 'банк']],
      ['новая', ['новая', 'новый']],
      ['переезд', ['переездом', 'переезд']],
    ]);
  });

  it('names a group of equally frequent forms by the shorter, not the one seen first (review-team-1208 #6)', () => {
    const text = 'Хозяева с арендой и оплатой требовали оплату за аренду.';
    const words = wordFrequencies([{ document: 1, case: 'A', text }], { byStem: true }).words;
    expect(words.filter((w) => w.forms!.length > 1).map((w) => [w.word, w.forms])).toEqual([
      ['аренду', ['аренду', 'арендой']],
      ['оплату', ['оплату', 'оплатой']],
    ]);
  });

  it("groups a word with its Russian and Kazakh case forms, counting each document and case once", () => {
    const study = [
      { document: 1, case: 'A', text: 'Астана холодная. В Астане ветрено. Жұмыс бар, жұмыста отырмын.' },
      { document: 2, case: 'A', text: 'Из Астаны в Алматы. Жұмысқа бардым, жұмыстан келдім.' },
      { document: 3, case: 'B', text: 'Алматыда жұмыс көп. Алматының тауы. Жұмысшы келді. Мектепте, мектеп.' },
    ];
    const rows = Object.fromEntries(wordFrequencies(study, { byStem: true }).words.map((w) => [w.word, w]));
    expect(rows['астана']).toMatchObject({ count: 3, documents: 2, cases: 1 });
    expect(new Set(rows['астана']!.forms)).toEqual(new Set(['астана', 'астане', 'астаны']));
    expect(rows['жұмыс']).toMatchObject({ count: 5, documents: 3, cases: 2 });
    expect(new Set(rows['жұмыс']!.forms)).toEqual(new Set(['жұмыс', 'жұмыста', 'жұмысқа', 'жұмыстан']));
    // Алматы is spelt as Russian: its Kazakh forms join it as the list holds one with a Kazakh letter (алматының).
    expect(new Set(rows['алматы']!.forms)).toEqual(new Set(['алматы', 'алматыда', 'алматының']));
    // Another word that begins the same stays apart (жұмысшы, a worker). «Мектепте» could be Russian
    // by its letters, but is met in a Kazakh paragraph: it joins «мектеп».
    expect(rows['жұмысшы']?.forms).toEqual(['жұмысшы']);
    expect(rows['мектеп']?.forms).toEqual(['мектеп', 'мектепте']);
  });

  it('shows a word as most often written, ё and all, and counts its spellings as one word', () => {
    const spelt = [
      { document: 1, case: 'A', text: 'Вперёд, только вперёд! Вперед. Ещё — за\u0301мок и замок; Елка.' },
      { document: 2, case: 'B', text: 'Ёлка, ёлка, елка; ёлки. Don’t, don’t: don’t.' },
    ];
    const byWord = Object.fromEntries(wordFrequencies(spelt, { stopWords: false }).words.map((w) => [w.word, w]));
    expect(byWord['вперёд']).toMatchObject({ count: 3, documents: 1 });
    expect(byWord['вперед']).toBeUndefined();
    // A tie goes to the spelling with ё; stress marks are not a spelling.
    expect(byWord['ёлка']).toMatchObject({ count: 4, documents: 2, cases: 2 });
    expect(byWord['замок']?.count).toBe(2);
    expect(byWord["don't"]?.count).toBe(3);
    expect(wordFrequencies(spelt, { stopWords: false, byStem: true }).words.find((w) => w.word === 'ёлка')?.forms).toEqual(['ёлка', 'ёлки']);
  });

  it('lists a hyphenated word as the one word it is, as search reads it in parts (review-team-1208 #6)', () => {
    // The second Усть‑Каменогорск is written with a non-breaking hyphen (U+2011).
    const text = 'Говорит по-русски, живёт в Усть-Каменогорске; в Усть‑Каменогорск из-за работы. Что-то в 2020-2021 гг. '
      + 'Ростов-на-Дону. Бір-біріне көмектестік. Пере-\nезд. Зима – лето. а-б-в-г-д';
    const { words, totalWords } = wordFrequencies([{ document: 1, case: 'A', text }]);
    const listed = words.map((w) => w.word);
    expect(listed).toEqual(expect.arrayContaining(['по-русски', 'усть-каменогорске', 'усть-каменогорск', 'ростов-на-дону', 'бір-біріне']));
    // Made of stop words and numbers only, a compound is left out as they are.
    for (const gone of ['из-за', 'что-то', '2020-2021', 'русски', 'каменогорске', 'дону']) expect(listed, gone).not.toContain(gone);
    // A hyphen at a line's end, and a dash between spaces, join nothing; nor a chain past four parts.
    expect(listed).toEqual(expect.arrayContaining(['пере', 'езд', 'зима', 'лето', 'б', 'г', 'д']));
    expect(totalWords).toBe(25);
    // Grouped by stem, its forms stay together under one row.
    const byStem = wordFrequencies([{ document: 1, case: 'A', text }], { byStem: true }).words;
    expect(byStem.find((w) => w.word.startsWith('усть-каменогорск'))).toMatchObject({ word: 'усть-каменогорск', count: 2, forms: ['усть-каменогорск', 'усть-каменогорске'] });
  });

  it('leaves numbers out with the stop words but counts them among the words', () => {
    const listed = [{ document: 1, case: 'A', text: '1. Аренда жилья\n2. Виза 2019 года, 48 м² и 3½ комнаты; 1990-х, COVID-19, Ⅻ век' }];
    const { words, totalWords } = wordFrequencies(listed);
    expect(totalWords).toBe(16);
    // A number hyphenated to letters is a word (1990-х, the nineties).
    expect(words.map((w) => w.word).sort()).toEqual(['1990-х', 'covid-19', 'аренда', 'век', 'виза', 'года', 'жилья', 'комнаты', 'м²'].sort());
    expect(wordFrequencies(listed, { stopWords: false }).words.map((w) => w.word)).toContain('2019');
  });

  it('takes a project’s own stop words and removals, or none at all', () => {
    const words = (options: Parameters<typeof wordFrequencies>[1]) => wordFrequencies(sources, options).words.map((w) => w.word);
    expect(words({ stopWords: { add: ['БЮРОКРАТИЯ'] } })).not.toContain('бюрократия');
    expect(words({ stopWords: { remove: ['сказал'] } })).toContain('сказал');
    expect(words({})).not.toContain('сказал');
    expect(words({ stopWords: { languages: ['ru'] } })).toContain('және');
    expect(words({ stopWords: false })).toContain('и');
  });

  it('counts English with its stop words on the project fixture', () => {
    const csv = readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url), 'utf8');
    const { words } = wordFrequencies([{ document: 1, text: csv }]);
    const list = words.map((w) => w.word);
    expect(list).toContain('freelancers');
    expect(list).not.toContain('the');
    expect(list).not.toContain('for');
  });

  it("leaves out the article and spoken English's fillers, which Snowball's list lacks", () => {
    const text = "Well, it's quite a good place. I just also get one more job, a new one, and a flat.";
    const list = wordFrequencies([{ document: 1, text }]).words.map((w) => w.word);
    for (const filler of ['a', 'well', 'quite', 'just', 'also', 'get', 'one']) expect(list, filler).not.toContain(filler);
    expect(list).toEqual(expect.arrayContaining(['good', 'place', 'job', 'flat']));
  });

  it('refuses sources that are not grouped by document and case', () => {
    const mixed = [sources[0]!, sources[2]!, { ...sources[1]!, case: 'A' }];
    expect(() => wordFrequencies(mixed)).toThrow(/case A came back/);
  });
});

describe('wordFrequencies: Kazakh forms by the language of their sentences', () => {
  /** The merged rows of the texts (one document each, in one case each), by word: their forms, sorted. */
  const rows = (...texts: string[]) => {
    const { words } = wordFrequencies(texts.map((text, i) => ({ document: i, case: i, text })), { byStem: true });
    return Object.fromEntries(words.map((w) => [w.word, [...w.forms!].sort()]));
  };
  const rowOf = (list: Record<string, string[]>, form: string) => Object.values(list).find((forms) => forms.includes(form));

  it('joins a word spelt as Russian to its forms met in Kazakh sentences, not in Russian ones', () => {
    const kazakh = 'Мен Алматыда туып-өстім. Бұрын банкте менеджер болып істедім, қазір Алматыдан алыс тұрамын.';
    const russian = 'Я родился в Алматы. Потом работал в банке, банк был маленький.';
    const list = rows(kazakh, russian);
    expect(rowOf(list, 'алматы')).toEqual(['алматы', 'алматыда', 'алматыдан']);
    expect(rowOf(list, 'банк')).toEqual(['банк', 'банке', 'банкте']);
    // Sentence by sentence: a Kazakh line in a Russian interview is Kazakh.
    const switching = 'Я родился в Алматы, потом мы переехали в Астану, когда отцу предложили работу.\nАлматыда туып-өстім.';
    expect(rowOf(rows(switching), 'алматы')).toEqual(['алматы', 'алматыда']);
    // The same forms in a Russian interview (a café «Алматыда»): no proof, each its own row.
    const quoted = rows('Мы встретились в кафе «Алматыда», потом пошли в «Алматыдан». Я родился в Алматы.');
    expect(rowOf(quoted, 'алматы')).toEqual(['алматы']);
    expect(rowOf(quoted, 'алматыда')).toEqual(['алматыда']);
  });

  it("keeps a Russian text's words apart that a Kazakh suffix spells, in a project with Kazakh text too", () => {
    const russian = 'Правда, я прав. В щитке пусто, щит сломан. Столы и стол стоят у стены. На подвеске трещина, подвес новый.';
    const list = rows('Алматыда жұмыс көп, бірақ пәтер қымбат.', russian);
    for (const [one, other] of [['правда', 'прав'], ['щитке', 'щит'], ['подвеске', 'подвес']] as const) expect(rowOf(list, one), one).not.toContain(other);
    // A Kazakh place name does not make a Russian sentence Kazakh: «в» is Russian, a stop word too.
    expect(rowOf(rows('В Қарағанды на подвеске трещина, подвес новый.'), 'подвеске')).toEqual(['подвеске']);
    // Snowball's own row: «столы» is стол's plural.
    expect(rowOf(list, 'столы')).toEqual(['стол', 'столы']);
  });

  it('takes a form for Kazakh only where most of its occurrences are in Kazakh sentences', () => {
    // A Russian word quoted once inside a Kazakh sentence, and met in Russian ones more often.
    const kazakh = 'Шебер маған «подвеске» қарау керек деді.';
    const russian = 'Проблема в подвеске. Подвес новый, а в подвеске стук.';
    expect(rowOf(rows(kazakh, russian), 'подвеске')).toEqual(['подвеске']);
    expect(rowOf(rows(kazakh, 'Подвес новый.'), 'подвеске')).toEqual(['подвес', 'подвеске']);
  });

  it("joins a word's Kazakh forms without the word, named after it, and its Russian case forms where search finds them together", () => {
    const interview = readFileSync(new URL('../../fixtures/languages/mixed-interview.txt', import.meta.url), 'utf8');
    const { words } = wordFrequencies([{ document: 1, case: 'A', text: interview }], { byStem: true });
    // «Астанаға» has a Kazakh-only letter: «Астанада» of the answers and «Астане» of a Russian question join it.
    expect(words.find((w) => w.word === 'астана')).toMatchObject({ count: 4, documents: 1, forms: ['астанада', 'астане', 'астанаға'] });
    // Without «Астанаға», the answers' «Астанада» prove «астана» Kazakh, but its Russian forms stay apart.
    const answers = ['Астанада тұрамын. Шымкентте туғанмын, Шымкентке жиі барамын.', 'Как вам в Астане? А в Шымкенте?'];
    const list = rows(...answers);
    expect(rowOf(list, 'шымкентте')).toEqual(['шымкентке', 'шымкентте']);
    expect(list['шымкент']).toEqual(['шымкентке', 'шымкентте']);
    expect(rowOf(list, 'шымкенте')).toEqual(['шымкенте']);
    expect(rowOf(list, 'астане')).toEqual(['астане']);
  });

  it('reads a Russian form that a Kazakh sentence quotes as no proof against the Russian rule', () => {
    // «Города» (горо + -да) met in a Kazakh sentence: the unlisted «горо» does not bring «горы» into «город»'s row.
    const list = rows('Ол «Города и люди» деген кітапты оқыды.', 'Горы высокие, гора крутая, город большой.');
    expect(rowOf(list, 'горы')).toEqual(['гора', 'горы']);
    expect(rowOf(list, 'города')).toEqual(['город', 'города']);
  });
});
