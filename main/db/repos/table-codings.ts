/**
 * What cross-case tables are counted from (main/analysis): the codings of the filtered cases
 * with their segments' spans, and the quotes of the segments a table shows.
 *
 * This module imports no schemas (zod) and no other repository, so a job's worker thread that
 * builds tables loads little before its first table.
 */
import type { ReadStore } from '../store.js';
import { CASE_TABLE_CODER_GUID } from '../../../shared/case-table-coder.js';

/**
 * The codings as columns, entry i of each for coding i: a table reads up to 200,000 codings,
 * and handing SQLite's rows to JavaScript one by one costs several times reading them, while
 * one JSON array per column costs a fraction (json_group_array below).
 */
export interface CodingColumns {
  segmentId: number[];
  codeId: number[];
  documentId: number[];
  start: number[];
  end: number[];
  caseId: number[];
  coderId: number[];
  /** The case table's coder (shared/case-table-coder.ts), whose codings are the material's, no one's reading; null when the project has none. */
  tableCoderId: number | null;
}

/** Which codings a table reads: those of these cases, and of these documents and coders when given. */
export interface CodingScope {
  /** The cases to read, in id order. */
  caseIds: readonly number[];
  /** Only these documents, when given. */
  documentIds?: readonly number[];
  /**
   * Only codings by coders of these names, when any are given, and a case table's valence of its
   * cells (shared/case-table-coder.ts): a coder's reading is counted on the material as it came,
   * so their STEEPL codings inside a cell still meet the cell's valence in a cross-tab.
   */
  coders?: readonly string[];
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
    where.push('x.coder_id IN (SELECT id FROM coder WHERE name IN (SELECT value FROM json_each(?)) OR guid = ?)');
    params.push(JSON.stringify(scope.coders), CASE_TABLE_CODER_GUID);
  }
  return { where: where.join(' AND '), params };
}

/**
 * One entry per coding, of every code, in case, document, span (start, end), segment, code and
 * coder order, so each segment's codings are consecutive. The rows are read case → document →
 * segment → coding along covering indexes (CROSS JOIN fixes that order), which delivers them
 * sorted and never touches the segment or coding tables themselves. Found from the codes' own
 * codings instead (coding_code_idx), each coding would cost two random row lookups and the rows
 * a sort: at 200,000 codings that was twice as slow even for a quarter of the codes.
 *
 * Every code's, whichever a table wants (analysis/coded-segments.ts picks them): walking the
 * indexes is most of the cost however few codes are kept (on the reference corpus 90 ms for a
 * pair of frameworks with no codings, 250 ms for all 500 codes), so one reading serves every
 * table of the same filters.
 *
 * The aggregates see the subquery's rows in its order: SQLite keeps a subquery's ORDER BY
 * under an aggregate other than count, min and max.
 */
export function tableCodings(store: ReadStore, scope: CodingScope): CodingColumns {
  const { where, params } = conditions(scope);
  // Ordered by c.id, not its equal d.case_id: only then does the planner see the indexes' order and not sort.
  const columns = store
    .prepare(
      `SELECT json_group_array(segmentId), json_group_array(codeId), json_group_array(documentId), json_group_array(start),
         json_group_array("end"), json_group_array(caseId), json_group_array(coderId)
       FROM (SELECT x.segment_id AS segmentId, x.code_id AS codeId, s.document_id AS documentId, s.start, s."end" AS "end", d.case_id AS caseId,
           x.coder_id AS coderId
         ${FROM} WHERE ${where} ORDER BY c.id, d.id, s.start, s."end", s.id, x.code_id, x.coder_id)`,
    )
    .raw()
    .get(...params) as string[];
  const [segmentId, codeId, documentId, start, end, caseId, coderId] = columns.map((json) => JSON.parse(json) as number[]);
  const tableCoderId = (store.prepare('SELECT id FROM coder WHERE guid = ?').pluck().get(CASE_TABLE_CODER_GUID) as number | undefined) ?? null;
  return { segmentId: segmentId!, codeId: codeId!, documentId: documentId!, start: start!, end: end!, caseId: caseId!, coderId: coderId!, tableCoderId };
}

/** How many segments of each case carry each code (each once however many coders applied it), as columns. */
export interface CodeCounts {
  caseId: number[];
  codeId: number[];
  segments: number[];
}

/**
 * Every code's counts by case, in case and code order: a table's counts when it shows no
 * segment behind them. Every code's, as tableCodings reads them, so one reading serves every
 * framework (analysis/kept-readings.ts keeps it).
 *
 * Counted here from the codings read in index order (as tableCodings reads them, three columns
 * instead of six): SQLite's GROUP BY case and code sorted all 200,000 of them in temporary
 * B-trees (one more for count(DISTINCT)), which took twice as long as reading them.
 */
export function tableCounts(store: ReadStore, scope: CodingScope): CodeCounts {
  const { where, params } = conditions(scope);
  const columns = store
    .prepare(
      `SELECT json_group_array(caseId), json_group_array(segmentId), json_group_array(codeId)
       FROM (SELECT d.case_id AS caseId, x.segment_id AS segmentId, x.code_id AS codeId
         ${FROM} WHERE ${where} ORDER BY c.id, d.id, s.start, s."end", s.id, x.code_id)`,
    )
    .raw()
    .get(...params) as string[];
  const [caseId, segmentId, codeId] = columns.map((json) => JSON.parse(json) as number[]) as [number[], number[], number[]];
  const counts: CodeCounts = { caseId: [], codeId: [], segments: [] };
  const ofCase = new Map<number, number>();
  for (let i = 0; i < caseId.length; i++) {
    // A segment's codings come by code: a code several coders applied repeats the one before.
    if (segmentId[i] !== segmentId[i - 1] || codeId[i] !== codeId[i - 1]) ofCase.set(codeId[i]!, (ofCase.get(codeId[i]!) ?? 0) + 1);
    if (caseId[i + 1] === caseId[i]) continue;
    for (const code of [...ofCase.keys()].sort((a, b) => a - b)) {
      counts.caseId.push(caseId[i]!);
      counts.codeId.push(code);
      counts.segments.push(ofCase.get(code)!);
    }
    ofCase.clear();
  }
  return counts;
}

/**
 * A value that changes whenever the project's rows may have: a commit by another connection
 * (data_version; the app writes through one, a job reads through another) or a write by this
 * one (total_changes; data_version does not count a connection's own).
 */
export function dataVersion(store: ReadStore): string {
  const [version, changes] = store.prepare('SELECT data_version, total_changes() FROM pragma_data_version').raw().get() as [number, number];
  return `${version}:${changes}`;
}

/** The quotes of the given segments (any order), for the evidence behind table cells. */
export function segmentQuotes(store: ReadStore, ids: readonly number[]): { id: number; quote: string }[] {
  return store
    .prepare('SELECT id, quote FROM segment WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; quote: string }[];
}
