/**
 * CSV of the table itself (no caption, no evidence list), written by hand: RFC 4180 is a few
 * lines and a library would add nothing. Shaped for Excel, where most of these files open.
 */
import type { CrossTable } from '../../shared/tables.js';
import { cellAt, cellText, neutralizeFormula } from './cell-text.js';

// Excel reads a BOM-less CSV in the system code page and garbles Cyrillic.
const BOM = '\uFEFF';

export function writeCsv(table: CrossTable): Buffer {
  const width = table.columns.length + 1;
  const lines = [[table.rowHeader, ...table.columns.map((column) => column.label)]];
  table.rows.forEach((row, r) => {
    if (row.role === 'heading') {
      // Padded to full width: readers that check the field count reject short rows.
      lines.push([row.label, ...Array<string>(width - 1).fill('')]);
      return;
    }
    lines.push([row.label, ...table.columns.map((_, c) => cellText(table, row, cellAt(table, r, c)))]);
  });
  const body = lines.map((fields) => fields.map(csvField).join(',')).join('\r\n');
  return Buffer.from(`${BOM}${body}\r\n`, 'utf8');
}

function csvField(text: string): string {
  const safe = neutralizeFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
