import { type ReadStore, type WriteStore } from '../store.js';
import { newGuid, now } from '../stamps.js';

export interface SummaryRow {
  id: number;
  caseId: number;
  codeId: number;
  text: string;
  updatedBy: string | null;
  updatedAt: string;
}

export function listSummaries(store: ReadStore): SummaryRow[] {
  return store
    .prepare(
      `SELECT s.id, s.case_id AS caseId, s.code_id AS codeId, s.text, u.name AS updatedBy, s.updated_at AS updatedAt
       FROM case_summary s LEFT JOIN coder u ON u.id = s.updated_by ORDER BY s.case_id, s.code_id`,
    )
    .all() as SummaryRow[];
}

/** Writes the cell's summary, replacing the one there (keeping its guid, so merge matches it). */
export function upsertSummary(store: WriteStore, cell: { caseId: number; codeId: number; text: string; coderId: number | null }): void {
  store
    .prepare(
      `INSERT INTO case_summary (guid, case_id, code_id, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (case_id, code_id) DO UPDATE SET text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    )
    .run(newGuid(), cell.caseId, cell.codeId, cell.text, cell.coderId, now());
}

export function deleteSummary(store: WriteStore, caseId: number, codeId: number): void {
  store.prepare('DELETE FROM case_summary WHERE case_id = ? AND code_id = ?').run(caseId, codeId);
}

export interface EvidenceRow {
  id: number;
  documentId: number;
  start: number;
  end: number;
  quote: string;
}

/** How many segments each case has coded with each of `codeIds` (a cell of the grid), without reading them. */
export function cellSegmentCounts(store: ReadStore, codeIds: readonly number[]): { caseId: number; codeId: number; segments: number }[] {
  return store
    .prepare(
      `SELECT d.case_id AS caseId, k.code_id AS codeId, count(DISTINCT s.id) AS segments
       FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id
       WHERE k.code_id IN (SELECT value FROM json_each(?))
       GROUP BY d.case_id, k.code_id`,
    )
    .all(JSON.stringify(codeIds)) as { caseId: number; codeId: number; segments: number }[];
}

/** One case × code cell's coded segments, in document order. */
export function segmentsOfCell(store: ReadStore, caseId: number, codeId: number): EvidenceRow[] {
  return store
    .prepare(
      `SELECT DISTINCT s.id, s.document_id AS documentId, s.start, s."end" AS "end", s.quote
       FROM coding k JOIN segment s ON s.id = k.segment_id JOIN document d ON d.id = s.document_id
       WHERE k.code_id = ? AND d.case_id = ?
       ORDER BY s.document_id, s.start, s.id`,
    )
    .all(codeId, caseId) as EvidenceRow[];
}


/** The name a summary's REFI-QDA Note carries; an import can recognise it by this prefix. */
export const SUMMARY_NOTE_PREFIX = 'Case summary: ';

/**
 * Summaries as REFI-QDA Notes (the shape of exchange.ts memoRows): the standard has no case ×
 * code note, so a summary travels as a Note named for its cell, referenced by its code and
 * linked from its case as a case memo is.
 */
export function summaryNoteRows(store: ReadStore): { guid: string; name: string; text: string; coder_guid: string | null; created_at: string }[] {
  return store
    .prepare(
      `SELECT s.guid, ? || c.name || ' × ' || k.name AS name, s.text, u.guid AS coder_guid, s.updated_at AS created_at
       FROM case_summary s JOIN case_ c ON c.id = s.case_id JOIN code k ON k.id = s.code_id LEFT JOIN coder u ON u.id = s.updated_by
       ORDER BY s.id`,
    )
    .all(SUMMARY_NOTE_PREFIX) as { guid: string; name: string; text: string; coder_guid: string | null; created_at: string }[];
}

/** Each summary's Note attached to its case and its code (the shape of exchange.ts memoLinkRows). */
export function summaryNoteLinkRows(store: ReadStore): { memo_guid: string; target_kind: 'case' | 'code'; target_guid: string }[] {
  return store
    .prepare(
      `SELECT s.guid AS memo_guid, 'case' AS target_kind, c.guid AS target_guid FROM case_summary s JOIN case_ c ON c.id = s.case_id
       UNION ALL
       SELECT s.guid, 'code', k.guid FROM case_summary s JOIN code k ON k.id = s.code_id`,
    )
    .all() as { memo_guid: string; target_kind: 'case' | 'code'; target_guid: string }[];
}
