/**
 * Tables read every code's codings with the filters applied in SQL, along covering indexes and
 * without a sort, and pick their codes' from those. Their counts must equal a plain count over
 * every coding with the filters applied by hand, for every filter a table takes. A table that
 * pairs codes (cross-tab, co-occurrence) pairs one coder's codings only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTable } from '../../../main/analysis/tables.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { TableRequest, type TableFilters } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('codings');
});
afterEach(() => t.dispose());

/** Four cases in two groups (one without), two documents each, coded at seeded random spans by two coders. */
function codeRandomly(): void {
  const ctx = t.session.context();
  const groups = [createGroup(ctx, 'A').id, createGroup(ctx, 'B').id, null];
  ['P', 'Q', 'R', 'S'].forEach((name, i) => {
    const caseId = createCase(ctx, name, groups[i % 3]!).id;
    pasteText(ctx, caseId, `${name}1`, 'x'.repeat(300));
    pasteText(ctx, caseId, `${name}2`, 'y'.repeat(300));
  });
  const codes = getCodebook(ctx.store).codes;
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const adas: Parameters<typeof applyCode>[1][] = [];
  for (const coder of ['Ada', 'Boris']) {
    t.session.settings.setCoderName(coder);
    for (const document of listDocuments(ctx.store)) {
      for (let i = 0; i < 25; i++) {
        const start = next(230);
        // Some spans nest in others; Boris codes some of Ada's spans with her code too (one segment, one code, two codings).
        const input = coder === 'Boris' && i % 4 === 0 ? adas[next(adas.length)]! : { documentId: document.id, start, end: start + 1 + next(next(2) ? 5 : 60), codeId: codes[next(codes.length)]!.id };
        applyCode(t.session.context(), input);
        if (coder === 'Ada') adas.push(input);
      }
    }
  }
}

interface Row { segment: number; document: number; start: number; end: number; caseId: number; groupId: number | null; code: number; coder: string }

/** Every coding with its segment and case, filtered by hand as a table's filters say. */
function codingsBy(filters: TableFilters): Row[] {
  const rows = t.session.context().store.db.prepare(
    `SELECT s.id AS segment, s.document_id AS document, s.start, s."end" AS "end", d.case_id AS caseId, c.group_id AS groupId,
            x.code_id AS code, u.name AS coder
     FROM coding x JOIN segment s ON s.id = x.segment_id JOIN document d ON d.id = s.document_id
     JOIN case_ c ON c.id = d.case_id JOIN coder u ON u.id = x.coder_id`,
  ).all() as Row[];
  return rows.filter((r) =>
    (!filters.coders?.length || filters.coders.includes(r.coder))
    && (!filters.documentIds?.length || filters.documentIds.includes(r.document))
    && (!filters.groupIds?.length || (r.groupId !== null && filters.groupIds.includes(r.groupId))));
}

const distinct = (rows: Row[]) => new Set(rows.map((r) => r.segment)).size;
const inOrder = (a: Row, b: Row) => a.document - b.document || a.start - b.start || a.end - b.end;

describe('tables read the codings under their filters', () => {
  it('count as a plain count over every coding does, under each filter', () => {
    codeRandomly();
    const store = t.session.context().store;
    const { frameworks, codes } = getCodebook(store);
    const documents = listDocuments(store);
    const filterSets: TableFilters[] = [
      {}, { coders: ['Boris'] }, { documentIds: [documents[0]!.id, documents[3]!.id, documents[6]!.id] }, { groupIds: [1] },
      { coders: ['Ada'], documentIds: documents.slice(2).map((d) => d.id) },
    ];
    for (const filters of filterSets) {
      const rows = codingsBy(filters);
      const codeCase = buildTable(store, TableRequest.parse({ kind: 'code-case', filters }));
      const total = codeCase.rows.findIndex((r) => r.key === 'total');
      codeCase.columns.forEach((column, c) => {
        expect([column.label, codeCase.cells[total]![c]!.count]).toEqual([column.label, distinct(rows.filter((r) => String(r.code) === column.key))]);
      });
      for (const framework of frameworks) {
        const matrix = buildTable(store, TableRequest.parse({ kind: 'case-matrix', columnFramework: framework.id, groupBy: 'none', filters }));
        matrix.rows.forEach((row, r) => matrix.columns.forEach((column, c) => {
          const behind = rows.filter((x) => String(x.caseId) === row.key && String(x.code) === column.key)
            .sort(inOrder);
          const cell = matrix.cells[r]![c]!;
          expect([row.label, column.label, cell.count]).toEqual([row.label, column.label, distinct(behind)]);
          expect(cell.segments.map((s) => s.id)).toEqual([...new Set(behind.map((x) => x.segment))]);
        }));
      }
      const [rowFramework, columnFramework] = [frameworks.find((f) => f.name === 'STEEPL')!, frameworks.find((f) => f.name === 'Valence')!];
      const crosstab = buildTable(store, TableRequest.parse({ kind: 'crosstab', rowFramework: rowFramework.id, columnFramework: columnFramework.id, filters }));
      const codeOf = new Map(codes.map((code) => [code.id, code.frameworkId]));
      crosstab.rows.forEach((row, r) => crosstab.columns.forEach((column, c) => {
        const inside = rows.filter((x) => String(x.code) === row.key && rows.some((y) =>
          String(y.code) === column.key && y.coder === x.coder && y.document === x.document && y.start <= x.start && y.end >= x.end));
        const cell = crosstab.cells[r]![c]!;
        expect([row.label, column.label, cell.count]).toEqual([row.label, column.label, distinct(inside)]);
        expect(cell.segments.map((s) => s.id)).toEqual([...new Set(inside.sort(inOrder).map((x) => x.segment))]);
        expect(codeOf.get(Number(row.key))).toBe(rowFramework.id);
      }));
      // Ordered pairs of overlapping segments (a segment with itself once), one with each code by one coder.
      const cooccurrence = buildTable(store, TableRequest.parse({ kind: 'cooccurrence', filters }));
      const segmentsOf = (key: string) => [...new Map(rows.filter((x) => String(x.code) === key).map((x) => [x.segment, x])).values()];
      const coded = (segment: number, key: string) => new Set(rows.filter((x) => x.segment === segment && String(x.code) === key).map((x) => x.coder));
      cooccurrence.rows.forEach((row, r) => cooccurrence.columns.forEach((column, c) => {
        if (r === c) return;
        const pairs = segmentsOf(row.key).flatMap((x) => segmentsOf(column.key).filter((y) =>
          y.document === x.document && y.start < x.end && x.start < y.end
          && [...coded(x.segment, row.key)].some((coder) => coded(y.segment, column.key).has(coder))));
        expect([row.label, column.label, cooccurrence.cells[r]![c]!.count]).toEqual([row.label, column.label, pairs.length]);
      }));
    }
  });

  it('read every code\'s codings, for segments and to count, along covering indexes, never sorting', () => {
    codeRandomly();
    const store = t.session.context().store;
    const valence = getCodebook(store).frameworks.find((f) => f.name === 'Valence')!;
    const before = new Set(store.preparedSql());
    buildTable(store, TableRequest.parse({ kind: 'case-matrix', columnFramework: valence.id, filters: { coders: ['Ada'], documentIds: [1, 2] } }));
    buildTable(store, TableRequest.parse({ kind: 'code-case' }));
    const reads = store.preparedSql().filter((sql) => !before.has(sql) && sql.includes('CROSS JOIN coding x'));
    const plan = (sql: string) => {
      const params = Array.from(sql.matchAll(/\?/g), () => '[]');
      return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    };
    const [read, counted] = [reads.filter((sql) => sql.includes('json_group_array(start)')), reads.filter((sql) => !sql.includes('json_group_array(start)'))];
    // The case matrix counts first, and with few quotes reads its segments (the matrix's filters);
    // code × case counts (no filters). Every code's codings, whichever codes a table shows.
    expect([read.length, counted.length]).toEqual([1, 2]);
    expect(reads.filter((sql) => sql.includes('code_id IN'))).toEqual([]);
    for (const sql of reads) {
      expect(plan(sql)).not.toMatch(/TEMP B-TREE/);
      expect(plan(sql)).toMatch(/SEARCH s USING COVERING INDEX sqlite_autoindex_segment_1/);
      expect(plan(sql)).toMatch(/SEARCH x USING COVERING INDEX sqlite_autoindex_coding_1 \(segment_id=\?\)/);
    }
  });
});
