/** The count grid's columns fit the longest word of their headings (heading-width.ts), within limits. */
import { describe, expect, it } from 'vitest';
import { COLUMN_MAX_PX, COLUMN_MIN_PX, headingColumnPx } from '../../../renderer/src/heading-width.js';

// 8 px a character: a word's width is easy to read off.
const measure = (word: string) => [...word].length * 8;

describe('headingColumnPx', () => {
  it('fits the longest word of any heading, its padding included', () => {
    // «Образование» is 11 characters: 88 px and 17 px of padding.
    expect(headingColumnPx(['Migration themes/Образование 58', 'STEEPL/Legal'], measure)).toBe(105);
  });

  it('breaks after the slash and between words, never inside a word', () => {
    // «Valence/» (8 characters, slash included) is the widest piece: no piece spans the slash or a space.
    expect(headingColumnPx(['Valence/Positive Negative'], (word) => (word === 'Valence/' ? 100 : 10))).toBe(117);
    expect(headingColumnPx(['Valence/Positive Negative'], (word) => (word.includes(' ') || word === 'Valence/Positive' ? 500 : 10))).toBe(COLUMN_MIN_PX);
  });

  it('keeps to its limits', () => {
    expect(headingColumnPx(['A/B', 'C D'], measure)).toBe(COLUMN_MIN_PX);
    expect(headingColumnPx(['Arbeitsmarktintegrationsmaßnahmen'], measure)).toBe(COLUMN_MAX_PX);
    expect(headingColumnPx([], measure)).toBe(COLUMN_MIN_PX);
  });
});
