/**
 * CSV of the table itself (no caption, no evidence list), written by hand: RFC 4180 is a few
 * lines and a library would add nothing. Shaped for Excel, where most of these files open.
 * Memos, where there are any, follow as a block of their own after a blank line.
 */
import { neutralizeFormula } from '../../shared/csv-formula.js';
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

// A count or a figure («-0.133», «54.4%»): nothing in it a reader could take for a formula or
// a separator, and a spreadsheet reads it as the number it is, minus sign and all. Most fields of
// a table of counts are one, and the checks below took half the time of writing it.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?%?$/;

export function csvField(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const safe = neutralizeFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
