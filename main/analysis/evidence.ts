/**
 * The quotes behind table cells, read when they are wanted (tables.ts says which): the cells a
 * table shows as quotes, the cell a reader opens (a page at a time), or every cell of an export.
 */
import type { CellSegment } from '../../shared/tables.js';
import type { CaseRef } from '../db/repos/cases.js';
import { segmentQuotes } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';
import type { CodedSegments } from './coded-segments.js';
import type { TableFrame } from './table-transfer.js';
import { caseLabels } from './case-labels.js';

/** A table with its counts, and for the cells in scope the segments behind them. */
export interface CountedTable {
  table: TableFrame;
  /** counts[r * columns + c]: the count of row r's cell in column c (no cell objects: a table can have 260,000). */
  counts: number[];
  /** members[r][c]: indexes into `segments` (document order) of the cell's segments, where kept. */
  members: (number[] | null)[][];
  segments: CodedSegments;
  cases: CaseRef[];
}

// Quotes are read this many segments a statement, so no statement binds a huge list.
const QUOTE_BATCH = 5000;

/** Evidence for the given segment indexes of a counted table, keyed by index. */
export function evidenceOf(store: ReadStore, counted: CountedTable, indexes: number[]): Map<number, CellSegment> {
  const { segments } = counted;
  const label = caseLabels(store, counted.cases);
  const byId = new Map<number, number>(indexes.map((i) => [segments.id[i]!, i]));
  const evidence = new Map<number, CellSegment>();
  for (let from = 0; from < indexes.length; from += QUOTE_BATCH) {
    const ids = indexes.slice(from, from + QUOTE_BATCH).map((i) => segments.id[i]!);
    for (const { id, quote } of segmentQuotes(store, ids)) {
      const i = byId.get(id)!;
      evidence.set(i, cellSegment(segments, i, quote, label.get(segments.caseId[i]!)!));
    }
  }
  return evidence;
}

function cellSegment(segments: CodedSegments, i: number, quote: string, label: { name: string; label: string }): CellSegment {
  return { id: segments.id[i]!, caseName: label.name, caseLabel: label.label, documentId: segments.documentId[i]!, start: segments.start[i]!, end: segments.end[i]!, quote };
}
