import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../../../main/search/normalize.js';
import { stemOf } from '../../../main/search/stem.js';
import { tokenize } from '../../../main/search/tokenize.js';

const words = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('finds words of letters and digits in any script, with code-point positions', () => {
    const text = 'Бюрократия, 2020 год: «ҚАЗАҚСТАН» 😀 state.';
    expect(tokenize(text)).toEqual([
      { start: 0, end: 10, norm: 'бюрократия' },
      { start: 12, end: 16, norm: '2020' },
      { start: 17, end: 20, norm: 'год' },
      { start: 23, end: 32, norm: 'қазақстан' },
      // The emoji is one code point (two UTF-16 units): "state" starts at 36, not 37.
      { start: 36, end: 41, norm: 'state' },
    ]);
  });

  it('counts a letter outside the BMP as one code point of a word', () => {
    expect(tokenize('a\u{1d400}b c')).toEqual([
      { start: 0, end: 3, norm: 'a\u{1d400}b' },
      { start: 4, end: 5, norm: 'c' },
    ]);
  });

  it('folds the case of every Kazakh letter', () => {
    expect(words('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toEqual(['әғқңөұүһі', 'әғқңөұүһі']);
  });

  it('reads ё as е, and drops Russian stress marks but keeps й', () => {
    expect(words('Ёлка ещё ЕЩЁ')).toEqual(['елка', 'еще', 'еще']);
    expect(words('за\u0301мок')).toEqual(['замок']);
    // й written as и + combining breve (as some editors save it) is still й.
    expect(words('мои\u0306')).toEqual(['мой']);
  });

  it('keeps an apostrophe inside a word and splits at hyphens', () => {
    expect(words("Don't say it’s п'ять")).toEqual(["don't", 'say', "it's", "п'ять"]);
    expect(words('бизнес-план кто-то')).toEqual(['бизнес', 'план', 'кто', 'то']);
    expect(words("'quoted' -dash-")).toEqual(['quoted', 'dash']);
    expect(words('saʼlem qazaq’s')).toEqual(["sa'lem", "qazaq's"]);
  });

  it('normalises the same word the same way whatever its case', () => {
    expect(normalizeWord('БЮРОКРАТИЯ')).toBe(normalizeWord('бюрократия'));
    expect(normalizeWord('ІЗДЕУ')).toBe('іздеу');
  });
});

describe('stemOf', () => {
  it('gives Russian word forms one stem', () => {
    const forms = ['бюрократия', 'бюрократии', 'бюрократией', 'бюрократию'];
    expect(new Set(forms.map(stemOf))).toEqual(new Set(['бюрократ']));
    expect(stemOf('зарплатой')).toBe(stemOf('зарплаты'));
  });

  it('stems English words and drops a possessive', () => {
    expect(stemOf('running')).toBe(stemOf('runs'));
    expect(stemOf("government's")).toBe(stemOf('government'));
  });

  it('leaves Kazakh words as they are', () => {
    // The Russian stemmer would cut this to "қазақста".
    expect(stemOf('қазақстан')).toBe('қазақстан');
    expect(stemOf('балаға')).toBe('балаға');
  });

  it('keeps a Cyrillic stem at the start of its word and an English stem’s first letter', () => {
    // The hit finder stems only words that pass these checks (query-match.ts).
    const sample = tokenize(
      'Бюрократия мешает: зарплаты, зарплатой, длиннейшие, стеклянный, бежавшая, ёлками. Қазақстандағы ' +
        "happy relational agreed yes eed skies government's sky 's x's y",
    );
    for (const { norm } of sample) {
      const stem = stemOf(norm);
      if (/[\u0400-\u04ff]/.test(norm)) expect(norm.startsWith(stem), norm).toBe(true);
      else expect(stem[0], norm).toBe(norm[0]);
    }
  });

  it('leaves numbers and very long runs alone', () => {
    expect(stemOf('2020')).toBe('2020');
    const long = 'а'.repeat(100) + 'ия';
    expect(stemOf(long)).toBe(long);
  });
});
