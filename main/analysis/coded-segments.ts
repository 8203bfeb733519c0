/**
 * The coded segments a table is counted from, with their cases and codes, after the filters:
 * spans only, in case, document and span order (quotes are read when a cell's evidence is).
 */
import { tableCodings, type CodingScope } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';

export interface CodedSegment {
  id: number;
  documentId: number;
  start: number;
  end: number;
  caseId: number;
  /** Each code once, however many coders applied it; only the codes asked for. */
  codeIds: number[];
}

/**
 * The segments of the scope's cases that carry at least one of its codes (any code when
 * `codeIds` is null), each with those of its codes. One query whose rows come grouped by
 * segment: a table of one framework reads that framework's codings alone.
 */
export function codedSegments(store: ReadStore, scope: CodingScope): CodedSegment[] {
  const rows = tableCodings(store, scope);
  const segments: CodedSegment[] = [];
  let last: CodedSegment | undefined;
  for (const [segmentId, codeId, documentId, start, end, caseId] of rows) {
    if (last?.id !== segmentId) {
      last = { id: segmentId, documentId, start, end, caseId, codeIds: [codeId] };
      segments.push(last);
    } else if (last.codeIds[last.codeIds.length - 1] !== codeId) {
      // Rows of one segment come by code, so a code another coder applied too repeats the last.
      last.codeIds.push(codeId);
    }
  }
  return segments;
}
