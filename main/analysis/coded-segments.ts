/**
 * The coded segments a table is counted from, with their cases and codes, after the filters:
 * spans only, in case, document and span order (quotes are read when a cell's evidence is).
 */
import type { CodingScope } from '../db/repos/table-codings.js';
import type { ReadStore } from '../db/store.js';
import { everyCoding } from './kept-readings.js';

/**
 * Segment i is id[i], documentId[i], start[i], end[i] and caseId[i], with the codings
 * codes[codeStart[i]] up to (not including) codes[codeStart[i + 1]], by coders[] at the same
 * places: columns, not an object per segment, since 170,000 objects (the reference corpus) cost
 * more to build and then to collect than the query that reads them. Typed columns, filled in
 * place: pushed onto arrays, the reference corpus's segments took 60-145 ms in a fresh thread (a
 * table's first), 10-15 ms so.
 */
export interface CodedSegments {
  readonly length: number;
  readonly id: Int32Array;
  readonly documentId: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly caseId: Int32Array;
  /** codeStart[length] is codes.length. */
  readonly codeStart: Int32Array;
  /**
   * Each segment's codings of the codes asked for, by code and then coder: a code two coders
   * applied is there twice, consecutively (a table that pairs codes pairs one coder's only).
   */
  readonly codes: Int32Array;
  /** The coder of each of `codes`, MATERIAL for the case table's. */
  readonly coders: Int32Array;
}

/** The coder of a case table's codings (no coder's id is 0): the material, which every coder's reading meets. */
export const MATERIAL = 0;

/** Do codings by these two coders (CodedSegments.coders) make a pair one reading gave: one coder's, or one of them the material's? */
export function oneReading(a: number, b: number): boolean {
  return a === b || a === MATERIAL || b === MATERIAL;
}

export function noSegments(): CodedSegments {
  const none = new Int32Array(0);
  return { length: 0, id: none, documentId: none, start: none, end: none, caseId: none, codeStart: Int32Array.of(0), codes: none, coders: none };
}

/**
 * The segments of the scope's cases that carry at least one of `codeIds` (any code when null),
 * each with its codings of those: picked from every code's codings (kept-readings.ts), whose rows
 * come grouped by segment.
 */
export function codedSegments(store: ReadStore, scope: CodingScope, codeIds: readonly number[] | null): CodedSegments {
  const rows = everyCoding(store, scope);
  const wanted = codeIds && new Set(codeIds);
  // At most a segment and a code per coding: sized for that, then copied out at the length kept
  // (a table keeps its segments for its cells' quotes, and may keep far fewer than it read).
  const n = rows.segmentId.length;
  const id = new Int32Array(n);
  const documentId = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const caseId = new Int32Array(n);
  const codeStart = new Int32Array(n + 1);
  const codes = new Int32Array(n);
  const coders = new Int32Array(n);
  let length = 0;
  let codeCount = 0;
  for (let i = 0; i < n; i++) {
    const code = rows.codeId[i]!;
    if (wanted && !wanted.has(code)) continue;
    if (length === 0 || id[length - 1] !== rows.segmentId[i]) {
      id[length] = rows.segmentId[i]!;
      documentId[length] = rows.documentId[i]!;
      start[length] = rows.start[i]!;
      end[length] = rows.end[i]!;
      caseId[length] = rows.caseId[i]!;
      codeStart[length++] = codeCount;
    }
    codes[codeCount] = code;
    coders[codeCount++] = rows.coderId[i] === rows.tableCoderId ? MATERIAL : rows.coderId[i]!;
  }
  codeStart[length] = codeCount;
  return {
    length,
    id: id.slice(0, length),
    documentId: documentId.slice(0, length),
    start: start.slice(0, length),
    end: end.slice(0, length),
    caseId: caseId.slice(0, length),
    codeStart: codeStart.slice(0, length + 1),
    codes: codes.slice(0, codeCount),
    coders: coders.slice(0, codeCount),
  };
}
