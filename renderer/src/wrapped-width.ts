/**
 * How wide a cell must be for its text to break into a given number of lines, as the browser
 * breaks it: greedily, at spaces (a space at a line's end taking no room) and after a hyphen
 * between letters («Социально-» / «экономические»). The browser may break at more places (an em
 * dash), which can only take fewer lines, so a width reckoned here never cuts the text.
 */
import { largest } from '../../shared/extremes.js';

/** A piece of text a line may end after: its width, and the width of the space after it (none after a hyphen). */
export interface Piece {
  px: number;
  space: number;
}

/** The pieces of `text`, measured by `px`. */
export function textPieces(text: string, px: (text: string) => number): Piece[] {
  const space = px(' ');
  return text.split(' ').filter((word) => word !== '').flatMap((word) => {
    const parts = word.split(/(?<=\p{L}-)(?=\p{L})/u);
    return parts.map((part, i) => ({ px: px(part), space: i === parts.length - 1 ? space : 0 }));
  });
}

/** Whether `pieces` fit in `lines` lines of `width` pixels. */
function fitsIn(pieces: readonly Piece[], lines: number, width: number): boolean {
  let used = 1;
  let line = 0;
  let space = 0;
  for (const piece of pieces) {
    if (piece.px > width) return false;
    if (line === 0 || line + space + piece.px <= width) line += (line === 0 ? 0 : space) + piece.px;
    else {
      used++;
      if (used > lines) return false;
      line = piece.px;
    }
    space = piece.space;
  }
  return true;
}

/** The least whole width in pixels at which `pieces` break into at most `lines` lines (the widest piece for Infinity). */
export function wrappedWidth(pieces: readonly Piece[], lines: number): number {
  if (pieces.length === 0) return 0;
  let low = Math.ceil(largest(pieces.map((piece) => piece.px)));
  let high = Math.ceil(pieces.reduce((sum, piece) => sum + piece.px + piece.space, 0));
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fitsIn(pieces, lines, middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
