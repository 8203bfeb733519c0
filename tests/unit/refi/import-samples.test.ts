/**
 * Imports every real export in ../shared/refi-qda/samples. Expected counts were read from the
 * XML by hand (and with an independent Python script over the same files); quotes are the
 * vendor's own text at the vendor's offsets.
 */
import { describe, expect, test } from 'vitest';
import { codePointLength } from '../../../shared/offsets.js';
import { importRefi } from '../../../main/refi/import.js';
import type { RefiImportReport } from '../../../main/refi/uncarried.js';
import { hasShared, memoryContext, quoteAt, sample, skipReason, tableCounts, type TableCounts } from './helpers.js';

if (!hasShared) console.warn(skipReason);

async function load(name: string) {
  const ctx = memoryContext();
  const report = await importRefi(ctx, name, sample(name));
  return { ctx, report, counts: tableCounts(ctx.store) };
}

function notCarried(report: RefiImportReport, kind: string): number {
  return report.notCarried.find((u) => u.kind === kind)?.count ?? 0;
}

/** Every stored quote is exactly the document text between its code-point positions. */
function expectQuotesMatchText(ctx: ReturnType<typeof memoryContext>): void {
  const rows = ctx.store
    .prepare('SELECT s.start, s."end" AS "end", s.quote, d.text FROM segment s JOIN document d ON d.id = s.document_id')
    .all() as { start: number; end: number; quote: string; text: string }[];
  for (const row of rows) {
    expect([...row.text].slice(row.start, row.end).join('')).toBe(row.quote);
    expect(row.end).toBeLessThanOrEqual(codePointLength(row.text));
  }
}

function expectCounts(counts: TableCounts, expected: Partial<TableCounts>): void {
  expect(Object.fromEntries(Object.keys(expected).map((k) => [k, counts[k as keyof TableCounts]]))).toEqual(expected);
}

describe.skipIf(!hasShared)('REFI-QDA samples', () => {
  test('NVivo Windows 12.6: UTF-16 offsets over BOM + CRLF text with emoji', async () => {
    const { ctx, report, counts } = await load('nvivo-win-12.6_oltas.qdpx');
    // 97 selections on 20 distinct ranges (one selection per coding); 97 distinct codings.
    expectCounts(counts, { coder: 2, framework: 1, code: 60, case_: 1, document: 1, segment: 20, coding: 97 });
    expect(report.created).toMatchObject({ documents: 1, segments: 20, codings: 97, codes: 60, coders: 2 });
    expect(report.notCarried).toEqual([]);
    const text = (ctx.store.prepare('SELECT text FROM document').get() as { text: string }).text;
    expect(text.includes('\r')).toBe(false);
    expect(text.startsWith('\uFEFF')).toBe(false);
    const quotes = (ctx.store.prepare('SELECT quote FROM segment ORDER BY start').all() as { quote: string }[]).map((r) => r.quote);
    // After the first emoji (UTF-16 2610): code-point offsets would cut these mid-word.
    expect(quotes).toContain('Nem tehetik kötelezővé! 😡😡');
    expect(quotes).toContain('A Politikusoknak kötemező, ja leszavazták maguknak!');
    expect(quotes).toContain('Záhertorta egy alkesz nulla.');
    expect(quotes.find((q) => q.startsWith('Rohadt életbe, hogy az emberre'))?.endsWith('ami csak ajánlott 😤😤😤')).toBe(true);
    // A selection ending on a CRLF ends on its LF.
    expect(quotes.find((q) => q.startsWith('köszönjük 3 tanárt vesztünk el'))?.endsWith('éretségizni jövőre\n')).toBe(true);
    expect(quotes[0]!.startsWith('Na mi van? Nem mertétek kötelezővé tenni?')).toBe(true);
    expectQuotesMatchText(ctx);
    expect(report.notes.some((n) => n.text.includes('UTF-16') && String(n.params.unit).startsWith('utf16'))).toBe(true);
  });

  test('NVivo Mac 15: deep hierarchy, sources/.root, one-line XML', async () => {
    const { ctx, counts } = await load('nvivo-mac-15.0_qc-project.qdpx');
    expectCounts(counts, { coder: 2, framework: 1, code: 262, case_: 2, document: 2, segment: 0, coding: 0 });
    const depth = ctx.store
      .prepare(`WITH RECURSIVE d(id, n) AS (SELECT id, 1 FROM code WHERE parent_id IS NULL
                UNION ALL SELECT c.id, d.n + 1 FROM code c JOIN d ON c.parent_id = d.id) SELECT max(n) AS n FROM d`)
      .get() as { n: number };
    expect(depth.n).toBe(7);
    const names = ctx.store.prepare("SELECT name FROM coder ORDER BY name").all() as { name: string }[];
    expect(names.map((n) => n.name)).toEqual(['chrisp', 'cp']);
  });

  test('MAXQDA 24.7: coloured, described codes, document sets', async () => {
    const { ctx, counts } = await load('maxqda-24.7_icls-themes.qdpx');
    expectCounts(counts, { coder: 1, code: 307, document: 10, case_: 10, segment: 0, code_set: 2, set_member: 10 });
    const top = ctx.store.prepare('SELECT count(*) AS n FROM code WHERE parent_id IS NULL').get() as { n: number };
    expect(top.n).toBe(18);
    const described = ctx.store.prepare("SELECT count(*) AS n FROM code WHERE description != '' AND color LIKE '#%'").get() as { n: number };
    expect(described.n).toBe(307);
    const doc = ctx.store.prepare("SELECT text FROM document WHERE name = 'ICLS 2024 3-10'").get() as { text: string };
    expect(doc.text.startsWith('Map')).toBe(true);
    expect(codePointLength(doc.text)).toBe(33881);
  });

  test('ATLAS.ti Win 23.2: codes only, pseudo-user', async () => {
    const { ctx, counts } = await load('atlasti-win-23.2_target-project.qdpx');
    expectCounts(counts, { coder: 2, framework: 1, code: 3, document: 0 });
    const child = ctx.store.prepare("SELECT p.name FROM code c JOIN code p ON p.id = c.parent_id WHERE c.name = '2022-05-10T02:05:59Z 19e4dce'").get() as { name: string };
    expect(child.name).toBe('Commits');
  });

  test('ATLAS.ti 8.4 (spec Annex A.2), a bare .qde: media, graphs and missing texts are reported', async () => {
    const { report, counts } = await load('atlasti-8.4_spec-annexA2_project.qde');
    expectCounts(counts, { coder: 3, code: 14, document: 6, case_: 6, segment: 0, coding: 0, memo: 2, code_set: 16 });
    expect(notCarried(report, 'pdf source')).toBe(2);
    expect(notCarried(report, 'picture source')).toBe(1);
    expect(notCarried(report, 'audio source')).toBe(1);
    expect(notCarried(report, 'video source')).toBe(2);
    expect(notCarried(report, 'graph')).toBe(1);
    expect(notCarried(report, 'link')).toBe(1);
    expect(notCarried(report, 'text of a source (file not in the package)')).toBe(6);
    // 8 text selections: 6 in TextSources (no text here), 2 in a PDF's text representation.
    expect(notCarried(report, 'selection in a source without text')).toBe(6);
    expect(notCarried(report, 'selection in a pdf source')).toBe(6);
    // 16 codings: 7 in TextSources, 2 on the picture, 6 in the PDF, 1 on a video.
    expect(notCarried(report, 'coding in a source without text')).toBe(7);
    expect(notCarried(report, 'coding in a picture source')).toBe(2);
    expect(notCarried(report, 'coding in a pdf source')).toBe(6);
    expect(notCarried(report, 'coding in a video source')).toBe(1);
    // Named as a sociologist knows them, not by GUID: a coding by its picture, a set's member by its name.
    const named = (kind: string) => report.notCarried.find((u) => u.kind === kind)!;
    expect(named('coding in a picture source')).toEqual({ kind: 'coding in a picture source', count: 2, examples: ['cornflakes-n-milk.jpg'] });
    expect(named('set member not carried').examples).toContain('Images: cornflakes-n-milk.jpg');
    expect(named('set member not carried').more).toBe(true);
    expect(JSON.stringify(report.notCarried)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    const ownCases = report.notes.find((n) => n.code === 'sourceOwnCase')!.params;
    expect(ownCases.count).toBe(6);
    // Five of the six named, and «…» for the one not: the list said 6 and named 5 with nothing after.
    expect(String(ownCases.examples).split(', ')).toHaveLength(6);
    expect(String(ownCases.examples).endsWith(', …')).toBe(true);
  });

  test('f4analyse 2025.2.9: memo-only selections and notes by NoteRef', async () => {
    const { report, counts } = await load('f4analyse-2025.2.9_project.qde');
    expectCounts(counts, { coder: 0, code: 1, document: 4, case_: 4, memo: 3 });
    expect(notCarried(report, 'selection in a source without text')).toBe(4);
    expect(notCarried(report, 'coding in a source without text')).toBe(2);
    expect(notCarried(report, 'text of a note (file not in the package)')).toBe(3);
  });

  test('qc 1.3.2: paths without internal://, several codings per selection, user on the coding', async () => {
    const { ctx, counts } = await load('qc-1.3.2_demo.qdpx');
    expectCounts(counts, { coder: 1, code: 262, document: 2, case_: 2, segment: 158, coding: 205 });
    const names = (ctx.store.prepare('SELECT name FROM document ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['admin-1', 'board_2017']);
    expect(quoteAt(ctx.store, 'board_2017', 320, 400)).toBe('This district goal is engage every student in joyful, purposeful learning that \n');
    expect(quoteAt(ctx.store, 'board_2017', 1373, 1446)).toBe('that all students feel empowered by complex problem solving in computer \n');
    expectQuotesMatchText(ctx);
  });

  test('Taguette 1.4.1 codebook (.qdc with an empty, invalid <Sets/>)', async () => {
    const { counts } = await load('taguette-1.4.1_codebook.qdc');
    expectCounts(counts, { code: 3, framework: 1, code_set: 0, document: 0 });
  });

  test('an import is one undoable step', async () => {
    const { importRefi: run } = await import('../../../main/refi/import.js');
    const { undo } = await import('../../../main/db/history.js');
    const ctx = memoryContext();
    await run(ctx, 'qc-1.3.2_demo.qdpx', sample('qc-1.3.2_demo.qdpx'));
    undo(ctx.store);
    expect(Object.values(tableCounts(ctx.store)).every((n) => n === 0)).toBe(true);
  });
});
