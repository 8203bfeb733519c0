/**
 * How a table's columns fit a Word page. A table that fits gives its label column what its
 * longest label needs ("1", "П2" or «Социокультурные», not a fixed fifth of the page) and its
 * quote columns the rest by how much each says, so quotes read as sentences rather than five words
 * a line. A code × case table over 300 cases or a co-occurrence of 500 codes would leave each
 * column a sliver, or nothing, once the cell margins are taken. So a table whose columns fall
 * under a legible width is set in a smaller type with a narrower label column, and where even that
 * cannot fit them it becomes several tables of column groups, each repeating the label column, as
 * a reader pastes them into a paper.
 *
 * A column is also never narrower than the longest word of its header: Word breaks a word that
 * does not fit its cell between any two letters («Социокультурн|ые»). Codes of several frameworks
 * are headed by their own names under a heading naming the framework across its columns
 * (headerGroups), whose longest word the columns together must hold.
 */
import { columnName, headerGroups, type CrossTable } from '../../shared/tables.js';
import { largest } from '../../shared/extremes.js';
import { cellAt, cellLines } from './cell-text.js';

/**
 * The narrowest legible column in twips: 1.8 cm holds a count, and a code name's words of up to
 * eleven letters at 8 pt unbroken; quotes need more to read as sentences rather than a word a line.
 */
const MIN_COUNT_WIDTH = 1021;
const MIN_QUOTE_WIDTH = 1417;
/** The document's type and that of a table too wide for its usual layout, in half-points: 10 pt, and 8 pt, the least journals set tables in. */
const TEXT_SIZE = 20;
const COMPACT_SIZE = 16;
/** A count needs no more than this, however wide the page (twips). */
const MAX_COUNT_WIDTH = 1600;
/** A cell has 80 twips of margin either side. */
export const CELL_MARGINS = 160;
/**
 * The label column of a table that fits: its longest label on one line at 10 pt, at least 1.5 cm
 * (the header «Кейс» and a total's «Всего»), at most three tenths of the width, past which a long
 * label wraps between its words rather than narrowing the quotes.
 */
const MIN_USUAL_LABEL_WIDTH = 850;
const MAX_USUAL_LABEL_SHARE = 0.3;
/**
 * The width a quote column needs to read as sentences, about six words of 10 pt a line (3.5 cm):
 * a table whose quote columns cannot all have it upright turns its page.
 */
const READABLE_QUOTE_WIDTH = 1985;
/** The label column of a compact table: at least 2.5 cm, at most a fifth of the width. */
const MIN_LABEL_WIDTH = 1417;
const MAX_LABEL_SHARE = 0.2;

/** Columns [from, to) of the table, with the width of the label column and then of each of them. */
export interface ColumnPart {
  from: number;
  to: number;
  widths: number[];
}

export interface ColumnLayout {
  /** Half-points of the table's text; absent, the document's own. */
  size?: number;
  /** One part for a table that fits the page; otherwise its column groups in order. */
  parts: ColumnPart[];
}

export function columnLayout(table: CrossTable, textWidth: number): ColumnLayout {
  const n = table.columns.length;
  const minimum = table.display === 'counts' ? MIN_COUNT_WIDTH : MIN_QUOTE_WIDTH;
  const usual = usualLabelWidth(table, textWidth);
  const usualNeeds = needsOf(table, 0, n, minimum, TEXT_SIZE);
  const widths = table.display === 'counts' ? fit(table, textWidth - usual, usualNeeds) : contentWidths(table, textWidth - usual, usualNeeds);
  if (widths) return { parts: [{ from: 0, to: n, widths: [usual, ...widths] }] };
  // The label column takes what its longest label needs, and the table is cut into as few parts
  // as hold its columns at what they need, the parts as even as they can be (40 columns:
  // 10 + 10 + 10 + 10, not 12 + 12 + 12 + 4).
  const label = compactLabelWidth(table, textWidth);
  const space = textWidth - label;
  const total = needsOf(table, 0, n, minimum, COMPACT_SIZE).reduce((sum, w) => sum + w, 0);
  for (let count = Math.max(1, Math.ceil(total / space)); ; count++) {
    const parts: ColumnPart[] = [];
    for (let p = 0, from = 0; p < count; p++) {
      const to = from + Math.floor(n / count) + (p < n % count ? 1 : 0);
      const needs = needsOf(table, from, to, minimum, COMPACT_SIZE);
      // A single column wider than the page (a header of one enormous word) takes the page.
      const widths = fit(table, space, needs) ?? (count >= n ? [space] : null);
      if (!widths) break;
      parts.push({ from, to, widths: [label, ...widths] });
      from = to;
    }
    if (parts.length === count) return { size: COMPACT_SIZE, parts };
  }
}

/**
 * Whether the table's page is turned: journals set tables upright and turn a page only for a
 * table that cannot stand on it, so a page of text width `portrait` is kept while its label column
 * and every column at a legible width at 10 pt fit (a count's 1.8 cm, a quote's 3.5 cm: four
 * columns of quotes, about seven of counts), and turned for more, before any smaller type.
 */
export function turnsPage(table: CrossTable, portrait: number): boolean {
  const minimum = table.display === 'counts' ? MIN_COUNT_WIDTH : READABLE_QUOTE_WIDTH;
  const needs = needsOf(table, 0, table.columns.length, minimum, TEXT_SIZE);
  return usualLabelWidth(table, portrait) + needs.reduce((sum, w) => sum + w, 0) > portrait;
}

/**
 * Quote columns' widths in `space` by what they hold: an empty column takes just its need, and
 * the columns with quotes share the rest half evenly, half by the square root of their quotes'
 * length, so the column of most quotes is the widest while one of a few still reads as sentences
 * (by length alone, a column of three quotes beside one of thirty wrapped at two words a line).
 * None is under its need; null where the needs pass the space.
 */
function contentWidths(table: CrossTable, space: number, needs: number[]): number[] | null {
  if (needs.reduce((sum, w) => sum + w, 0) > space) return null;
  const roots = table.columns.map((_, c) => Math.sqrt(columnLength(table, c)));
  const filled = roots.filter((root) => root > 0);
  const even = filled.reduce((sum, root) => sum + root, 0) / Math.max(filled.length, 1);
  const weights = roots.map((root) => (root > 0 ? root + even : 0));
  const widths = [...needs];
  // A column whose share falls under its need takes the need, and the others share the rest anew.
  const atNeed = new Set<number>();
  for (;;) {
    const open = widths.map((_, c) => c).filter((c) => !atNeed.has(c));
    const rest = space - [...atNeed].reduce((sum, c) => sum + needs[c]!, 0);
    const weight = open.reduce((sum, c) => sum + weights[c]!, 0);
    const share = (c: number) => Math.floor(weight > 0 ? (rest * weights[c]!) / weight : rest / open.length);
    const under = open.filter((c) => share(c) < needs[c]!);
    if (under.length === 0) {
      for (const c of open) widths[c] = share(c);
      return widths;
    }
    for (const c of under) atNeed.add(c);
  }
}

/** The letters of a column's quotes in the data rows (subtotals show counts). */
function columnLength(table: CrossTable, c: number): number {
  let length = 0;
  table.rows.forEach((row, r) => {
    if (row.role === 'data') for (const line of cellLines(table, cellAt(table, r, c))) length += line.length;
  });
  return length;
}

/**
 * What each of columns [from, to) needs at a type size (half-points): the legible minimum, its
 * header's longest word in bold, and its share of its framework heading's longest word.
 */
function needsOf(table: CrossTable, from: number, to: number, minimum: number, size: number): number[] {
  const needs = table.columns.slice(from, to).map((column) => Math.max(minimum, longestWord(columnName(column), size) + CELL_MARGINS));
  for (const group of headerGroups(table.columns, from, to)) {
    if (group.framework === undefined) continue;
    const k = group.to - group.from;
    const have = needs.slice(group.from - from, group.to - from).reduce((sum, w) => sum + w, 0);
    const short = longestWord(group.framework, size) + CELL_MARGINS - have;
    if (short > 0) for (let c = group.from; c < group.to; c++) needs[c - from]! += Math.ceil(short / k);
  }
  return needs;
}

/**
 * Widths for columns of these needs in `space`: each as wide as the others (a count no wider
 * than it needs to be) or as its need where that is more; null where their needs pass the space.
 * Columns that all need less than an even share get exactly the even share, as before.
 */
function fit(table: CrossTable, space: number, needs: number[]): number[] | null {
  if (needs.reduce((sum, w) => sum + w, 0) > space) return null;
  const widthsAt = (t: number) => needs.map((need) => Math.max(need, t));
  let [low, high] = [0, Math.floor(space / Math.max(needs.length, 1))];
  while (low < high) {
    const t = Math.ceil((low + high) / 2);
    if (widthsAt(t).reduce((sum, w) => sum + w, 0) <= space) low = t;
    else high = t - 1;
  }
  return widthsAt(table.display === 'counts' ? Math.min(MAX_COUNT_WIDTH, low) : low);
}

/**
 * The width in twips of a header's longest word in bold at a type size (half-points), where
 * Word may break a line: at spaces and after a hyphen. Times New Roman Bold's letters, a little
 * generously: Cyrillic ж, ш, щ, ы, ю, м, ф about 0.8 em, capitals 0.72, i, l, t, і 0.32, the rest 0.56.
 */
export function longestWord(text: string, size: number): number {
  return largest(text.split(/\s+|(?<=[-‐])/u).map((word) => lineWidth(word, size)), 0);
}

/** The width in twips of a text set on one line, as longestWord measures, a space a quarter em. */
export function lineWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /\s/u.test(ch) ? 0.25 : letterWidth(ch);
  return Math.ceil(width * size * 10);
}

function letterWidth(ch: string): number {
  if (/[жшщыюмфmwЖШЩЫЮМФMW]/u.test(ch)) return 0.8;
  if (/[iljtfrіІ.,:;'’!|()\-‐]/u.test(ch)) return 0.32;
  if (ch !== ch.toLowerCase()) return 0.72;
  return 0.56;
}

/** The label column of a table that fits: room for its longest label, or the header over them, within the bounds above. */
function usualLabelWidth(table: CrossTable, textWidth: number): number {
  return labelWidth(table, textWidth, (label) => lineWidth(label, TEXT_SIZE), MIN_USUAL_LABEL_WIDTH, MAX_USUAL_LABEL_SHARE);
}

/**
 * The label column of a compact table: its longest label at 8 pt as lineWidth measures it, within
 * its own bounds. Counted as letters of one width, «STEEPL/Социокультурные» (capitals) wrapped
 * where «Валентность/Позитивное», as many letters, did not (review-study-1207 #9).
 */
function compactLabelWidth(table: CrossTable, textWidth: number): number {
  return labelWidth(table, textWidth, (label) => lineWidth(label, COMPACT_SIZE), MIN_LABEL_WIDTH, MAX_LABEL_SHARE);
}

/** Room for the longest row label (or the header over them) on one line as `measure` sets it, within bounds; a longer one wraps. */
function labelWidth(table: CrossTable, textWidth: number, measure: (label: string) => number, least: number, share: number): number {
  const labels = [table.rowHeader, ...table.rows.filter((row) => row.role !== 'heading').map((row) => row.label)];
  const longest = largest(labels.map(measure), 0) + CELL_MARGINS;
  return Math.min(Math.round(textWidth * share), Math.max(least, longest));
}
