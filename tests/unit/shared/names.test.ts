import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findByName, matchByName, nameKey, sameName, tidyName } from '../../../shared/names.js';

describe('sameName', () => {
  it('folds Cyrillic case, which SQLite NOCASE does not', () => {
    expect(sameName('Позитивные', 'позитивные')).toBe(true);
    expect(sameName('ПОЗИТИВНЫЕ ЭМОЦИИ', 'позитивные эмоции')).toBe(true);
  });

  it('folds every Kazakh letter', () => {
    expect(sameName('ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі')).toBe(true);
    expect(sameName('Қазақ тілі', 'қазақ ТІЛІ')).toBe(true);
  });

  it('keeps different letters apart', () => {
    expect(sameName('қ', 'к')).toBe(false);
    expect(sameName('і', 'i')).toBe(false); // Cyrillic і is not Latin i
    expect(sameName('ү', 'у')).toBe(false);
    expect(sameName('Trust', 'Trusts')).toBe(false);
  });

  it('trims and collapses whitespace runs of any kind', () => {
    expect(sameName('  Trust  in\u00a0\t people ', 'trust in people')).toBe(true);
  });

  it('compares composed and decomposed spellings as one', () => {
    expect(sameName('\u0439', '\u0438\u0306')).toBe(true); // й
    expect(sameName('Caf\u00e9', 'CAFE\u0301')).toBe(true);
  });

  it('folds context-dependent and expanding letters', () => {
    expect(sameName('ΟΔΟΣ', 'οδος')).toBe(true);
    expect(sameName('Straße', 'STRASSE')).toBe(true);
    expect(sameName('ẞ', 'ss')).toBe(true); // capital sharp s
    expect(nameKey(nameKey('ẞ'))).toBe(nameKey('ẞ'));
  });

  it('is idempotent and ignores case for every single code point', () => {
    // Exhaustive, so no seed of the property below can find a letter this misses.
    const broken: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const key = nameKey(c);
      if (nameKey(key) !== key || nameKey(c.toUpperCase()) !== key || nameKey(c.toLowerCase()) !== key) {
        broken.push(`U+${cp.toString(16).toUpperCase()}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is an equivalence that ignores case and spacing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
        expect(sameName(s, ` ${s.toUpperCase()} `)).toBe(true);
        expect(sameName(s, s.toLowerCase())).toBe(true);
      }),
    );
  });
});

describe('findByName', () => {
  const items = [
    { id: 1, name: 'позитивные' },
    { id: 2, name: 'Позитивные' },
    { id: 3, name: 'Негативные' },
  ];

  it('prefers the exact spelling over a case-insensitive match', () => {
    expect(findByName(items, 'Позитивные')?.id).toBe(2);
    expect(findByName(items, 'позитивные')?.id).toBe(1);
    expect(findByName(items, ' Позитивные ')?.id).toBe(2);
  });

  it('falls back to a case-insensitive match, then to none', () => {
    expect(findByName(items, 'НЕГАТИВНЫЕ')?.id).toBe(3);
    expect(matchByName(items, 'ПОЗИТИВНЫЕ').map((i) => i.id)).toEqual([1, 2]);
    expect(findByName(items, 'Нейтральные')).toBeUndefined();
  });

  it('tidies without folding case', () => {
    expect(tidyName(' A \n b ')).toBe('A b');
  });
});
