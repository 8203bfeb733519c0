/**
 * Rebuilds paragraphs from the geometry of pdf.js text items. A PDF has no paragraphs, only
 * glyphs placed on lines; a word processor wrapped the lines, and the researcher wants them
 * unwrapped again: one paragraph, list item, heading or table row per line, as the Word and
 * OpenDocument readers give. Lines of one paragraph are joined with a space when
 *  - the baseline step is the document's usual one (at most 1.3× it: any paragraph spacing,
 *    as after a heading or between spaced paragraphs, is more),
 *  - the font size stays the same (a heading is larger),
 *  - the earlier line was wrapped: the first word of the next line would not have fitted
 *    in the room left before the text block's right edge (the rightmost ink in the document;
 *    a short last line, or a line broken on purpose, leaves room); where only one line reaches
 *    that edge, it is no edge seen, and a sentence ending there before a capital ends the paragraph,
 *  - the next line does not start a list item (bullet, «1.», «а)»; a dash after a finished
 *    sentence is a dialogue turn), is not indented past the earlier line (a first-line
 *    indent), and neither line is a table row (a gap of several spaces between items).
 * Across a page break there is no gap to measure: the last line of a page is joined to the
 * first of the next only when it was wrapped and the next starts with a lowercase letter.
 * When in doubt lines stay apart, which is what the reader did before.
 */
import { largest } from '../../shared/extremes.js';
import { normaliseBullets } from './private-use-bullets.js';

export interface TextItem {
  str: string;
  /** [a, b, c, d, x, baseline y] */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
  /** Width of the first word, estimated from its item's average advance. */
  firstWordWidth: number;
  /** Items far apart on the baseline: a table row, or columns. */
  tabular: boolean;
}

/** One PDF page's items (in content order) per page → the document's text. */
export function itemsToParagraphs(pages: TextItem[][]): string {
  const pageLines = pages.map(itemsToLines);
  const step = usualLineStep(pageLines);
  // The text block's right edge, over the whole document: a page of a few short lines has no
  // edge of its own. A line sticking out into the margin only makes others look short.
  const edge = largest(pageLines.flatMap((lines) => lines.map((line) => line.right)));
  // The edge is only seen where two lines or more reach it. A short file of one-line paragraphs,
  // spaced by blank lines (a step as usual as any), has one longest line, which reached the
  // "edge" as a wrapped line does: it was joined to the next paragraph (review-study-1207 #6).
  const edgeSeen = pageLines.flat().filter((line) => edge - line.right <= line.size).length > 1;
  const out: string[] = [];
  let previous: Line | undefined;
  for (const lines of pageLines) {
    for (const [i, line] of lines.entries()) {
      const continues = previous !== undefined && (edgeSeen || !endsSentenceBeforeCapital(previous, line))
        && (i === 0 ? continuesOnNextPage(previous, line, edge) : continuesParagraph(previous, line, edge, step));
      if (continues) out[out.length - 1] = joinWrapped(out[out.length - 1]!, line.text);
      else out.push(line.text);
      previous = line;
    }
  }
  return out.join('\n');
}

/**
 * Items arrive in content order; a new line starts where pdf.js marks an end of line or
 * the baseline moves by more than half the text height (a superscript does not).
 */
function itemsToLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: TextItem[] = [];
  // The line's last item with ink: blanks between words carry no baseline worth comparing.
  let last: TextItem | undefined;
  const flush = () => {
    const line = toLine(current);
    if (line) lines.push(line);
    current = [];
    last = undefined;
  };
  for (const item of items) {
    if (last && Math.abs(baselineOf(item) - baselineOf(last)) > Math.max(item.height, last.height, 1) / 2) flush();
    current.push(item);
    if (item.str.trim() !== '') last = item;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

const baselineOf = (item: TextItem) => item.transform[5] ?? 0;
const xOf = (item: TextItem) => item.transform[4] ?? 0;

function toLine(items: TextItem[]): Line | null {
  const text = normaliseBullets(items.map((i) => i.str).join('').replace(/\s+/g, ' ').trim());
  const inked = items.filter((i) => i.str.trim() !== '');
  if (text === '' || inked.length === 0) return null;
  const size = largest(inked.map((i) => i.height));
  const first = inked[0]!;
  const word = first.str.trim().split(/\s/)[0] ?? '';
  let tabular = false;
  for (let i = 1; i < items.length; i++) {
    const gap = xOf(items[i]!) - (xOf(items[i - 1]!) + items[i - 1]!.width);
    const blankWidth = items[i]!.str.trim() === '' ? items[i]!.width : 0;
    if (Math.max(gap, blankWidth) > 2 * size) tabular = true;
  }
  return {
    text,
    left: xOf(first),
    right: largest(inked.map((i) => xOf(i) + i.width)),
    baseline: baselineOf(first),
    size,
    firstWordWidth: first.str.trim().length > 0 ? (first.width * word.length) / first.str.trim().length : 0,
    tabular,
  };
}

/** The most common distance between consecutive baselines, to the half point. */
function usualLineStep(pages: Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const step = Math.round((lines[i - 1]!.baseline - lines[i]!.baseline) * 2) / 2;
      if (step > 0 && step < 3 * lines[i]!.size) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best;
}

// Latin «o» is Word's second-level bullet (Courier New); a Russian line never starts with it.
const BULLET = /^(?:[•◦▪▫■□●○◆◇❖➢✓✔►▸‣⁃∙·*o]|\d{1,3}[.)]|[a-zа-яё]\))(?:\s|$)/u;
const DASH = /^[-–—](?:\s|$)/u;
const SENTENCE_END = /[.!?…:;»"”)]$/u;

function startsItem(previous: Line, next: Line): boolean {
  if (BULLET.test(next.text)) return true;
  // «— Да.» opens a dialogue turn; «Москва⏎— столица» is a dash that wrapped to the line start.
  return DASH.test(next.text) && SENTENCE_END.test(previous.text);
}

/** A sentence ends on the earlier line and the next begins with a capital: where a line wrapped, a coincidence. */
function endsSentenceBeforeCapital(previous: Line, next: Line): boolean {
  return SENTENCE_END.test(previous.text) && /^\p{Lu}/u.test(next.text);
}

/** The next line's first word would have fitted on the earlier line: that line ended on purpose. */
function leftRoom(previous: Line, next: Line, edge: number): boolean {
  const space = 0.25 * previous.size;
  return edge - previous.right > next.firstWordWidth + space;
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
}

function continuesParagraph(previous: Line, next: Line, edge: number, step: number): boolean {
  const drop = previous.baseline - next.baseline;
  if (step <= 0 || drop <= 0 || drop > 1.3 * step) return false;
  if (!sameSize(previous, next) || previous.tabular || next.tabular) return false;
  if (startsItem(previous, next) || leftRoom(previous, next, edge)) return false;
  // A list item's wrapped lines hang under its text, right of the bullet: not an indent.
  const indented = next.left > previous.left + 0.5 * next.size && !BULLET.test(previous.text);
  return !indented;
}

function continuesOnNextPage(previous: Line, next: Line, edge: number): boolean {
  if (!sameSize(previous, next) || previous.tabular || next.tabular) return false;
  if (startsItem(previous, next) || leftRoom(previous, next, edge)) return false;
  return /^\p{Ll}/u.test(next.text);
}

/**
 * Joins a wrapped line to the next. A hyphen at the end stays and the halves meet without a
 * space: Word and LibreOffice wrap after the hyphen of «по-русски», «кто-то», «Алма-Ата», and
 * hyphenate on their own only when asked to, so a line-end hyphen is far more often part of
 * the word than a typesetter's break (which keeps a stray «эро-зия» but loses nothing). A soft
 * hyphen (U+00AD) would tell the two apart, but pdf.js drops invisible format characters
 * (Unicode Cf) from the text layer, so it never reaches here.
 */
export function joinWrapped(line: string, next: string): string {
  if (/[\p{L}\p{N}][-\u2010]$/u.test(line) && /^\p{L}/u.test(next)) return line + next;
  return `${line} ${next}`;
}
