/**
 * JSON for other tools: the table's cells as a flat list, each with its evidence. Plain
 * JSON.stringify; no BOM, which JSON parsers are not required to accept.
 */
import type { CrossTable } from '../../shared/tables.js';
import { caseLabel, placedCells } from './cell-text.js';
import type { TableMemo } from './memo-text.js';

export function writeJson(table: CrossTable, memos: readonly TableMemo[] = []): Buffer {
  const document = {
    kind: table.kind,
    title: table.title,
    rowHeader: table.rowHeader,
    filterNote: table.filterNote,
    display: table.display,
    columns: table.columns.map(({ key, label }) => ({ key, label })),
    rows: table.rows.map(({ key, label, role }) => ({ key, label, role })),
    // Labels for people; keys because a label such as "Subtotal" can recur.
    cells: placedCells(table).map(({ row, column, cell }) => ({
      row: row.label,
      column: column.label,
      rowKey: row.key,
      columnKey: column.key,
      count: cell.count,
      ...(cell.text ? { text: cell.text } : {}),
      // The case's label with its group where the table's cases are of several groups.
      segments: cell.segments.map((segment) => ({
        id: segment.id,
        case: segment.caseName,
        ...(caseLabel(segment) === segment.caseName ? {} : { caseLabel: caseLabel(segment) }),
        quote: segment.quote,
      })),
    })),
    // What each memo is on: the project, or a case or code with its row's or column's key.
    ...(memos.length > 0 ? { memos: memos.map(({ on, key, label, title, text }) => ({ on, ...(key === undefined ? {} : { key, label }), title, text })) } : {}),
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}
