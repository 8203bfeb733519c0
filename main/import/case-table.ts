/**
 * Reads a case table: one row per case, the case name in the first column, one column per
 * fact type. A cell that is empty or a lone dash holds no fact.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.js';
import { isEmptyCell } from './attribute-sheet.js';
import { detectDelimiter } from './sheet.js';

export interface CaseTable {
  caseColumn: string;
  factColumns: string[];
  /** `sheetRow`: the row's number in the sheet, the header's 1, to name a cell the import refuses. */
  rows: { caseName: string; cells: (string | null)[]; sheetRow: number }[];
}

export const MAX_CASE_TABLE_ROWS = 100_000;

export function parseCaseTable(text: string, fileName: string): CaseTable {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // One row past the limit is read, so a longer table is refused rather than cut short.
      to: MAX_CASE_TABLE_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('badCsv', `${fileName} is not a readable CSV table: ${reason}`, { file: fileName, reason });
  }
  if (records.length > MAX_CASE_TABLE_ROWS + 1) {
    throw new AppError('caseTableTooLarge', `${fileName} has more than ${MAX_CASE_TABLE_ROWS} rows`, { file: fileName, limit: MAX_CASE_TABLE_ROWS });
  }
  return caseTableFromRows(records, fileName);
}

/** A case table from a sheet's rows (CSV or XLSX, as main/import/sheet.ts reads them). */
export function caseTableFromRows(records: string[][], fileName: string): CaseTable {
  const [header, ...body] = records;
  if (!header || header.length < 2) {
    throw new AppError('caseTableShape', `${fileName} needs a header row with a case column and at least one fact column`, { file: fileName });
  }
  if (body.length === 0) throw new AppError('caseTableEmpty', `${fileName} has no rows of cases`, { file: fileName });
  const factColumns = header.slice(1).map((h, i) => h.trim() || `Column ${i + 2}`);
  const rows = body
    .map((record, r) => ({
      caseName: (record[0] ?? '').trim(),
      sheetRow: r + 2,
      cells: factColumns.map((_, i) => {
        const cell = record[i + 1] ?? '';
        return isEmptyCell(cell) ? null : cell.trim();
      }),
    }))
    .filter((row) => row.caseName !== '');
  return { caseColumn: header[0]!.trim(), factColumns, rows };
}
