/**
 * What keeps tables fast on the reference corpus (issue 13) must not change what they say: a
 * table of more quotes than its cells show gives the same counts without them, counts and codings
 * kept between tables follow every change to the project, and a table built in a job's worker
 * thread (its cells as JSON for the way back, passed on unread) is the table built inline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { buildTable, QUOTES_IN_CELLS } from '../../../main/analysis/tables.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { passedResultJson } from '../../../main/jobs/passed-json.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { TableRequest, tableKinds, type CrossTable, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { bundleJobWorkers } from '../jobs/worker-bundle.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('scale');
});
afterEach(() => t.dispose());

const store = () => t.session.context().store;
const table = (request: Request, scope?: 'all') => buildTable(store(), TableRequest.parse(request), scope);
const code = (path: string) => findCodeByPath(store(), ...(path.split('/') as [string, string]))!.id;
const counts = (built: CrossTable) => built.cells.map((row) => row.map((cell) => cell.count));
const quotes = (built: CrossTable) => built.cells.flat().reduce((n, cell) => n + cell.segments.length, 0);

/** One case's document, coded Valence/Negative as a whole and Valence/Positive and STEEPL/Economic at `spans` one-character spans. */
function codeSpans(spans: number): number {
  const ctx = t.session.context();
  const caseId = createCase(ctx, 'Many', null).id;
  pasteText(ctx, caseId, 'long', 'x'.repeat(QUOTES_IN_CELLS + 10));
  const documentId = listDocuments(ctx.store)[0]!.id;
  applyCode(ctx, { documentId, start: 0, end: QUOTES_IN_CELLS + 10, codeId: code('Valence/Negative') });
  // Thousands of codings: written as applyCode writes them, in one transaction (one undo step each would take seconds).
  store().db.transaction(() => {
    for (let i = 0; i < spans; i++) addSpan(documentId, i);
  })();
  return documentId;
}

function addSpan(documentId: number, at: number): void {
  const { db } = store();
  const coderId = db.prepare('SELECT id FROM coder WHERE name = ?').pluck().get('Ada') as number;
  const now = new Date().toISOString();
  const segmentId = db.prepare(`INSERT INTO segment (guid, document_id, start, "end", quote, created_by, created_at) VALUES (?, ?, ?, ?, 'x', ?, ?)`)
    .run(randomUUID(), documentId, at, at + 1, coderId, now).lastInsertRowid;
  for (const codeId of [code('Valence/Positive'), code('STEEPL/Economic')]) {
    db.prepare('INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)').run(randomUUID(), segmentId, codeId, coderId, now);
  }
}

describe('tables on large projects', () => {
  it('gives counts where a table would show more quotes than its cells show, and exports every quote', () => {
    // The whole document's Negative and QUOTES_IN_CELLS - 1 Positive spans: as many quotes as a case matrix shows.
    const documentId = codeSpans(QUOTES_IN_CELLS - 1);
    const matrix = { kind: 'case-matrix', groupBy: 'none' } as const;
    const shown = table(matrix);
    expect([shown.display, shown.quotesLeftOut, quotes(shown)]).toEqual(['quotes', undefined, QUOTES_IN_CELLS]);

    addSpan(documentId, QUOTES_IN_CELLS - 1);
    const counted = table(matrix);
    expect([counted.display, counted.quotesLeftOut, quotes(counted)]).toEqual(['counts', true, 0]);
    const exported = table(matrix, 'all');
    expect([exported.display, exported.quotesLeftOut, quotes(exported)]).toEqual(['quotes', undefined, QUOTES_IN_CELLS + 1]);
    expect(counts(counted)).toEqual(counts(exported));
    expect(counts(counted)).toEqual(exported.cells.map((row) => row.map((cell) => cell.segments.length)));

    // A crosstab of quotes likewise (each Economic span lies in itself, Positive, and in the Negative whole).
    const crosstab = table({ kind: 'crosstab' });
    expect([crosstab.display, crosstab.quotesLeftOut, quotes(crosstab)]).toEqual(['counts', true, 0]);
    expect(counts(crosstab)).toEqual(counts(table({ kind: 'crosstab' }, 'all')));
    expect(Math.max(...counts(crosstab).flat())).toBe(QUOTES_IN_CELLS);
    // A table of counts is one, not a table whose quotes were left out.
    expect(table({ kind: 'crosstab', countsOnly: true }).quotesLeftOut).toBeUndefined();
  });

  it('counts again after every change, by this connection or by another', () => {
    importCaseTable(t.session.context(), 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
    const total = (built: CrossTable) => built.cells[built.rows.findIndex((r) => r.key === 'total')]!;
    const positive = (built: CrossTable) => total(built)[built.columns.findIndex((c) => c.key === String(code('Valence/Positive')))]!.count;
    // Co-occurrence's diagonal: the codings kept for the tables that read segments, not the counts.
    const coded = (built: CrossTable) => {
      const at = built.rows.findIndex((r) => r.key === String(code('Valence/Positive')));
      return built.cells[at]![at]!.count;
    };
    const before = positive(table({ kind: 'code-case' }));
    expect(before).toBeGreaterThan(0);
    expect(coded(table({ kind: 'cooccurrence' }))).toBe(before);
    // The case matrix reads the counts code × case kept.
    const matrix = table({ kind: 'case-matrix', groupBy: 'none' });
    const column = matrix.columns.findIndex((c) => c.label === 'Positive');
    expect(matrix.cells.reduce((n, row) => n + row[column]!.count, 0)).toBe(before);

    const documentId = listDocuments(store())[0]!.id;
    applyCode(t.session.context(), { documentId, start: 0, end: 3, codeId: code('Valence/Positive') });
    expect(positive(table({ kind: 'code-case' }))).toBe(before + 1);
    expect(coded(table({ kind: 'cooccurrence' }))).toBe(before + 1);

    // Another connection's commit: how a job's worker thread sees the app's changes.
    const other = new Database(store().path);
    try {
      other.prepare('DELETE FROM coding WHERE code_id = ?').run(code('Valence/Positive'));
    } finally {
      other.close();
    }
    expect(positive(table({ kind: 'code-case' }))).toBe(0);
    expect(coded(table({ kind: 'cooccurrence' }))).toBe(0);
  });

  it('builds the same table in a worker thread through the dispatch as inline', async () => {
    const workers = await bundleJobWorkers();
    try {
      const ctx = t.session.context();
      importCaseTable(ctx, 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
      const { codes } = getCodebook(ctx.store);
      const documentId = listDocuments(ctx.store)[0]!.id;
      codes.slice(0, 6).forEach((c, i) => applyCode(ctx, { documentId, start: i, end: i + 5, codeId: c.id }));
      const dispatch = createDispatch(t.session, () => {});
      for (const kind of tableKinds) {
        for (const request of [{ kind }, { kind, count: 'cases' as const, title: 'Titled', groupBy: 'none' as const }]) {
          const result = await dispatch('tables.build', request);
          expect(result.ok).toBe(true);
          // Its cells still the worker's JSON, unread on this thread, which a front door sends as they came.
          expect(Buffer.concat(passedResultJson(result) ?? []).toString('utf8')).toBe(JSON.stringify({ ok: true, value: table(request) }));
          expect(result.ok && result.value).toEqual(table(request));
        }
      }
    } finally {
      workers.dispose();
    }
  });
});
