/**
 * The coded segments a table is counted from, with their cases and codes, after the filters:
 * spans only, in case, document and span order (quotes are read when a cell's evidence is).
 */
import type { CodingScope } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';
import { everyCoding } from './kept-readings.js';

/**
 * Segment i is id[i], documentId[i], start[i], end[i] and caseId[i], carrying the codes
 * codes[codeStart[i]] up to (not including) codes[codeStart[i + 1]]: columns, not an object
 * per segment, since 170,000 objects (the reference corpus) cost more to build and then to
 * collect than the query that reads them.
 */
export interface CodedSegments {
  readonly length: number;
  readonly id: number[];
  readonly documentId: number[];
  readonly start: number[];
  readonly end: number[];
  readonly caseId: number[];
  /** codeStart[length] is codes.length. */
  readonly codeStart: number[];
  /** Each segment's codes, each once however many coders applied it; only the codes asked for. */
  readonly codes: number[];
}

export function noSegments(): CodedSegments {
  return { length: 0, id: [], documentId: [], start: [], end: [], caseId: [], codeStart: [0], codes: [] };
}

/**
 * The segments of the scope's cases that carry at least one of `codeIds` (any code when null),
 * each with those of its codes: picked from every code's codings (kept-readings.ts), whose rows
 * come grouped by segment.
 */
export function codedSegments(store: ReadStore, scope: CodingScope, codeIds: readonly number[] | null): CodedSegments {
  const rows = everyCoding(store, scope);
  const wanted = codeIds && new Set(codeIds);
  const { id, documentId, start, end, caseId, codeStart, codes } = noSegments();
  codeStart.length = 0;
  for (let i = 0; i < rows.segmentId.length; i++) {
    if (wanted && !wanted.has(rows.codeId[i]!)) continue;
    if (id.length === 0 || id[id.length - 1] !== rows.segmentId[i]) {
      id.push(rows.segmentId[i]!);
      documentId.push(rows.documentId[i]!);
      start.push(rows.start[i]!);
      end.push(rows.end[i]!);
      caseId.push(rows.caseId[i]!);
      codeStart.push(codes.length);
      codes.push(rows.codeId[i]!);
    } else if (codes[codes.length - 1] !== rows.codeId[i]) {
      // Rows of one segment come by code, so a code another coder applied too repeats the last.
      codes.push(rows.codeId[i]!);
    }
  }
  codeStart.push(codes.length);
  return { length: id.length, id, documentId, start, end, caseId, codeStart, codes };
}
