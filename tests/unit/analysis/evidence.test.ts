/**
 * Tables are counted in one pass and their evidence read on demand: the counts must equal a
 * plain pair-by-pair count, and a cell's evidence page must be the segments behind its count.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildTable, cellEvidence } from '../../../main/analysis/tables.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { CellEvidenceRequest, TableRequest, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('evidence');
});
afterEach(() => t.dispose());

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
const table = (request: Request) => buildTable(t.session.context().store, TableRequest.parse(request));
const evidence = (request: Request, row: string, column: string, offset = 0, limit = 200) =>
  cellEvidence(t.session.context().store, CellEvidenceRequest.parse({ request, row, column, offset, limit }));

/** Two documents coded at seeded random spans with random codes, some spans nested or equal. */
function codeRandomly(): void {
  const ctx = t.session.context();
  const caseId = createCase(ctx, 'R', null).id;
  pasteText(ctx, caseId, 'a', 'x'.repeat(400));
  pasteText(ctx, caseId, 'b', 'y'.repeat(400));
  const codes = getCodebook(ctx.store).codes;
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (const document of listDocuments(ctx.store)) {
    for (let i = 0; i < 60; i++) {
      const start = next(380);
      applyCode(ctx, { documentId: document.id, start, end: start + 1 + next(40), codeId: codes[next(codes.length)]!.id });
    }
  }
}

/** Pairs of overlapping segments per ordered pair of codes, counted pair by pair. */
function pairCounts(): Map<string, number> {
  const db = t.session.context().store.db;
  const segments = db.prepare('SELECT id, document_id AS d, start, "end" AS e FROM segment').all() as { id: number; d: number; start: number; e: number }[];
  const codesOf = new Map<number, Set<number>>();
  for (const { s, c } of db.prepare('SELECT segment_id AS s, code_id AS c FROM coding').all() as { s: number; c: number }[]) {
    codesOf.set(s, (codesOf.get(s) ?? new Set()).add(c));
  }
  const counts = new Map<string, number>();
  for (const x of segments) {
    for (const y of segments) {
      if (x.d !== y.d || !(x.start < y.e && y.start < x.e)) continue;
      for (const a of codesOf.get(x.id) ?? []) for (const b of codesOf.get(y.id) ?? []) counts.set(`${a}:${b}`, (counts.get(`${a}:${b}`) ?? 0) + 1);
    }
  }
  return counts;
}

describe('tables counted in one pass', () => {
  it('counts co-occurrence as a pair-by-pair count does, and pages each cell\'s segments', () => {
    codeRandomly();
    const built = table({ kind: 'cooccurrence' });
    const expected = pairCounts();
    let checked = 0;
    built.rows.forEach((row, r) =>
      built.columns.forEach((column, c) => {
        if (row.key === column.key) return;
        expect([row.label, column.label, built.cells[r]![c]!.count]).toEqual([row.label, column.label, expected.get(`${row.key}:${column.key}`) ?? 0]);
        checked += built.cells[r]![c]!.count;
      }),
    );
    expect(checked).toBeGreaterThan(20);
    // A table of counts carries no quotes; a cell's are read when it is opened.
    expect(built.cells.flat().every((cell) => cell.segments.length === 0)).toBe(true);
    const r = built.cells.findIndex((row, i) => row.some((cell, c) => c !== i && cell.count > 2));
    const c = built.cells[r]!.findIndex((cell, j) => j !== r && cell.count > 2);
    const all = evidence({ kind: 'cooccurrence' }, built.rows[r]!.key, built.columns[c]!.key);
    expect(all.total).toBeGreaterThan(1);
    expect(all.segments.map((s) => s.id)).toEqual([...new Set(all.segments.map((s) => s.id))]);
    const second = evidence({ kind: 'cooccurrence' }, built.rows[r]!.key, built.columns[c]!.key, 1, 1);
    expect(second).toEqual({ total: all.total, segments: [all.segments[1]] });
  });

  it('gives a code × case cell\'s segments on demand, each case labelled with its group when groups are mixed', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    importCaseTable(ctx, 'ru.csv', fixture('case-table-cp1251-semicolon.csv'), 'Entrepreneurs');
    const request: Request = { kind: 'code-case' };
    const built = table(request);
    const total = built.rows.findIndex((row) => row.key === 'total');
    const c = built.cells[total]!.findIndex((cell) => cell.count >= 2);
    const page = evidence(request, 'total', built.columns[c]!.key);
    expect(page.total).toBe(built.cells[total]![c]!.count);
    expect(page.segments.map((s) => s.caseLabel)).toContain(`Programmers · ${page.segments[0]!.caseName}`);
    // Within one group the case's name alone is clear.
    const programmersId = listGroups(ctx.store).find((g) => g.name === 'Programmers')!.id;
    const quotes = table({ kind: 'case-matrix', filters: { groupIds: [programmersId] } }).cells.flat().flatMap((cell) => cell.segments);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((s) => s.caseLabel === s.caseName)).toBe(true);
  });
});
