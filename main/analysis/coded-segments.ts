/**
 * The coded segments a table is built from, with their cases and codes, after the filters.
 * Loaded in document order; tables are then computed in memory.
 */
import type { TableFilters } from '../../shared/tables.js';
import { codingPairs, filteredSegments, type FilteredSegment } from '../db/repos/segments.js';
import type { ReadStore } from '../db/store.js';

export interface CodedSegment extends FilteredSegment {
  codeIds: Set<number>;
}

/**
 * Two plain queries joined in memory: the segments of the filtered cases in document order,
 * and the (coder-filtered) codings. One join over every coding, sorted, took 1.7 times as long.
 */
export function codedSegments(store: ReadStore, filters: TableFilters): CodedSegment[] {
  const rows = filteredSegments(store, filters);
  const codesOf = new Map<number, Set<number>>();
  for (const { segmentId, codeId } of codingPairs(store, filters.coders ?? [])) {
    const set = codesOf.get(segmentId);
    if (set) set.add(codeId);
    else codesOf.set(segmentId, new Set([codeId]));
  }
  const segments: CodedSegment[] = [];
  for (const row of rows) {
    const codeIds = codesOf.get(row.id);
    if (codeIds) segments.push({ ...row, codeIds });
  }
  return segments;
}
