/**
 * The width a cell needs for its text in so many lines, as the browser breaks it: at spaces and
 * after a hyphen between letters, greedily, a space at a line's end taking no room.
 */
import { describe, expect, it } from 'vitest';
import { textPieces, wrappedWidth } from '../../../renderer/src/wrapped-width.js';

// Ten pixels a character, a space's five.
const px = (text: string) => (text === ' ' ? 5 : 10 * [...text].length);

describe('wrappedWidth', () => {
  it('breaks at spaces and after a hyphen between letters, not inside a word', () => {
    expect(textPieces('Социально-экономические последствия', px)).toEqual([
      { px: 100, space: 0 }, { px: 130, space: 5 }, { px: 110, space: 5 },
    ]);
    // A dash standing alone is a word of its own; a hyphen before a digit is no place to break.
    expect(textPieces('1 — A-1', px).map((piece) => piece.px)).toEqual([10, 10, 30]);
  });

  it('is the whole text on one line, the least width for more, never under its widest word', () => {
    const pieces = textPieces('Негативное, Политические (Анна), Правовые (Ирина)', px);
    // 110 + 5 + 120 + 5 + 70 + 5 + 80 + 5 + 70
    expect(wrappedWidth(pieces, 1)).toBe(470);
    // «Негативное, Политические» (235) / «(Анна), Правовые (Ирина)» (230).
    expect(wrappedWidth(pieces, 2)).toBe(235);
    // «Негативное,» / «Политические (Анна),» (195) / «Правовые (Ирина)».
    expect(wrappedWidth(pieces, 3)).toBe(195);
    expect(wrappedWidth(pieces, Infinity)).toBe(120);
    expect(wrappedWidth([], 2)).toBe(0);
  });

  it('keeps a hyphenated word\'s halves together where they fit, and breaks after the hyphen where not', () => {
    const pieces = textPieces('Социально-экономические', px);
    expect(wrappedWidth(pieces, 1)).toBe(230);
    expect(wrappedWidth(pieces, 2)).toBe(130);
  });
});
