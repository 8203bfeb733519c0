/**
 * JSON for other tools: the table's cells as a flat list, each with the ids of the segments
 * behind it, and each of those segments once (its case and quote), in id order. A quote in each
 * cell it counts in was written three times over in a table with subtotals and a total, and
 * many times in a co-occurrence table: over all 500 codes of the reference corpus that was 220
 * and 281 MB of JSON, and 2.1 and 2.6 GB of memory to write it.
 *
 * Indented as JSON.stringify(document, null, 2) indents it down to the lists, whose entries (a
 * cell, a segment, a memo) are each one line: spread over lines of their own, a cell's segment ids
 * made most of the file. Written an entry at a time into pieces of UTF-8, never as one string
 * of the whole. No BOM, which JSON parsers are not required to accept.
 */
import type { CellSegment, CrossTable } from '../../shared/tables.js';
import { caseLabel, placedCells, type PlacedCell } from './cell-text.js';
import { sameFrameworkNote } from './journal.js';
import type { TableMemo } from './memo-text.js';

export function writeJson(table: CrossTable, memos: readonly TableMemo[] = []): Buffer {
  const placed = placedCells(table);
  const segments = new Map<number, CellSegment>();
  for (const { cell } of placed) for (const segment of cell.segments) segments.set(segment.id, segment);
  const pieces: Buffer[] = [];
  const put = (text: string) => pieces.push(Buffer.from(text, 'utf8'));
  const sameFramework = sameFrameworkNote(table);
  const head = JSON.stringify({
    kind: table.kind,
    title: table.title,
    rowHeader: table.rowHeader,
    filterNote: table.filterNote,
    ...(table.leftOutNote === undefined ? {} : { leftOutNote: table.leftOutNote }),
    ...(table.uncountedNote === undefined ? {} : { uncountedNote: table.uncountedNote }),
    // Its cells read otherwise than a cross-tab's: a tool reading the file needs the sentence the other formats print.
    ...(sameFramework === undefined ? {} : { sameFrameworkNote: sameFramework }),
    display: table.display,
    columns: table.columns.map(({ key, label }) => ({ key, label })),
    rows: table.rows.map(({ key, label, role }) => ({ key, label, role })),
  }, null, 2);
  put(head.slice(0, -2));
  list(put, 'cells', placed.map(cellOf));
  list(put, 'segments', [...segments.values()].sort((a, b) => a.id - b.id).map(segmentOf));
  // What each memo is on: the project, or a case or code with its row's or column's key.
  if (memos.length > 0) list(put, 'memos', memos.map(({ on, key, label, title, text }) => ({ on, ...(key === undefined ? {} : { key, label }), title, text })));
  put('\n}\n');
  return Buffer.concat(pieces);
}

/** `,\n  "name": [ …entries ]` as a member of the document, an entry a line. */
function list(put: (text: string) => void, name: string, entries: readonly unknown[]): void {
  put(`,\n  ${JSON.stringify(name)}: [`);
  entries.forEach((entry, i) => put(`${i === 0 ? '' : ','}\n    ${JSON.stringify(entry)}`));
  put(entries.length === 0 ? ']' : '\n  ]');
}

/** Labels for people; keys because a label such as "Subtotal" can recur. */
function cellOf({ row, column, cell }: PlacedCell) {
  return {
    row: row.label,
    column: column.label,
    rowKey: row.key,
    columnKey: column.key,
    count: cell.count,
    // A cell of words in a table of counts says them even when empty: its count is not its value.
    ...(cell.text !== undefined ? { text: cell.text } : {}),
    segmentIds: cell.segments.map((segment) => segment.id),
  };
}

/** The case's label with its group where the table's cases are of several groups. */
function segmentOf(segment: CellSegment) {
  return {
    id: segment.id,
    case: segment.caseName,
    ...(caseLabel(segment) === segment.caseName ? {} : { caseLabel: caseLabel(segment) }),
    quote: segment.quote,
  };
}
