/**
 * Excel workbook via write-excel-file: maintained (exceljs has had no release since 2023), one
 * dependency (fflate), and it does wrapped text, frozen panes, widths and typed cells.
 */
import writeXlsxFile, { type Cell, type CellObject, type Row, type Sheet } from 'write-excel-file/node';
import type { CrossTable, TableRow } from '../../shared/tables.js';
import { cellAt, cellText, evidenceCells, showsCount } from './cell-text.js';

// The type parameter only concerns embedded images, which these sheets have none of.
type SheetOf = Sheet<Buffer>;

export async function writeXlsx(table: CrossTable): Promise<Buffer> {
  return writeXlsxFile([tableSheet(table), aboutSheet(table), evidenceSheet(table)], {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBuffer();
}

/**
 * Every text goes in as a String cell with the Text format: the library writes strings as
 * shared strings, never as formulas, and '@' keeps Excel from reading "=1+1" typed back into
 * the cell as one.
 */
function text(value: string, style: Partial<CellObject> = {}): CellObject {
  return { value, type: String, format: '@', wrap: true, alignVertical: 'top', ...style };
}

function count(value: number, style: Partial<CellObject> = {}): CellObject {
  return { value, type: Number, alignVertical: 'top', align: 'right', ...style };
}

const bold = { fontWeight: 'bold' } as const;
const headerStyle = { ...bold, bottomBorderStyle: 'thin', backgroundColor: '#F2F2F2' } as const;
// A heading row is a band across the table, so its blank cells are shaded too.
const headingStyle = { ...bold, backgroundColor: '#F2F2F2' } as const;

function tableSheet(table: CrossTable): SheetOf {
  const header: Row = [table.rowHeader, ...table.columns.map((column) => column.label)].map((label) =>
    text(label, headerStyle),
  );
  const rows = table.rows.map((row, r): Row => {
    if (row.role === 'heading') {
      return [row.label, ...table.columns.map(() => '')].map((label) => text(label, headingStyle));
    }
    const style = row.role === 'data' ? {} : bold;
    const cells: Cell[] = table.columns.map((_, c) => {
      const cell = cellAt(table, r, c);
      return showsCount(table, row) ? count(cell.count, style) : text(cellText(table, row, cell), style);
    });
    return [text(row.label, style), ...cells];
  });
  const valueWidth = table.display === 'quotes' ? 55 : countWidth(table);
  return {
    sheet: 'Table',
    data: [header, ...rows],
    columns: [{ width: labelWidth(table.rows) }, ...table.columns.map(() => ({ width: valueWidth }))],
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
    orientation: table.columns.length > 3 ? 'landscape' : undefined,
  };
}

/** Wide enough for most row labels without wasting the screen on the odd long one. */
function labelWidth(rows: TableRow[]): number {
  const longest = Math.max(0, ...rows.map((row) => row.label.length));
  return clamp(longest + 2, 18, 24);
}

/** A count column fits its header on two lines at most. */
function countWidth(table: CrossTable): number {
  const longest = Math.max(0, ...table.columns.map((column) => column.label.length));
  return clamp(Math.ceil(longest / 2) + 2, 10, 14);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function aboutSheet(table: CrossTable): SheetOf {
  const facts: [string, string][] = [
    ['Title', table.title],
    ['Filters', table.filterNote],
    ['Rows', table.rowHeader],
    ['Cells show', table.display === 'quotes' ? 'Quotes' : 'Counts'],
  ];
  return {
    sheet: 'About',
    data: facts.map(([name, value]) => [text(name, bold), text(value)]),
    columns: [{ width: 14 }, { width: 80 }],
  };
}

/** Each cell's evidence, one segment a row, so the quotes behind a count can be traced. */
function evidenceSheet(table: CrossTable): SheetOf {
  const header = [table.rowHeader, 'Column', 'Segment id', 'Case', 'Quote'].map((label) => text(label, headerStyle));
  const rows = evidenceCells(table).flatMap(({ row, column, cell }) =>
    cell.segments.map((segment): Row => [
      text(row.label),
      text(column.label),
      count(segment.id),
      text(segment.caseName),
      text(segment.quote.replace(/\r\n?/g, '\n')),
    ]),
  );
  return {
    sheet: 'Evidence',
    data: [header, ...rows],
    columns: [{ width: labelWidth(table.rows) }, { width: 20 }, { width: 11 }, { width: 18 }, { width: 80 }],
    stickyRowsCount: 1,
  };
}
