/**
 * A table as an Excel workbook: the table (caption, shaded header frozen with the row labels,
 * the note), an About sheet, the appendix and the memos where there are any; written as
 * SpreadsheetML (spreadsheetml.ts).
 */
import { columnName, headerGroups, type CrossTable, type TableRow } from '../../shared/tables.js';
import { largest } from '../../shared/extremes.js';
import { caseLabel, cellAt, cellText, showsCount } from './cell-text.js';
import { appendixCells, noteText, tableLabel, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';
import { writeWorkbook, type Cell, type Sheet, type SheetRow } from './spreadsheetml.js';

type Look = Omit<Cell, 'value'>;
type Cells = (Cell | null)[];

// Arial 10: Liberation Sans has the same metrics, so the row heights below fit in LibreOffice
// as in Excel. A line of it is 12.75 pt; a column width unit is one digit, which an average
// letter of it is a little narrower than.
const FONT = { name: 'Arial', size: 10 };
const LINE_HEIGHT = 12.75;
const LETTERS_PER_WIDTH_UNIT = 1.05;
// Excel's limits for a row's height and a cell's text; a cell of many quotes can pass both.
const MAX_ROW_HEIGHT = 409;
const MAX_CELL_TEXT = 32767;
const CUT_NOTE = '\n… (cut short at the 32,767 characters Excel allows in a cell)';
const SPACE = 0x20;
const NEWLINE = 0x0a;

// A count column is no wider than this for its header's longest word.
const MAX_COUNT_WIDTH = 30;
// Printable width of A4 portrait with Excel's default margins, in column width units.
const PORTRAIT_WIDTH = 90;

export async function writeXlsx(table: CrossTable, memos: readonly TableMemo[] = []): Promise<Buffer> {
  const sheets = [
    tableSheet(table),
    aboutSheet(table),
    ...(appendixCells(table).length > 0 ? [appendixSheet(table)] : []),
    ...(memos.length > 0 ? [memoSheet(table, memos)] : []),
  ];
  return writeWorkbook(sheets, FONT);
}

/** "Table 1." in bold and the title in italics (APA), or the title alone in bold when unnumbered. */
function captionLines(table: CrossTable): Cell[] {
  const label = tableLabel(table);
  return label ? [text(label, bold), text(table.title, { italic: true })] : [text(table.title, bold)];
}

/**
 * Every text goes in as a shared string with the Text format: never a formula, and '@' keeps
 * Excel from reading "=1+1" typed back into the cell as one.
 */
function text(value: string, look: Look = {}): Cell {
  return { value: withinCellLimit(value), ...look };
}

/** Cut at a line break where there is one, so no quote is left half-printed. */
export function withinCellLimit(value: string): string {
  if (value.length <= MAX_CELL_TEXT) return value;
  const cut = value.slice(0, MAX_CELL_TEXT - CUT_NOTE.length);
  const lastBreak = cut.lastIndexOf('\n');
  return `${lastBreak > 0 ? cut.slice(0, lastBreak) : cut}${CUT_NOTE}`;
}

/** «0.0%» for a percentage to one decimal, «0.000» for a figure to three, «#,##0» for a whole number. */
function figureFormat({ digits, percent }: { digits: number; percent: boolean }): string {
  // A whole number (agreement's units) in thousands as the other formats write it: «1,046».
  if (digits === 0 && !percent) return '#,##0';
  return `0${digits > 0 ? `.${'0'.repeat(digits)}` : ''}${percent ? '%' : ''}`;
}

function count(value: number, look: Look = {}): Cell {
  return { value, right: true, ...look };
}

const bold = { bold: true } as const;
const shaded = { shaded: true } as const;
const headerStyle = { ...bold, ...shaded, rule: true } as const;

function tableSheet(table: CrossTable): Sheet {
  // Count headers sit right, over their numbers.
  const valueHeaderStyle = table.display === 'counts' ? { ...headerStyle, right: true } : headerStyle;
  const header = [
    text(table.rowHeader, headerStyle),
    ...table.columns.map((column) => text(columnName(column), valueHeaderStyle)),
  ];
  const frameworks = frameworkRow(table);
  const rows = table.rows.map((row, r): Cells => {
    if (row.role === 'heading') {
      // A band across the table, so its blank cells are shaded too.
      return [row.label, ...table.columns.map(() => '')].map((label) => text(label, { ...bold, ...shaded }));
    }
    const style = row.role === 'data' ? {} : bold;
    const values = table.columns.map((_, c) => {
      const cell = cellAt(table, r, c);
      if (showsCount(table, row, cell)) return count(cell.count, style);
      // A figure as the number it is, for a spreadsheet to compute with, in the text's format.
      if (cell.figure) return { ...count(cell.figure.value, style), numberFormat: figureFormat(cell.figure) };
      // A figure written as words in a table of counts («54,4 %», «н/д [1]») sits right, as the counts do and as Word sets it.
      return text(cellText(table, row, cell), table.display === 'counts' ? { ...style, right: true } : style);
    });
    return [text(row.label, style), ...values];
  });
  const valueWidth = table.display === 'quotes' ? 55 : countWidth(table);
  const widths = [labelWidth(table.rows), ...table.columns.map(() => valueWidth)];
  const totalWidth = widths.reduce((sum, width) => sum + width, 0);
  // Caption and note lines span the table's width, so they wrap across it rather than down column A.
  const spanning = (cell: Cell): SheetRow => {
    const height = Math.min(MAX_ROW_HEIGHT, Math.ceil(wrappedLines(String(cell.value), totalWidth) * LINE_HEIGHT + 3));
    return { cells: [{ ...cell, span: widths.length }], height };
  };
  const caption = captionLines(table).map(spanning);
  const note = noteText(table);
  const noteRows = note ? [{ cells: [] }, spanning(text(`${words(table).note} ${note}`, { size: 9 }))] : [];
  return {
    name: words(table).table,
    rows: [
      ...caption,
      ...fitRows([...frameworks, header], widths),
      // A row label breaks where a spreadsheet breaks it, at «/» and «-» too: its lines by its letters' widths.
      ...rows.map((cells, r) => fitRow(cells, widths, labelLines(table.rows[r]!.label, widths[0]!))),
      ...noteRows,
    ],
    widths,
    frozenRows: caption.length + frameworks.length + 1,
    frozenColumns: 1,
    landscape: totalWidth > PORTRAIT_WIDTH,
    // The header row (under its frameworks' row) sits under the caption lines; it repeats on every printed page.
    titleRow: caption.length + 1,
    titleRows: frameworks.length + 1,
  };
}

/**
 * Codes of several frameworks: a row over the header with each framework's name across its
 * codes, so each code's column is headed by its own name («Позитивное», not
 * «Валентность/Позитивное», which a narrow column broke mid-word). None for other tables.
 */
function frameworkRow(table: CrossTable): Cells[] {
  if (!table.columns.some((column) => column.framework !== undefined)) return [];
  const cells: Cells = [text('', headerStyle)];
  for (const group of headerGroups(table.columns, 0, table.columns.length)) {
    const span = group.to - group.from;
    cells.push(text(group.framework ?? '', { ...headerStyle, center: true, span }), ...Array<null>(span - 1).fill(null));
  }
  return [cells];
}

/** Wide enough for most row labels without wasting the screen on the odd long one. */
function labelWidth(rows: TableRow[]): number {
  // By its letters' widths: «STEEPL/Социокультурные», 22 letters, is 25 digits wide in bold and
  // wrapped in 24 in Excel (labelLines gave its row the second line, LibreOffice left it empty).
  const longest = largest(rows.map((row) => boldWidth(row.label)), 0);
  return clamp(Math.ceil(longest) + 2, 18, 30);
}

/**
 * A count column fits its header on two lines where that takes at most 14 digits' width, and is
 * never narrower than the header's longest word in bold (boldWidth), which Excel and LibreOffice would otherwise break between letters («Социокультурны|е»). A
 * framework over a single column needs its longest word there too.
 */
function countWidth(table: CrossTable): number {
  const words = (text: string) => text.split(/\s+|(?<=-)/);
  const groups = headerGroups(table.columns, 0, table.columns.length);
  const single = groups.filter((g) => g.to - g.from === 1 && g.framework !== undefined).map((g) => g.framework!);
  const headers = table.columns.map(columnName);
  const twoLines = largest(headers.map((name) => largest(words(name).map((word) => word.length), Math.ceil(name.length / 2))), 0);
  const longestWord = largest([...headers, ...single].flatMap(words).map(boldWidth), 0);
  return Math.max(clamp(twoLines + 2, 10, 14), Math.min(MAX_COUNT_WIDTH, Math.ceil(longestWord) + 1));
}

/**
 * A word's width in bold Arial 10, in column width units (digits): Cyrillic ж, ш, щ, ы, ю, м, ф
 * and capitals about a third wider than a digit, i, l, t, і and punctuation half one, the rest a
 * little wider.
 */
export function boldWidth(word: string): number {
  let width = 0;
  for (const ch of word) {
    if (/[жшщыюмфmwЖШЩЫЮМФMW]/u.test(ch)) width += 1.45;
    else if (/[iljtfrіІ.,:;'’!|()\-‐]/u.test(ch)) width += 0.55;
    else if (ch !== ch.toLowerCase()) width += 1.3;
    else width += 1.05;
  }
  return width;
}

/**
 * How many lines a header takes in a column of this width, set in bold and wrapped between its
 * words (boldWidth): wrappedLines counts letters, and a bold header that fills its line by that
 * count can still run onto a second line, over the row below when the row is one line high.
 */
export function boldLines(text: string, width: number): number {
  const room = width - 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const needed = boldWidth(word);
    if (used > 0 && used + SPACE_WIDTH + needed > room) {
      lines++;
      used = needed;
    } else {
      used += (used > 0 ? SPACE_WIDTH : 0) + needed;
    }
  }
  return lines;
}
/**
 * The lines a row label takes in its column, from its letters' widths in bold (boldWidth, a
 * little wider than the regular letters most labels are set in): «STEEPL/Әлеуметтік-мәдени», 24
 * letters in a column 24 digits wide, took two lines over a row left one line high.
 */
export function labelLines(label: string, width: number): number {
  const wide = boldWidth(label.replace(/\s/g, ''));
  const spaces = (label.match(/\s/g)?.length ?? 0) * SPACE_WIDTH;
  // Wrapped between words, a line ends short of the column's edge: never fewer lines than that gives.
  return Math.max(boldLines(label, width), Math.ceil((wide + spaces) / (width - 1)));
}

/** A space in Arial, in column width units. */
const SPACE_WIDTH = 0.55;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function aboutSheet(table: CrossTable): Sheet {
  const w = words(table).about;
  const facts: [string, string][] = [
    [w.title, table.title],
    [w.filters, table.filterNote],
    // The codes left out by choice, as the note under the table names them.
    ...(table.leftOutNote ? [[w.leftOut, table.leftOutNote] as [string, string]] : []),
    [w.rows, table.rowHeader],
    [w.cellsShow, table.cellsShow ?? (table.display === 'quotes' ? w.quotes : w.counts)],
  ];
  // The labels on one line where they can be («Содержимое ячеек», «Ұяшықтардың мазмұны»).
  const widths = [clamp(largest(facts.map(([name]) => name.length)) + 5, 14, 26), 80];
  return {
    name: w.sheet,
    rows: fitRows(
      facts.map(([name, value]) => [text(name, bold), text(value)]),
      widths,
    ),
    widths,
  };
}

/** The appendix: each data cell's evidence, one segment a row, so the quotes behind a count can be traced. */
function appendixSheet(table: CrossTable): Sheet {
  const w = words(table);
  const header = [table.rowHeader, w.column, w.segmentId, w.case, w.quote].map((label) => text(label, headerStyle));
  const rows = appendixCells(table).flatMap(({ row, column, cell }) =>
    cell.segments.map((segment): Cells => [
      text(row.label),
      text(column.label),
      count(segment.id),
      text(caseLabel(segment)),
      text(segment.quote.replace(/\r\n?/g, '\n')),
    ]),
  );
  const widths = [labelWidth(table.rows), 20, 11, 18, 80];
  return { name: w.appendixSheet, rows: fitRows([header, ...rows], widths), widths, frozenRows: 1 };
}

/** The memos of the project and of the table's cases and codes, one a row. */
function memoSheet(table: CrossTable, memos: readonly TableMemo[]): Sheet {
  const w = memoWords(table);
  const header = [w.on, w.title, w.text].map((label) => text(label, headerStyle));
  const rows = memos.map((memo): Cells => [text(memoOwner(table, memo)), text(memo.title), text(memoBody(memo))]);
  const widths = [24, 24, 80];
  return { name: w.sheet, rows: fitRows([header, ...rows], widths), widths, frozenRows: 1 };
}

/**
 * Gives each row that wraps the height its text needs. Spreadsheets do not reliably fit a
 * wrapped row to its text when they open a file (LibreOffice 7.4 does not), and a row left at
 * one line shows only the first line of a quote.
 */
function fitRows(rows: Cells[], widths: number[]): SheetRow[] {
  return rows.map((cells) => fitRow(cells, widths));
}

/** One row of fitRows, for a list written as it is read; `lines` at least, as a header's words in bold need (boldLines). */
export function fitRow(cells: Cells, widths: readonly number[], lines = 1): SheetRow {
  // A cell spanning columns (a framework over its codes) wraps across all of them. Most cells
  // span one: a segment list asks this of every cell of 200,000 rows.
  const width = (cell: Cell, c: number) =>
    cell.span !== undefined && cell.span > 1 ? widths.slice(c, c + cell.span).reduce((sum, w) => sum + w, 0) : (widths[c] ?? 10);
  const needed = largest(cells.map((cell, c) => (typeof cell?.value === 'string' ? wrappedLines(cell.value, width(cell, c)) : 1)), lines);
  return needed === 1 ? { cells } : { cells, height: Math.min(MAX_ROW_HEIGHT, Math.ceil(needed * LINE_HEIGHT + 3)) };
}

/**
 * How many lines a text takes in a column, wrapped at spaces as a spreadsheet wraps it. Scans
 * the text in place: a workbook of every segment asks this of a few hundred thousand cells.
 */
function wrappedLines(value: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 1) * LETTERS_PER_WIDTH_UNIT));
  // Most cells are empty or a short label.
  if (value.length <= perLine && !value.includes('\n')) return 1;
  let total = 0;
  let lines = 1;
  let used = 0;
  let wordStart = 0;
  for (let i = 0; i <= value.length; i++) {
    const ch = i < value.length ? value.charCodeAt(i) : NEWLINE;
    if (ch !== SPACE && ch !== NEWLINE) continue;
    const word = i - wordStart;
    const needed = used === 0 ? word : used + 1 + word;
    if (needed <= perLine) {
      used = needed;
    } else {
      // A word longer than a line is broken across lines.
      lines += used === 0 ? 0 : 1;
      lines += Math.floor(Math.max(0, word - 1) / perLine);
      used = word % perLine || perLine;
    }
    wordStart = i + 1;
    if (ch === NEWLINE) {
      total += lines;
      lines = 1;
      used = 0;
    }
  }
  return total;
}
