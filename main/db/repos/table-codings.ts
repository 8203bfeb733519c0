/**
 * What cross-case tables are counted from (main/analysis): the codings of the filtered cases
 * with their segments' spans, and the quotes of the segments a table shows.
 *
 * This module imports no schemas (zod) and no other repository, so a job's worker thread that
 * builds tables loads little before its first table.
 */
import type { ReadStore } from '../store.js';

/** [segmentId, codeId, documentId, start, end, caseId]: arrays, since 200,000 objects cost more to build than the query. */
export type CodingRow = [number, number, number, number, number, number];

export interface CodingScope {
  /** The cases to read, in id order. */
  caseIds: readonly number[];
  /** Only these documents, when given. */
  documentIds?: readonly number[];
  /** Only codings by coders of these names, when any are given. */
  coders?: readonly string[];
  /** Only codings with these codes; null: every code. */
  codeIds: readonly number[] | null;
}

// CROSS JOIN fixes the join order: case → document → segment → coding along covering indexes.
const FROM = `FROM case_ c CROSS JOIN document d ON d.case_id = c.id CROSS JOIN segment s ON s.document_id = d.id
  CROSS JOIN coding x ON x.segment_id = s.id`;

function conditions(scope: CodingScope): { where: string; params: string[] } {
  const where = ['c.id IN (SELECT value FROM json_each(?))'];
  const params: string[] = [JSON.stringify(scope.caseIds)];
  if (scope.documentIds?.length) {
    // Unary + keeps d.id from being an index key: document_case_idx by case alone keeps the rows in order.
    where.push('+d.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.documentIds));
  }
  if (scope.coders?.length) {
    where.push('x.coder_id IN (SELECT id FROM coder WHERE name IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(scope.coders));
  }
  if (scope.codeIds !== null) {
    // Unary + again: as an index key (coding_code_idx) the planner would probe every code's
    // codings for each segment.
    where.push('+x.code_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.codeIds));
  }
  return { where: where.join(' AND '), params };
}

/**
 * One row per coding, in case, document, span (start, end), segment and code order, so each
 * segment's codings are consecutive. The rows are read case → document → segment → coding
 * along covering indexes (CROSS JOIN fixes that order), which delivers them sorted and never
 * touches the segment or coding tables themselves. Found from the codes' own codings instead
 * (coding_code_idx), each coding would cost two random row lookups and the rows a sort: at
 * 200,000 codings that was twice as slow even for a quarter of the codes.
 */
export function tableCodings(store: ReadStore, scope: CodingScope): CodingRow[] {
  const { where, params } = conditions(scope);
  // Ordered by c.id, not its equal d.case_id: only then does the planner see the indexes' order and not sort.
  return store
    .prepare(
      `SELECT x.segment_id AS segmentId, x.code_id AS codeId, s.document_id AS documentId, s.start, s."end" AS "end", d.case_id AS caseId
       ${FROM} WHERE ${where} ORDER BY c.id, d.id, s.start, s."end", s.id, x.code_id`,
    )
    .raw()
    .all(...params) as CodingRow[];
}

/** [caseId, codeId, segments]: how many segments of a case carry a code, each once however many coders applied it. */
export type CodeCount = [number, number, number];

/** The counts alone, by GROUP BY over the same rows, for a table that shows no segment behind them. */
export function tableCounts(store: ReadStore, scope: CodingScope): CodeCount[] {
  const { where, params } = conditions(scope);
  return store
    .prepare(`SELECT c.id AS caseId, x.code_id AS codeId, count(DISTINCT x.segment_id) AS segments ${FROM} WHERE ${where} GROUP BY c.id, x.code_id`)
    .raw()
    .all(...params) as CodeCount[];
}

/** The quotes of the given segments (any order), for the evidence behind table cells. */
export function segmentQuotes(store: ReadStore, ids: readonly number[]): { id: number; quote: string }[] {
  return store
    .prepare('SELECT id, quote FROM segment WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; quote: string }[];
}
