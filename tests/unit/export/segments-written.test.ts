/**
 * An analysis table is exported with the segments its format writes and no others (issue 13:
 * a table of counts exported as counts read every cell's segments and quotes, most of the time
 * of exporting it). What each format writes must not change: every kind, counting and format
 * exported so is byte for byte the export of the table with every cell's segments.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTable, exportedTable } from '../../../main/analysis/tables.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { exportTable } from '../../../main/export/index.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { exportFormats, TableRequest, tableKinds, type ExportFormat, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('written');
  // XLSX and DOCX carry the time they were written.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
});
afterEach(() => {
  vi.useRealTimers();
  t.dispose();
});

const store = () => t.session.context().store;

/** Cases in two groups and none, coded at seeded random spans (some nested, some shared by two coders) with codes of every framework. */
function codeRandomly(): void {
  const ctx = t.session.context();
  const groups = [createGroup(ctx, 'A').id, createGroup(ctx, 'B').id, null];
  ['P', 'Q', 'R'].forEach((name, i) => pasteText(ctx, createCase(ctx, name, groups[i]!).id, name, `${name} said "=1+1", then, "quoted"; `.repeat(12)));
  const codes = getCodebook(ctx.store).codes;
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const spans: Parameters<typeof applyCode>[1][] = [];
  for (const coder of ['Ada', 'Boris']) {
    t.session.settings.setCoderName(coder);
    for (const document of listDocuments(ctx.store)) {
      for (let i = 0; i < 12; i++) {
        const start = next(300);
        const span = coder === 'Boris' && i % 4 === 0 ? spans[next(spans.length)]! : { documentId: document.id, start, end: start + 1 + next(next(2) ? 8 : 80), codeId: codes[next(codes.length)]!.id };
        applyCode(ctx, span);
        spans.push(span);
      }
    }
  }
}

const requests: Request[] = [
  ...tableKinds.flatMap((kind): Request[] => [
    { kind },
    { kind, appendix: true },
    { kind, count: 'passages' },
    { kind, count: 'cases', groupBy: 'none', appendix: true },
  ]),
  { kind: 'crosstab', countsOnly: true },
  { kind: 'crosstab', countsOnly: true, appendix: true },
  { kind: 'code-case', filters: { coders: ['Boris'] }, appendix: true },
];

const exported = (request: Request, format: ExportFormat, scope?: 'all') => {
  const query = TableRequest.parse(request);
  return exportTable(scope ? buildTable(store(), query, scope) : exportedTable(store(), query, format), format);
};

/** The SQL of every statement run while `run` builds a table. */
function statements(run: () => unknown): string[] {
  const spy = vi.spyOn(store(), 'prepare');
  try {
    run();
    return spy.mock.calls.map(([sql]) => sql);
  } finally {
    spy.mockRestore();
  }
}

// The reads an export of counts does without: the segments behind cells (their spans) and their quotes.
const readsSpans = (sql: string) => sql.includes('json_group_array(start)');
const readsQuotes = (sql: string) => /SELECT id, quote FROM segment/.test(sql);

describe('an analysis table exported', () => {
  it('writes in every format what the table with every cell\'s segments writes', async () => {
    codeRandomly();
    // Every kind has cells with segments behind them (code × case in its total row too): there is something to leave out.
    for (const kind of tableKinds) {
      const full = buildTable(store(), TableRequest.parse({ kind }), 'all');
      const rolesWithSegments = new Set(full.rows.filter((_, r) => full.cells[r]!.some((cell) => cell.segments.length > 0)).map((row) => row.role));
      expect([kind, [...rolesWithSegments].sort()]).toEqual([kind, kind === 'code-case' ? ['data', 'subtotal', 'total'] : ['data']]);
    }
    for (const request of requests) {
      for (const format of exportFormats) {
        const [written, everything] = await Promise.all([exported(request, format), exported(request, format, 'all')]);
        expect([JSON.stringify(request), format, written.equals(everything)]).toEqual([JSON.stringify(request), format, true]);
      }
    }
  });

  it('reads no segment for counts it exports as counts, and every segment and quote a format writes', () => {
    codeRandomly();
    const query = (request: Request) => TableRequest.parse(request);
    const codeCase = query({ kind: 'code-case' });
    for (const format of ['csv', 'xlsx', 'docx', 'md'] as const) {
      expect(statements(() => exportedTable(store(), codeCase, format)).filter((sql) => readsSpans(sql) || readsQuotes(sql))).toEqual([]);
    }
    // Co-occurrence and a crosstab of counts are counted from the segments' spans, never their
    // quotes: the spans read once, and kept for the next table of the same filters (kept-readings.ts).
    const counted = statements(() => {
      for (const request of [query({ kind: 'cooccurrence' }), query({ kind: 'crosstab', countsOnly: true })]) exportedTable(store(), request, 'csv');
    });
    expect([counted.filter(readsSpans).length, counted.some(readsQuotes)]).toEqual([1, false]);
    // Those that print them read their quotes: a case matrix's quotes, HTML's segment ids, the appendix's quotes.
    for (const [request, format] of [[query({ kind: 'case-matrix' }), 'csv'], [codeCase, 'html'], [query({ kind: 'code-case', appendix: true }), 'xlsx']] as const) {
      const read = statements(() => exportedTable(store(), request, format));
      expect([request.kind, format, read.some(readsQuotes)]).toEqual([request.kind, format, true]);
    }
  });
});
