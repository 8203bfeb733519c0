/**
 * CSV of the table itself (no caption, no evidence list), written by hand: RFC 4180 is a few
 * lines and a library would add nothing. Shaped for Excel, where most of these files open.
 * Memos, where there are any, follow as a block of their own after a blank line.
 */
import type { CrossTable } from '../../shared/tables.js';
import { cellAt, cellText } from './cell-text.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';

// Excel reads a BOM-less CSV in the system code page and garbles Cyrillic.
export const BOM = '\uFEFF';

export function writeCsv(table: CrossTable, memos: readonly TableMemo[] = []): Buffer {
  // Every line as wide as the widest (the memo block has three fields).
  const width = Math.max(table.columns.length + 1, memos.length > 0 ? 3 : 0);
  const pad = (fields: string[]) => [...fields, ...Array<string>(width - fields.length).fill('')];
  const lines = [pad([table.rowHeader, ...table.columns.map((column) => column.label)])];
  table.rows.forEach((row, r) => {
    if (row.role === 'heading') {
      // Padded to full width: readers that check the field count reject short rows.
      lines.push([row.label, ...Array<string>(width - 1).fill('')]);
      return;
    }
    lines.push(pad([row.label, ...table.columns.map((_, c) => cellText(table, row, cellAt(table, r, c)))]));
  });
  if (memos.length > 0) {
    const w = memoWords(table);
    lines.push(pad([]), pad([w.on, w.title, w.text]));
    for (const memo of memos) lines.push(pad([memoOwner(table, memo), memo.title, memoBody(memo)]));
  }
  const body = lines.map((fields) => fields.map(csvField).join(',')).join('\r\n');
  return Buffer.from(`${BOM}${body}\r\n`, 'utf8');
}

/**
 * A piece of text a reader may take for the start of a field, followed by what makes a field a
 * formula (= + - @, possibly after the reader's quotes). A field may start at the start of the
 * cell, or after any separator a spreadsheet offers when opening a CSV (comma, semicolon, tab,
 * space, pipe) or a line break: LibreOffice asks the user which separator to use and Excel
 * follows the system locale (";" in ru-RU), so "x;=1+1" opened with ";" has a field "=1+1".
 * Quoting the cell does not save it: once a reader with another separator has misread one
 * quoted cell on a line, the cells after it on that line are read unquoted.
 */
const FORMULA_PIECE = /(^|[,; \t|\r\n])(?="*[=+\-@])/g;

/**
 * Quoted interview text could otherwise compute or call out (=HYPERLINK) when the file is
 * opened. OWASP's CSV-injection advice, applied to every place a field could start: a single
 * quote in front, which the spreadsheet shows as text ("x;'=1+1"); a cell starting with a tab
 * or carriage return, which some spreadsheets skip before looking for "=", gets one too.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutralizeFormula(text: string): string {
  const safe = text.replace(FORMULA_PIECE, "$1'");
  return /^[\t\r]/.test(safe) ? `'${safe}` : safe;
}

// A count or a figure («-0.133», «54.4%»): nothing in it a reader could take for a formula or
// a separator, and a spreadsheet reads it as the number it is, minus sign and all. Most fields of
// a table of counts are one, and the checks below took half the time of writing it.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?%?$/;

export function csvField(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const safe = neutralizeFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
