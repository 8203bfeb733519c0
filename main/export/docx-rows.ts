/**
 * Which body rows of a Word table are kept on one page. A short row broken by a page break reads
 * as two rows (a case's summary on one page, its quotes on the next), so it moves whole to the
 * next page. A long one moving whole left up to most of a page blank (a case of a dozen quotes
 * jumped to page 2, page 1 a third empty), so it breaks where the page ends, the header row
 * repeating over its rest.
 */
import { CELL_MARGINS, lineWidth } from './docx-columns.js';

/** Rows of up to eight lines (about a sixth of an A4 page at 10 pt) move whole: the most a page is left blank. */
const KEEP_LINES = 8;

/**
 * Whether a row whose cells hold these paragraphs, in columns of these widths (twips) at this
 * type size (half-points), is short enough to keep whole. Its lines are counted as the widths
 * measure letters, a little generously, so a row near the limit may break rather than jump.
 */
export function keepsWhole(cells: readonly (readonly string[])[], widths: readonly number[], size: number): boolean {
  return cells.every((paragraphs, c) => {
    const room = Math.max(1, widths[c]! - CELL_MARGINS);
    let lines = 0;
    for (const paragraph of paragraphs) {
      for (const line of paragraph.split('\n')) {
        lines += Math.max(1, Math.ceil(lineWidth(line, size) / room));
        // A cell of many quotes is measured no further than it takes to know it is long.
        if (lines > KEEP_LINES) return false;
      }
    }
    return true;
  });
}
