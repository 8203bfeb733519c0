/**
 * What a table cell says, in words every export writer shares, so a cell reads the same in
 * CSV, Excel, Word, Markdown and HTML.
 */
import { shownQuotes } from '../../shared/passage-quotes.js';
import type { CellSegment, CrossTable, TableCell, TableRow } from '../../shared/tables.js';

/** A table cell with the row and column it stands in, as the writers walk them. */
export interface PlacedCell {
  row: TableRow;
  column: CrossTable['columns'][number];
  cell: TableCell;
}

/**
 * Subtotal and total rows sum the rows above them; repeating every quote there would print
 * the group's evidence twice, so they show their count even in a table of quotes. A cell of words
 * in a table of counts (the comparison's part at the top) shows its words.
 */
export function showsCount(table: CrossTable, row: TableRow, cell: TableCell): boolean {
  return (table.display === 'counts' && cell.text === undefined) || row.role === 'subtotal' || row.role === 'total';
}

/** One quote as a cell prints it, followed by its case (with its group where the table needs it) when the table tags cases. */
export function quoteLine(segment: CellSegment, tagCases: boolean): string {
  const quote = segment.quote.replace(/\r\n?/g, '\n');
  return tagCases ? `${quote} (${caseLabel(segment)})` : quote;
}

/** The case as the table names it: "Entrepreneurs · 4" when its cases are of several groups. */
export function caseLabel(segment: CellSegment): string {
  return segment.caseLabel ?? segment.caseName;
}

/**
 * A cell's text: its count, or its quotes with a blank line between them. A heading row's cells
 * and a cell without quotes are empty, so each writer draws them as blank rather than as a dash.
 * One line break between quotes ran two of them into one sentence in Excel (a quote rarely ends
 * with its full stop), and a quote may hold line breaks of its own (review-team-1208 #9).
 */
export function cellText(table: CrossTable, row: TableRow, cell: TableCell): string {
  if (row.role === 'heading') return '';
  if (showsCount(table, row, cell)) return String(cell.count);
  return cellLines(table, cell).join('\n\n');
}

/** A cell of quotes line by line: its own text (a summary) where it has one, then each quote. */
export function cellLines(table: CrossTable, cell: TableCell): string[] {
  const quotes = shownQuotes(cell.segments, table.counting).map((segment) => quoteLine(segment, table.tagCases));
  const text = cell.text?.replace(/\r\n?/g, '\n').trim();
  return text ? [text, ...quotes] : quotes;
}

/**
 * Every cell of the non-heading rows, in reading order. Heading rows carry no evidence of
 * their own: their cells are placeholders with count 0.
 */
export function placedCells(table: CrossTable): PlacedCell[] {
  const placed: PlacedCell[] = [];
  table.rows.forEach((row, r) => {
    if (row.role === 'heading') return;
    table.columns.forEach((column, c) => placed.push({ row, column, cell: cellAt(table, r, c) }));
  });
  return placed;
}

/**
 * The cells whose segments an evidence list names: data rows only, since a subtotal or total
 * row's segments are those of the rows above it and would list every id twice.
 */
export function evidenceCells(table: CrossTable): PlacedCell[] {
  return placedCells(table).filter(({ row, cell }) => row.role === 'data' && cell.segments.length > 0);
}

/** The cell at rows[r] × columns[c]; a table missing one is read as an empty cell. */
export function cellAt(table: CrossTable, r: number, c: number): TableCell {
  const row = table.rows[r];
  const column = table.columns[c];
  return table.cells[r]?.[c] ?? { row: row?.key ?? '', column: column?.key ?? '', count: 0, segments: [] };
}
