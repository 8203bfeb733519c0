/**
 * How wide the count grid's columns are (count-grid.tsx): wide enough for the longest word of
 * any of its headings, within limits. At a fixed 96 px, headings broke inside words
 * («Образова|ние 58», «Sociocultu|ral»); a heading still breaks between words and after the
 * slash of «Framework/Code», as it is drawn.
 */
import { textPx } from './text-px.js';

/** The narrowest column, as before, and the widest a long word may make the columns. */
export const COLUMN_MIN_PX = 96;
export const COLUMN_MAX_PX = 168;
/** The heading cell's padding (styles.css .count-grid-head [role=columnheader]), and a pixel for rounding. */
const PADDING_PX = 17;

/** The width for these headings, each word's width given by `measure`. */
export function headingColumnPx(labels: readonly string[], measure: (word: string) => number): number {
  const words = new Set(labels.flatMap((label) => label.split(/\s+|(?<=\/)/)));
  let widest = 0;
  for (const word of words) if (word !== '') widest = Math.max(widest, measure(word));
  return Math.min(COLUMN_MAX_PX, Math.max(COLUMN_MIN_PX, Math.ceil(widest) + PADDING_PX));
}

/** The width of `word` in a heading's font (bold 13 px in the page's family), as the browser draws it. */
export function headingWordPx(word: string): number {
  return textPx(word, `600 13px ${getComputedStyle(document.body).fontFamily}`);
}
