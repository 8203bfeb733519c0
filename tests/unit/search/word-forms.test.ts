/**
 * The table of written word forms (search/word-forms.ts): a form is found again wherever it is
 * written, a long one is computed afresh each time, a full table starts afresh, and every entry
 * gives its form's normalised form and stem, as text and as UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { formAt, normBytesOf, normOf, stemBytesOf, stemFor } from '../../../main/search/word-forms.js';
import { normalizeWord } from '../../../main/search/normalize.js';
import { stemOf } from '../../../main/search/stem.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('word forms', () => {
  it('finds a form again wherever it is written, with its normalised form and stem', () => {
    const first = formAt('Аренда дорогая', 0, 6);
    expect(formAt('...АРЕНДА', 3, 9)).not.toBe(first);
    expect(formAt('и Аренда', 2, 8)).toBe(first);
    expect(normOf(first)).toBe('аренда');
    expect(stemFor(first)).toBe(stemOf('аренда'));
    expect(normBytesOf(first)).toEqual(utf8('аренда'));
    expect(stemBytesOf(first)).toEqual(utf8(stemOf('аренда')));
  });

  it('computes a form longer than it keeps afresh, in one entry that each lookup reuses', () => {
    const text = 'бюрократизированность Қазақстандағылардың';
    const a = formAt(text, 0, 21);
    expect(normOf(a)).toBe('бюрократизированность');
    expect(stemFor(a)).toBe(stemOf('бюрократизированность'));
    const b = formAt(text, 22, text.length);
    expect(b).toBe(a);
    expect(normOf(b)).toBe(normalizeWord('Қазақстандағылардың'));
    expect(stemBytesOf(b)).toEqual(utf8(stemOf(normalizeWord('Қазақстандағылардың'))));
  });

  it('starts afresh when full, and still gives every form its own forms', () => {
    // More distinct forms than the table keeps (65,536): entries are handed out again from 0.
    const entries = new Set<number>();
    let again = false;
    for (let i = 0; i < 70_000; i++) {
      const word = `w${i.toString(36)}Ё`;
      const entry = formAt(word, 0, word.length);
      if (entries.has(entry)) again = true;
      entries.add(entry);
      expect(normOf(entry)).toBe(`w${i.toString(36)}е`);
    }
    expect(again).toBe(true);
    const text = 'Ёлка';
    expect(normOf(formAt(text, 0, 4))).toBe('елка');
  });
});
