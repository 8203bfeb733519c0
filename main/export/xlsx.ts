/**
 * Excel workbook via write-excel-file: maintained (exceljs has had no release since 2023), one
 * dependency (fflate), and it does wrapped text, frozen panes, widths and typed cells.
 */
import writeXlsxFile, { type CellObject, type Sheet } from 'write-excel-file/node';
import type { CrossTable, TableRow } from '../../shared/tables.js';
import { caseLabel, cellAt, cellText, showsCount } from './cell-text.js';
import { appendixCells, noteText, tableLabel, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';
import { setUpPrinting } from './xlsx-print.js';

// The type parameter only concerns embedded images, which these sheets have none of.
type SheetOf = Sheet<Buffer>;
type SheetRow = (CellObject | null)[];

// Arial 10: Liberation Sans has the same metrics, so the row heights below fit in LibreOffice
// as in Excel. A line of it is 12.75 pt; a column width unit is one digit, which an average
// letter of it is a little narrower than.
const FONT = { fontFamily: 'Arial', fontSize: 10 };
const LINE_HEIGHT = 12.75;
const LETTERS_PER_WIDTH_UNIT = 1.05;
// Excel's limits for a row's height and a cell's text; a cell of many quotes can pass both.
const MAX_ROW_HEIGHT = 409;
const MAX_CELL_TEXT = 32767;
const CUT_NOTE = '\n… (cut short at the 32,767 characters Excel allows in a cell)';

// Printable width of A4 portrait with Excel's default margins, in column width units.
const PORTRAIT_WIDTH = 90;

export async function writeXlsx(table: CrossTable, memos: readonly TableMemo[] = []): Promise<Buffer> {
  const sheets = [
    tableSheet(table),
    aboutSheet(table),
    ...(appendixCells(table).length > 0 ? [appendixSheet(table)] : []),
    ...(memos.length > 0 ? [memoSheet(table, memos)] : []),
  ];
  const workbook = await writeXlsxFile(sheets, FONT).toBuffer();
  // The header row sits under the caption lines; it repeats on every printed page.
  return setUpPrinting(workbook, { sheetName: sheets[0]!.sheet!, headerRow: captionLines(table).length + 1 });
}

/** "Table 1." in bold and the title in italics (APA), or the title alone in bold when unnumbered. */
function captionLines(table: CrossTable): CellObject[] {
  const label = tableLabel(table);
  return label ? [text(label, bold), text(table.title, { fontStyle: 'italic' })] : [text(table.title, bold)];
}

/**
 * Every text goes in as a String cell with the Text format: the library writes strings as
 * shared strings, never as formulas, and '@' keeps Excel from reading "=1+1" typed back into
 * the cell as one.
 */
function text(value: string, style: Partial<CellObject> = {}): CellObject {
  return { value: withinCellLimit(value), type: String, format: '@', wrap: true, alignVertical: 'top', ...style };
}

/** Cut at a line break where there is one, so no quote is left half-printed. */
function withinCellLimit(value: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  const cut = value.slice(0, MAX_CELL_TEXT - CUT_NOTE.length);
  const lastBreak = cut.lastIndexOf('\n');
  return `${lastBreak > 0 ? cut.slice(0, lastBreak) : cut}${CUT_NOTE}`;
}

function count(value: number, style: Partial<CellObject> = {}): CellObject {
  return { value, type: Number, alignVertical: 'top', align: 'right', ...style };
}

const bold = { fontWeight: 'bold' } as const;
const shaded = { backgroundColor: '#F2F2F2' } as const;
const headerStyle = { ...bold, ...shaded, bottomBorderStyle: 'thin' } as const;

function tableSheet(table: CrossTable): SheetOf {
  // Count headers sit right, over their numbers.
  const valueHeaderStyle = table.display === 'counts' ? { ...headerStyle, align: 'right' as const } : headerStyle;
  const header = [
    text(table.rowHeader, headerStyle),
    ...table.columns.map((column) => text(column.label, valueHeaderStyle)),
  ];
  const rows = table.rows.map((row, r): SheetRow => {
    if (row.role === 'heading') {
      // A band across the table, so its blank cells are shaded too.
      return [row.label, ...table.columns.map(() => '')].map((label) => text(label, { ...bold, ...shaded }));
    }
    const style = row.role === 'data' ? {} : bold;
    const values = table.columns.map((_, c) => {
      const cell = cellAt(table, r, c);
      return showsCount(table, row) ? count(cell.count, style) : text(cellText(table, row, cell), style);
    });
    return [text(row.label, style), ...values];
  });
  const valueWidth = table.display === 'quotes' ? 55 : countWidth(table);
  const widths = [labelWidth(table.rows), ...table.columns.map(() => valueWidth)];
  const totalWidth = widths.reduce((sum, width) => sum + width, 0);
  // Caption and note lines span the table's width, so they wrap across it rather than down column A.
  const spanning = (cell: CellObject): SheetRow => {
    const height = Math.min(MAX_ROW_HEIGHT, Math.ceil(wrappedLines(String(cell.value), totalWidth) * LINE_HEIGHT + 3));
    return [{ ...cell, columnSpan: widths.length, height }, ...widths.slice(1).map(() => null)];
  };
  const caption = captionLines(table).map(spanning);
  const note = noteText(table);
  const noteRows = note ? [[], spanning(text(`${words(table).note} ${note}`, { fontSize: 9 }))] : [];
  return {
    sheet: words(table).table,
    data: [...caption, ...fitRows([header, ...rows], widths), ...noteRows],
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: caption.length + 1,
    stickyColumnsCount: 1,
    orientation: totalWidth > PORTRAIT_WIDTH ? 'landscape' : undefined,
  };
}

/** Wide enough for most row labels without wasting the screen on the odd long one. */
function labelWidth(rows: TableRow[]): number {
  const longest = Math.max(0, ...rows.map((row) => row.label.length));
  return clamp(longest + 2, 18, 24);
}

/** A count column fits its header on two lines, without breaking a word where it can. */
function countWidth(table: CrossTable): number {
  const needs = table.columns.map(({ label }) =>
    Math.max(Math.ceil(label.length / 2), ...label.split(/\s+/).map((word) => word.length)),
  );
  return clamp(Math.max(0, ...needs) + 2, 10, 14);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function aboutSheet(table: CrossTable): SheetOf {
  const w = words(table).about;
  const facts: [string, string][] = [
    [w.title, table.title],
    [w.filters, table.filterNote],
    [w.rows, table.rowHeader],
    [w.cellsShow, table.display === 'quotes' ? w.quotes : w.counts],
  ];
  const widths = [14, 80];
  return {
    sheet: w.sheet,
    data: fitRows(
      facts.map(([name, value]) => [text(name, bold), text(value)]),
      widths,
    ),
    columns: widths.map((width) => ({ width })),
  };
}

/** The appendix: each data cell's evidence, one segment a row, so the quotes behind a count can be traced. */
function appendixSheet(table: CrossTable): SheetOf {
  const w = words(table);
  const header = [table.rowHeader, w.column, w.segmentId, w.case, w.quote].map((label) => text(label, headerStyle));
  const rows = appendixCells(table).flatMap(({ row, column, cell }) =>
    cell.segments.map((segment): SheetRow => [
      text(row.label),
      text(column.label),
      count(segment.id),
      text(caseLabel(segment)),
      text(segment.quote.replace(/\r\n?/g, '\n')),
    ]),
  );
  const widths = [labelWidth(table.rows), 20, 11, 18, 80];
  return {
    sheet: w.appendixSheet,
    data: fitRows([header, ...rows], widths),
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

/** The memos of the project and of the table's cases and codes, one a row. */
function memoSheet(table: CrossTable, memos: readonly TableMemo[]): SheetOf {
  const w = memoWords(table);
  const header = [w.on, w.title, w.text].map((label) => text(label, headerStyle));
  const rows = memos.map((memo): SheetRow => [text(memoOwner(table, memo)), text(memo.title), text(memoBody(memo))]);
  const widths = [24, 24, 80];
  return {
    sheet: w.sheet,
    data: fitRows([header, ...rows], widths),
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}

/**
 * Gives each row that wraps the height its text needs. Spreadsheets do not reliably fit a
 * wrapped row to its text when they open a file (LibreOffice 7.4 does not), and a row left at
 * one line shows only the first line of a quote.
 */
function fitRows(rows: SheetRow[], widths: number[]): SheetRow[] {
  return rows.map((row) => {
    const lines = Math.max(
      1,
      ...row.map((cell, c) => (typeof cell?.value === 'string' ? wrappedLines(cell.value, widths[c] ?? 10) : 1)),
    );
    if (lines === 1) return row;
    const [first, ...rest] = row;
    const height = Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 3));
    return first ? [{ ...first, height }, ...rest] : row;
  });
}

/** How many lines a text takes in a column, wrapped at spaces as a spreadsheet wraps it. */
function wrappedLines(value: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) * LETTERS_PER_WIDTH_UNIT));
  return value.split('\n').reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
      } else {
        // A word longer than a line is broken across lines.
        lines += used === 0 ? 0 : 1;
        lines += Math.floor(Math.max(0, word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
    return total + lines;
  }, 0);
}
