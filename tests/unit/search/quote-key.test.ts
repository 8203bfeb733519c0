/**
 * The quote sort key (main/search/quote-key.ts): sorted byte for byte, as SQLite compares the
 * stored keys, quotes read as the alphabet of the reader's language, capitals with small letters
 * in every script, ё with е, the Kazakh letters beside their neighbours; SQLite's NOCASE put every
 * Cyrillic capital before every small letter, Ё before А and the Kazakh letters after я.
 */
import { describe, expect, it } from 'vitest';
import { QUOTE_KEY_LENGTH, quoteSortKey } from '../../../main/search/quote-key.js';

/** Sorted as SQLite sorts the keys: these hold no surrogates, so their UTF-16 order is UTF-8's. */
const sorted = (quotes: string[]) => [...quotes].sort((a, b) => {
  const [x, y] = [quoteSortKey(a), quoteSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
});

describe('the quote sort key', () => {
  it('puts Russian quotes in the alphabet, capitals among small letters, ё with е', () => {
    expect(sorted(['Яблоко', 'ёж', 'Жук', 'ель', 'Ёлка', 'еда', 'арбуз'])).toEqual(['арбуз', 'еда', 'ёж', 'Ёлка', 'ель', 'Жук', 'Яблоко']);
  });

  it('puts each Kazakh letter after its neighbour in the Kazakh alphabet', () => {
    const alphabet = ['Анна', 'Әлия', 'Гүл', 'Ғалым', 'Дана', 'Кітап', 'Қайрат', 'Нұр', 'ңа', 'Оқу', 'Өмір', 'Пана', 'Ура', 'Ұлы', 'Үй', 'Хат', 'Һижра',
      'Ыбырай', 'Ілияс', 'Эко', 'Яна'];
    expect(sorted([...alphabet].reverse())).toEqual(alphabet);
  });

  it('puts Latin before Cyrillic, folding the case of both, and accented Latin letters with their base', () => {
    expect(sorted(['арбуз', 'Zebra', 'Banana', 'apple', 'АРБА'])).toEqual(['apple', 'Banana', 'Zebra', 'АРБА', 'арбуз']);
    expect(quoteSortKey('ЖҰМЫС ЁЛКА Visa')).toBe(quoteSortKey('жұмыс ёлка visa'));
    expect(sorted(['zoo', 'Ezra', 'École', 'eagle'])).toEqual(['eagle', 'École', 'Ezra', 'zoo']);
  });

  it('writes the three alphabets one byte each in UTF-8, other letters after them by code point', () => {
    expect(Buffer.byteLength(quoteSortKey('Жұмыс ёлка Visa 2'))).toBe('Жұмыс ёлка Visa 2'.length);
    expect(sorted(['Єва', 'Ωμέγα', 'яма'])).toEqual(['яма', 'Ωμέγα', 'Єва']);
  });

  it('files quotes that open with punctuation or spaces before digits and letters, a run of them as one space', () => {
    expect(sorted(['Анна', '2 года', '«Мы пришли»', '— Да', 'zoo'])).toEqual(['— Да', '«Мы пришли»', '2 года', 'zoo', 'Анна']);
    expect(quoteSortKey('мы, «да»')).toBe(quoteSortKey('мы да '));
  });

  it('covers the first QUOTE_KEY_LENGTH units, never half a surrogate pair', () => {
    expect(quoteSortKey('я'.repeat(1000))).toHaveLength(QUOTE_KEY_LENGTH);
    const letters = 'a'.repeat(QUOTE_KEY_LENGTH - 1);
    expect(quoteSortKey(`${letters}😀`)).toBe(quoteSortKey(letters));
    expect(quoteSortKey('a😀b')).toContain('😀');
  });
});
