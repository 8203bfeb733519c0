/**
 * The repositories' real statements must use their indexes. A representative workload runs
 * through the repositories and services (browsing, segment queries, tables, agreement, coding,
 * memos, undo, REFI export, import and merge); the Store records every SQL text it prepared,
 * and each one that filters segments, codings or documents is checked with EXPLAIN QUERY
 * PLAN: none may scan the whole segment or coding table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentSortKeys, type SegmentQuery } from '../../../shared/entities.js';
import { TableRequest, tableKinds } from '../../../shared/tables.js';
import { agreementReport } from '../../../main/agreement/build-report.js';
import { buildTable } from '../../../main/analysis/tables.js';
import { redo, undo } from '../../../main/db/history.js';
import { listAttributes } from '../../../main/db/repos/attributes.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { getDocumentText, getDocumentWithText, listDocuments } from '../../../main/db/repos/documents.js';
import { codingsOfSegment, memosOf, notedCodingsOf } from '../../../main/db/repos/memos.js';
import { allMemos } from '../../../main/db/repos/memo-list.js';
import { documentSegments, querySegments } from '../../../main/db/repos/segments.js';
import { Store } from '../../../main/db/store.js';
import { applyMerge, openRefiMergeSource, planMerge } from '../../../main/merge/merge-file.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, deleteCase } from '../../../main/services/cases.js';
import { applyCode, changeCoding, removeCoding } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { createMemo } from '../../../main/services/memos.js';
import { bulkProject } from '../../helpers/bulk-project.js';

/**
 * Statements allowed a full scan of segment or coding, each for its reason. Keyed by a
 * fragment of the SQL text; `scans`, when given, are the only scans allowed it.
 */
const allowedScans: { fragment: string; scans?: RegExp; why: string }[] = [
  { fragment: "s.quote LIKE ? ESCAPE '\\'", why: 'a substring of the quote: no index can find it; the list pages after the scan' },
  {
    fragment: 'SELECT x.segment_id AS id, x.created_at AS day FROM coding x',
    scans: /^SCAN (x USING COVERING INDEX coding_created_idx|s)$/,
    why: 'a page by day walks the date index in order to the page (segments-by-day.ts), where a bound does not stop it sooner; '
      + 'segments of no coding, when two counts say there are some, are found among all',
  },
  {
    fragment: 'x.coder_id NOT IN (SELECT value FROM json_each(?))',
    scans: /^SCAN s USING COVERING INDEX sqlite_autoindex_segment_1$/,
    why: 'a page by coder walks the segments in the list\'s order to the page\'s last row of the first coder alone (segments-by-coder.ts): '
      + 'a third of them are, so a page of 100 reads about 300; found from the coder\'s codings they were sorted, 100 ms',
  },
];

const tables = ['segment', 'coding'] as const;

/** The names a table goes by in a statement: its own and each alias given to it. */
function namesOf(sql: string, table: string): string[] {
  const names = new Set<string>();
  const clause = new RegExp(`\\b(?:FROM|JOIN)\\s+${table}\\b(?:\\s+(?:AS\\s+)?(\\w+))?`, 'gi');
  for (const match of sql.matchAll(clause)) {
    const alias = match[1];
    names.add(alias && !/^(ON|WHERE|ORDER|GROUP|LIMIT|JOIN|LEFT|INNER|SET|USING)$/i.test(alias) ? alias : table);
  }
  return [...names];
}

function plan(store: Store, sql: string): string[] {
  // Every ? in our SQL is a parameter (none sits in a string literal); NULLs do for the plan.
  const params = Array.from(sql.matchAll(/\?/g), () => null);
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

/** The statement without its parenthesised parts (subqueries, argument lists). */
function topLevel(sql: string): string {
  let flat = sql;
  for (let previous = ''; previous !== flat; ) {
    previous = flat;
    flat = flat.replace(/\([^()]*\)/g, ' ');
  }
  return flat;
}

/**
 * Full scans of segment or coding in a statement's plan. A statement whose own (top-level)
 * query has no WHERE asks for every row, as the unfiltered segment list sorted by codes does:
 * its scan of the tables it names at top level is what it asks for.
 */
function fullScans(store: Store, sql: string): string[] {
  const top = topLevel(sql);
  const readsAll = !/\bWHERE\b/i.test(top);
  const names = tables.flatMap((table) => namesOf(sql, table)).filter((name) => !(readsAll && namesOf(top, 'segment').concat(namesOf(top, 'coding')).includes(name)));
  return plan(store, sql).filter((detail) => names.some((name) => new RegExp(`^SCAN ${name}\\b`).test(detail)));
}

const isHot = (sql: string) => /\b(segment|coding|document)\b/.test(sql) && /\bWHERE\b/i.test(sql);

let dir: string;
let store: Store;
let imported: Store;
const recorded = new Set<string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-plans-'));
  store = bulkProject(join(dir, 'project.casecoder'), 600, 20);
  const ctx = { store, coderName: 'Ada' };
  const code = (path: string) => findCodeByPath(store, ...(path.split('/') as [string, string]))!.id;

  // Browsing.
  listCases(store);
  listDocuments(store);
  listDocuments(store, 1);
  getDocumentWithText(store, 1);
  getDocumentText(store, 1);
  documentSegments(store, 1);
  getCodebook(store);
  for (const sort of segmentSortKeys) {
    for (const descending of [false, true]) querySegments(store, { sort, descending, offset: 20, limit: 50 });
  }
  const page = { sort: 'position', descending: false, offset: 0, limit: 50 } as const;
  for (const filter of [
    { caseId: 1 }, { groupId: 1 }, { documentId: 2 }, { codeId: code('Valence/Positive') }, { coder: 'Boris' },
    { quote: 'visa' }, { dateFrom: '2026-01-03', dateTo: '2026-01-09' }, { caseId: 2, codeId: code('STEEPL/Economic'), countTotal: false },
    { codeId: code('Valence/Positive'), coder: 'Boris' }, { caseId: 2, codeId: code('STEEPL/Economic'), coder: 'Boris' },
    // Days ask of the codings, with the code and coder of the same coding (the project's are coded on 1 January).
    { dateTo: '2026-01-09' }, { codeId: code('Valence/Positive'), dateFrom: '2026-01-01' }, { coder: 'Boris', dateFrom: '2026-01-01', dateTo: '2026-01-09' },
    { codeId: code('Valence/Positive'), coder: 'Boris', dateFrom: '2026-01-01', dateTo: '2026-01-09', sort: 'date' as const },
  ]) {
    querySegments(store, { ...page, ...filter });
  }
  // A code's segments by one coder, in every sort: the one coding that has both is found from the code's codings.
  for (const sort of segmentSortKeys) querySegments(store, { ...page, sort, codeId: code('Valence/Positive'), coder: 'Boris' });
  // Pages by day, walked off the codings' date index: to a bound or to the end, a group read by its
  // segments' rows or from a list of them (a page past the first thousand rows), with segments of
  // no coding merged in (one is made for it, then removed).
  const byDay = (filters: Partial<SegmentQuery>[]) => {
    for (const filter of filters) for (const descending of [false, true]) querySegments(store, { ...page, sort: 'date', descending, countTotal: false, ...filter });
  };
  byDay([{}, { offset: 900 }, { groupId: 1 }, { groupId: 1, offset: 1000 }, { coder: 'Boris' }, { dateFrom: '2026-01-01', dateTo: '2026-01-09' }, { quote: 'sentence' }, { groupId: 1, coder: 'Ada', quote: 'sentence' }]);
  const uncoded = store.db.prepare("INSERT INTO segment (guid, document_id, start, \"end\", quote, quote_key, created_by, created_at) VALUES ('uncoded', 1, 0, 1, 'x', 'x', 1, '2026-01-02T00:00:00.000Z')").run();
  byDay([{}, { groupId: 1 }, { groupId: 1, offset: 1000 }, { quote: 'sentence' }]);
  store.db.prepare('DELETE FROM segment WHERE id = ?').run(uncoded.lastInsertRowid);

  // Writing through the services, each an undoable step.
  const item = createCase(ctx, 'New case', 1);
  pasteText(ctx, item.id, 'Interview', 'Good internet here. Bad rent prices.');
  const documentId = listDocuments(store, item.id)[0]!.id;
  const { segmentId } = applyCode(ctx, { documentId, start: 0, end: 19, codeId: code('Valence/Positive') });
  applyCode(ctx, { documentId, start: 0, end: 19, codeId: code('Valence/Negative') });
  applyCode(ctx, { documentId, start: 20, end: 36, codeId: code('STEEPL/Economic') });
  createMemo(ctx, { kind: 'segment', id: segmentId }, 'Note', 'Why this is negative');
  memosOf(store, { kind: 'segment', id: segmentId });
  // A note on one coding, as REFI-QDA carries them: the segment list's and the document's marks, and the memo list.
  createMemo(ctx, { kind: 'coding', id: documentSegments(store, documentId)[0]!.codings[0]!.id }, '', 'On one coding');
  notedCodingsOf(store, [segmentId, segmentId + 1]);
  // A segment's codings, each with its notes counted: the segment list row's menu offers a note on each.
  codingsOfSegment(store, segmentId);
  allMemos(store, null);
  allMemos(store, 'coding');
  const attribute = createAttribute(ctx, 'Age', 'number', []);
  setAttributeValue(ctx, item.id, attribute.id, 30);
  removeCoding(ctx, documentSegments(store, documentId)[0]!.codings[0]!.id);
  undo(store);
  redo(store);
  // A coding changed to a code its coder has there already: its notes go onto that coding. (The
  // first segment lost its one coding above, and stays for its memo.)
  const changed = documentSegments(store, documentId).find((s) => s.codings.length > 0)!.codings[0]!.id;
  applyCode(ctx, { documentId, start: 0, end: 19, codeId: code('STEEPL/Economic') });
  changeCoding(ctx, changed, code('STEEPL/Economic'));

  // Tables and agreement.
  const filters = { groupIds: [1], attributes: [{ attributeId: listAttributes(store)[0]!.id, values: ['30'] }], coders: ['Ada'], documentIds: [1, 2, 3] };
  for (const kind of tableKinds) {
    buildTable(store, TableRequest.parse({ kind }));
    buildTable(store, TableRequest.parse({ kind, filters }));
  }
  buildTable(store, TableRequest.parse({ kind: 'case-matrix', groupBy: { attributeId: attribute.id } }));
  agreementReport(store, { coders: ['Ada', 'Boris'] });
  agreementReport(store, { coders: ['Ada', 'Boris'], documentIds: [1, 2] });

  // Exchange: export, import into a new project, merge back.
  const bytes = await exportQdpx(store);
  imported = Store.create(join(dir, 'imported.casecoder'), 'imported');
  await importRefi({ store: imported, coderName: 'Ada' }, 'project.qdpx', bytes);
  const source = await openRefiMergeSource('project.qdpx', (into) => importRefi({ store: into, coderName: null }, 'project.qdpx', bytes));
  planMerge(store, source.store.reader);
  applyMerge(store, source, {});
  for (const sql of source.store.preparedSql()) recorded.add(sql);
  source.dispose();
  deleteCase(ctx, item.id);

  for (const sql of [...store.preparedSql(), ...imported.preparedSql()]) recorded.add(sql);
});

afterAll(() => {
  store?.close();
  imported?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('query plans of the repositories\' statements', () => {
  it('records the statements the workload prepared', () => {
    const hot = [...recorded].filter(isHot);
    // The workload reached the hot paths: a page of segments, a table, a coding, an import.
    expect(hot.some((sql) => sql.includes('FROM json_each(?) page JOIN segment s'))).toBe(true);
    expect(hot.some((sql) => sql.includes('x.segment_id AS segmentId, x.code_id AS codeId'))).toBe(true);
    expect(hot.some((sql) => sql.startsWith('DELETE FROM coding WHERE segment_id = ? AND coder_id = ?'))).toBe(true);
    expect(hot.length).toBeGreaterThan(30);
  });

  it('never scans the whole segment or coding table in a statement that filters them', () => {
    const offenders = [...recorded]
      .filter(isHot)
      .filter((sql) => !allowedScans.some((allowed) => sql.includes(allowed.fragment) && !allowed.scans))
      .map((sql) => {
        const allowed = allowedScans.find((a) => sql.includes(a.fragment))?.scans;
        return { sql: sql.replace(/\s+/g, ' ').slice(0, 200), scans: fullScans(store, sql).filter((scan) => !allowed?.test(scan)) };
      })
      .filter((found) => found.scans.length > 0);
    expect(offenders).toEqual([]);
  });

  it('reads a document\'s segments and a code\'s codings by their indexes', () => {
    const segmentsSql = [...recorded].find((sql) => sql.includes('WHERE s.document_id = ? ORDER BY s.start'))!;
    expect(plan(store, segmentsSql).join('\n')).toMatch(/SEARCH s USING (COVERING )?INDEX sqlite_autoindex_segment_1/);
    const ofCode = [...recorded].find((sql) => sql.startsWith('SELECT DISTINCT segment_id AS id FROM coding WHERE code_id = ?'));
    if (ofCode) expect(plan(store, ofCode).join('\n')).toMatch(/INDEX coding_code_idx/);
  });

  it("finds a code's segments by one coder from the code's codings, not from every coding of the coder", () => {
    const both = [...recorded].filter((sql) => /x\.code_id = \? AND \+?x\.coder_id = /.test(sql));
    // Pages in every sort, their counts, and the one code's page with its count.
    expect(both.length).toBeGreaterThanOrEqual(segmentSortKeys.length);
    for (const sql of both) {
      const steps = plan(store, sql).join('\n');
      // A row's day is read from the code's codings of its segment alone.
      expect(steps).toMatch(/SEARCH x USING INDEX coding_code_idx \(code_id=\?( AND segment_id=\?)?\)/);
      expect(steps).not.toMatch(/coding_coder_idx/);
    }
  });

  it("finds the codings of a range of days by their index, and a code's by the code's", () => {
    const days = [...recorded].filter((sql) => sql.includes('FROM coding x WHERE x.created_at >= ? AND x.created_at < ?'));
    const ofCode = [...recorded].filter((sql) => /FROM coding x WHERE x\.code_id = \? .*\+x\.created_at >= \?/.test(sql));
    expect(days.length).toBeGreaterThan(0);
    expect(ofCode.length).toBeGreaterThan(0);
    for (const sql of days) expect(plan(store, sql).join('\n')).toMatch(/SEARCH x USING COVERING INDEX coding_created_idx \(created_at>\? AND created_at<\?\)/);
    for (const sql of ofCode) expect(plan(store, sql).join('\n')).not.toMatch(/coding_created_idx/);
  });

  it('reads a page by day off the codings\' date index in its order, with no sort of every segment', () => {
    const walks = [...recorded].filter((sql) => sql.startsWith('SELECT x.segment_id AS id, x.created_at AS day FROM coding x'));
    // Each workload's list by day, both ways, bounded or not, with segments of no coding merged in or not.
    expect(walks.length).toBeGreaterThanOrEqual(20);
    expect(walks.filter((sql) => sql.includes(' UNION ALL ')).length).toBeGreaterThanOrEqual(6);
    for (const sql of walks) {
      const steps = plan(store, sql);
      const codings = steps.slice(0, steps.indexOf('RIGHT') + 1 || undefined).join('\n');
      expect(codings, sql).toMatch(/^(SCAN|SEARCH) x USING (COVERING )?INDEX coding_created_idx\b/m);
      // The latest coding of a walked one's segment is found by the segment's index.
      expect(codings, sql).toMatch(/SEARCH y USING (COVERING )?INDEX sqlite_autoindex_coding_1 \(segment_id=\?\)/);
      expect(codings, sql).not.toMatch(/TEMP B-TREE|BLOOM FILTER ON x|SCAN (s|d|c)\b/);
    }
    // A bound's day is read off the same index.
    const bounds = [...recorded].filter((sql) => sql.startsWith('SELECT x.created_at FROM coding x'));
    for (const sql of bounds) expect(plan(store, sql).join('\n')).toMatch(/^(SCAN|SEARCH) x USING COVERING INDEX coding_created_idx\b/);
  });

  it('reads a page of segments in position order off the indexes, with no sort of every segment', () => {
    const pages = [...recorded].filter((sql) => /^SELECT s\.id FROM case_ c CROSS JOIN document d/.test(sql) && /ORDER BY c\.id/.test(sql));
    // Unfiltered, by case, group, document and quote; both directions.
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const sql of pages) {
      const steps = plan(store, sql).join('\n');
      expect(steps).toMatch(/SEARCH s USING (COVERING )?INDEX sqlite_autoindex_segment_1 \(document_id=\?\)/);
      expect(steps).not.toMatch(/TEMP B-TREE FOR .*ORDER BY/);
    }
  });
});
