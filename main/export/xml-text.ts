/**
 * XML 1.0 forbids most control characters and U+FFFE/U+FFFF, and a file with one will not open
 * in Word. Text pasted from other programs can carry them (Word's vertical tab, stray NULs).
 */
import type { CrossTable } from '../../shared/tables.js';

const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** The table with every text it prints made safe for XML. */
export function xmlSafeTable(table: CrossTable): CrossTable {
  return {
    ...table,
    title: xmlText(table.title),
    rowHeader: xmlText(table.rowHeader),
    filterNote: xmlText(table.filterNote),
    ...(table.note === undefined ? {} : { note: xmlText(table.note) }),
    rows: table.rows.map((row) => ({ ...row, label: xmlText(row.label) })),
    columns: table.columns.map((column) => ({ ...column, label: xmlText(column.label) })),
    cells: table.cells.map((row) =>
      row.map((cell) => ({
        ...cell,
        segments: cell.segments.map((segment) => ({
          ...segment,
          caseName: xmlText(segment.caseName),
          ...(segment.caseLabel === undefined ? {} : { caseLabel: xmlText(segment.caseLabel) }),
          quote: xmlText(segment.quote),
        })),
      })),
    ),
  };
}
