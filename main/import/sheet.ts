/**
 * A spreadsheet's first sheet as rows of strings, from CSV (csv-parse, delimiter detected)
 * or XLSX (read-excel-file: maintained; reads the values Excel stored, evaluates no
 * formula; shared strings resolved; dates given as ISO dates). Columns, rows, cell length
 * and bytes are capped, and the caps are checked by one linear pass over the raw data
 * before any parser builds rows: a 30,000-column table is refused in milliseconds.
 */
import { parse } from 'csv-parse/sync';
import { decodePlainText } from './decode-text.js';
import { sheetFormat, type SheetFormat } from '../../shared/sheets.js';
import { importLimits, tooManyCells, tooManyColumns, tooManyRows } from './limits.js';
import { describeError, ImportRefusal, refuse, type Refusal } from './refusal.js';
import { workbookUnreadable } from './worksheet-addresses.js';
import { readXlsxPackage } from './xlsx-parts.js';
import type { ImportWarning } from './extract-document.js';

export interface Sheet {
  rows: string[][];
  format: SheetFormat;
  encoding?: string;
  encodingConfidence?: number;
  warnings: ImportWarning[];
}

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; refusal: Refusal };

const { maxColumns, maxRows, maxCellChars, maxCells } = importLimits.sheet;

export async function readSheet(fileName: string, bytes: Uint8Array, options: { encoding?: string } = {}): Promise<SheetResult> {
  try {
    return { ok: true, sheet: await read(fileName, bytes, options) };
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, refusal: error.toRefusal() };
    return { ok: false, refusal: refuse('corrupt', fileName, `the table could not be read: ${describeError(error)}`, { detail: describeError(error) }).toRefusal() };
  }
}

async function read(fileName: string, bytes: Uint8Array, options: { encoding?: string }): Promise<Sheet> {
  const format = sheetFormat(fileName);
  if (!format) throw refuse('unsupported', fileName, 'CaseCoder reads tables from .csv and .xlsx files', { format: fileName.split('.').pop() ?? '' });
  if (bytes.byteLength === 0) throw refuse('empty', fileName, 'the file is empty');
  const limit = importLimits.maxFileBytes[format];
  if (bytes.byteLength > limit) throw refuse('tooLarge', fileName, `the file is larger than the ${limit / (1024 * 1024)} MB limit for .${format}`, { limit, format });
  if (format === 'xlsx') return { rows: await readXlsx(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), format, warnings: [] };
  const decoded = decodePlainText(bytes, fileName, options.encoding);
  const rows = parseCsv(decoded.text.replace(/^\ufeff/, ''), fileName);
  return {
    rows,
    format,
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    warnings: decoded.unsure ? [{ code: 'encodingUnsure', params: { encoding: decoded.encoding } }] : [],
  };
}

export function parseCsv(text: string, fileName: string): string[][] {
  const delimiter = detectDelimiter(text);
  checkCsvShape(text, delimiter, fileName);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw refuse('corrupt', fileName, `not a readable CSV table: ${describeError(error)}`, { detail: describeError(error) });
  }
  if (rows.length === 0) throw refuse('empty', fileName, 'the table has no rows');
  return rows;
}

/**
 * One pass over the characters, quote-aware, counting fields per record, records and field
 * lengths; refuses at the first limit crossed, before csv-parse builds anything.
 */
function checkCsvShape(text: string, delimiter: string, fileName: string): void {
  let inQuotes = false;
  let fields = 1;
  let fieldStart = 0;
  let records = 0;
  let cells = 0;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 34) inQuotes = !inQuotes; // "" inside quotes toggles twice: net unchanged
    if (inQuotes || (code === 13 && text.charCodeAt(i + 1) === 10)) continue;
    const endsField = code === delimiterCode || code === 10 || code === 13;
    if (!endsField) continue;
    if (i - fieldStart > maxCellChars) throw tooLongCell(fileName);
    // An empty line (as csv-parse skips it, and the end of the text) is no record.
    const emptyLine = code !== delimiterCode && fields === 1 && i === fieldStart;
    fieldStart = i + 1;
    if (emptyLine) continue;
    if (++cells > maxCells) throw tooManyCells(fileName);
    if (code === delimiterCode) {
      if (++fields > maxColumns) throw tooManyColumns(fileName);
    } else {
      records++;
      if (records > maxRows + 1) throw tooManyRows(fileName);
      fields = 1;
    }
  }
  if (text.length - fieldStart > maxCellChars) throw tooLongCell(fileName);
}

function tooLongCell(fileName: string): ImportRefusal {
  return refuse('cellTooLong', fileName, `a cell holds more than ${maxCellChars} characters`, { limit: maxCellChars });
}

/**
 * Of tab, semicolon and comma, the delimiter that splits the first lines most consistently:
 * the one splitting the most lines into as many fields as the header, then the header into
 * the most fields; on a tie, the character rarer in prose. The header alone misleads when
 * its titles hold another delimiter ("Позитивные факты, ресурсы" in a semicolon table).
 */
export function detectDelimiter(text: string): string {
  // Quoted parts can hold any delimiter and line breaks: count outside them only.
  const lines = text.slice(0, 64 * 1024).replace(/"[^"]*"/g, '').split(/\r?\n/).filter((line) => line !== '').slice(0, 20);
  let best = ',';
  let bestScore: [number, number] = [0, 0];
  for (const candidate of ['\t', ';', ',']) {
    const counts = lines.map((line) => line.split(candidate).length - 1);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const score: [number, number] = [counts.filter((n) => n === header).length, header];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The first sheet, read by read-excel-file from a package rebuilt from the checked parts only, its
 * worksheets' cells addressed and held to the sheet limits first (xlsx-parts.ts).
 */
async function readXlsx(fileName: string, bytes: Buffer): Promise<string[][]> {
  const xlsx = await readXlsxPackage(fileName, bytes);
  let data: unknown[][];
  try {
    // Numbers are kept as the digits Excel stored, not rounded through a float.
    const { readSheet: readFirstSheet } = await import('read-excel-file/node');
    data = await readFirstSheet(xlsx, 1, { parseNumber: (digits) => digits });
  } catch (error) {
    if (error instanceof Error && error.name === 'SheetNotFoundError') throw refuse('empty', fileName, 'the workbook has no sheets');
    // The reader's words («<c/> at row 2, col 2: VALUE_INVALID», a TypeError) name its own
    // internals; what helps is the remedy: a workbook can be written in ways it does not follow
    // (a shared string that is not there, one cell written twice), which a save from Excel mends.
    throw workbookUnreadable(fileName, describeError(error));
  }
  const rows = data.map((row) => row.map(cellText));
  for (const row of rows) {
    if (row.some((cell) => cell.length > maxCellChars)) throw tooLongCell(fileName);
  }
  if (rows.length === 0) throw refuse('empty', fileName, 'the first sheet has no rows');
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates have no time zone; read-excel-file gives them as UTC. A whole day is a date.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
  }
  return String(value);
}
