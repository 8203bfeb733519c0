import type { ReadStore } from '../store.js';

/** Ids of the cases with at least one segment coded with one of `codeIds`. */
export function casesWithAnyCode(store: ReadStore, codeIds: readonly number[]): number[] {
  if (codeIds.length === 0) return [];
  return store
    .prepare(
      `SELECT DISTINCT d.case_id FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id
       WHERE k.code_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(codeIds)) as number[];
}

export interface CaseCodeSegment {
  caseId: number;
  codeId: number;
  segmentId: number;
  documentId: number;
  start: number;
  end: number;
  quote: string;
}

/** Each case with each code it has a segment coded with, once: what per-case code presence counts. */
export function caseCodePairs(store: ReadStore): { caseId: number; codeId: number }[] {
  return store
    .prepare(
      `SELECT DISTINCT d.case_id AS caseId, k.code_id AS codeId
       FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id`,
    )
    .all() as { caseId: number; codeId: number }[];
}

/** The segments coded with one code, each once with its case, in document order: one cell's evidence. */
export function codeSegmentsByCase(store: ReadStore, codeId: number): Omit<CaseCodeSegment, 'codeId'>[] {
  return store
    .prepare(
      `SELECT DISTINCT d.case_id AS caseId, s.id AS segmentId, s.document_id AS documentId, s.start, s."end" AS "end", s.quote
       FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id
       WHERE k.code_id = ?
       ORDER BY d.case_id, s.document_id, s.start, s.id`,
    )
    .all(codeId) as Omit<CaseCodeSegment, 'codeId'>[];
}

/**
 * Every (case, code, segment) of the codings with one of `codeIds`, in document order: the
 * evidence an export writes (the comparison's, the case summaries').
 */
export function caseCodeSegments(store: ReadStore, codeIds: readonly number[]): CaseCodeSegment[] {
  return store
    .prepare(
      `SELECT DISTINCT d.case_id AS caseId, k.code_id AS codeId, s.id AS segmentId, s.document_id AS documentId, s.start, s."end" AS "end", s.quote
       FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id
       WHERE k.code_id IN (SELECT value FROM json_each(?))
       ORDER BY d.case_id, k.code_id, s.document_id, s.start, s.id`,
    )
    .all(JSON.stringify(codeIds)) as CaseCodeSegment[];
}
