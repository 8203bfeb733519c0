/**
 * How a table's columns fit a Word page. A code × case table over 300 cases or a co-occurrence
 * of 500 codes would leave each column a sliver, or nothing, once the cell margins are taken. So a
 * table whose columns fall under a legible width is set in a smaller type with a narrower label
 * column, and where even that cannot fit them it becomes several tables of column groups, each
 * repeating the label column, as a reader pastes them into a paper. A table that fits is laid out
 * exactly as it always was.
 */
import type { CrossTable } from '../../shared/tables.js';

/**
 * The narrowest legible column in twips: 1.8 cm holds a count, and a code name's words of up to
 * eleven letters at 8 pt unbroken; quotes need more to read as sentences rather than a word a line.
 */
const MIN_COUNT_WIDTH = 1021;
const MIN_QUOTE_WIDTH = 1417;
/** The type of a table too wide for its usual layout, in half-points: 8 pt, the least journals set tables in. */
const COMPACT_SIZE = 16;
/** A count needs no more than this, however wide the page (twips). */
const MAX_COUNT_WIDTH = 1600;
/** A letter at 8 pt is about 4 pt wide, 80 twips; a cell has 80 twips of margin either side. */
const LETTER = 80;
const CELL_MARGINS = 160;
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
  const usualWidths = [usual, ...valueWidths(table, textWidth - usual, n)];
  if (usualWidths.slice(1).every((w) => w >= minimum)) return { parts: [{ from: 0, to: n, widths: usualWidths }] };
  // The label column takes what its longest label needs, and each part as many columns as fit
  // at the minimum, the parts as even as they can be (40 columns: 10 + 10 + 10 + 10, not 12 + 12 + 12 + 4).
  const label = Math.min(usual, compactLabelWidth(table, textWidth));
  const perPart = Math.max(1, Math.floor((textWidth - label) / minimum));
  const count = Math.ceil(n / perPart);
  const parts: ColumnPart[] = [];
  for (let p = 0, from = 0; p < count; p++) {
    const to = from + Math.floor(n / count) + (p < n % count ? 1 : 0);
    parts.push({ from, to, widths: [label, ...valueWidths(table, textWidth - label, to - from)] });
    from = to;
  }
  return { size: COMPACT_SIZE, parts };
}

/** A table of counts gives its labels three tenths of the width; quotes take more of it, the more so the more columns. */
function usualLabelWidth(table: CrossTable, textWidth: number): number {
  if (table.display === 'counts') return Math.round(textWidth * 0.3);
  return Math.round(textWidth * (table.columns.length > 3 ? 0.16 : 0.22));
}

/** Room for the longest row label (or the header over them) on one line, within bounds; a longer one wraps. */
function compactLabelWidth(table: CrossTable, textWidth: number): number {
  const longest = Math.max(
    [...table.rowHeader].length,
    ...table.rows.filter((row) => row.role !== 'heading').map((row) => [...row.label].length),
  );
  return Math.min(Math.round(textWidth * MAX_LABEL_SHARE), Math.max(MIN_LABEL_WIDTH, longest * LETTER + CELL_MARGINS));
}

/** Quotes share what the label column leaves; counts need only a narrow column each. */
function valueWidths(table: CrossTable, space: number, n: number): number[] {
  const even = Math.floor(space / Math.max(n, 1));
  return Array<number>(n).fill(table.display === 'counts' ? Math.min(MAX_COUNT_WIDTH, even) : even);
}
