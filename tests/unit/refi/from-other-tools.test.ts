/**
 * Packages as other tools write them: positions in mixed units inside one document, quotes
 * that are nowhere at their position, oversized texts, thousands of namesakes, and a
 * CaseCoder export coming back into a fresh project.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { importLimits } from '../../../main/import/limits.js';
import { importRefi } from '../../../main/refi/import.js';
import { exportQdpx } from '../../../main/refi/write-package.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase } from '../../../main/services/cases.js';
import { createCode, removeCode } from '../../../main/services/codebook.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { memoryContext, tableCounts } from './helpers.js';
import { qdpx, type TestCode } from './package.js';
import { MAX_CODE_DEPTH } from '../../../shared/code-tree.js';

const CODE = '5b8f3c1e-0000-4000-8000-000000000001';
const codes = [{ guid: CODE, name: 'Theme' }];

// CRLF line endings and astral characters before the quoted words: every unit reads differently.
const raw = 'Grüße 😀😀\r\nZweite Zeile 🎉 hier\r\nDritte Zeile endet.';
const utf16 = (s: string) => s.length;
const codePoints = (s: string) => [...s.replace(/\r\n/g, '\n')].length;
/** The selection of `quote` in `raw`, counted with `measure` (UTF-16 with CRLF as two, or code points with CRLF as one). */
const select = (quote: string, measure: (s: string) => number, name = quote) => {
  const at = raw.indexOf(quote);
  return { start: measure(raw.slice(0, at)), end: measure(raw.slice(0, at + quote.length)), name, codeGuid: CODE };
};

function quotes(ctx: ReturnType<typeof memoryContext>): string[] {
  return (ctx.store.prepare('SELECT quote FROM segment ORDER BY start').all() as { quote: string }[]).map((r) => r.quote);
}

let session: TestSession | undefined;
afterEach(() => {
  session?.dispose();
  session = undefined;
  vi.restoreAllMocks();
});

describe('REFI-QDA packages from other tools', () => {
  test('places each selection by its quoted text when one document mixes UTF-16 and code-point positions', async () => {
    const ctx = memoryContext();
    const file = qdpx({
      origin: 'QualCoder 3.6',
      codes,
      sources: [{ name: 'Interview', text: raw, selections: [
        select('hier', utf16), select('Zweite Zeile', codePoints), select('Dritte Zeile', codePoints), select('endet', utf16),
      ] }],
    });
    const report = await importRefi(ctx, 'mixed.qdpx', file);
    expect(quotes(ctx)).toEqual(['Zweite Zeile', 'hier', 'Dritte Zeile', 'endet']);
    expect(report.notCarried).toEqual([]);
    expect(report.notes.filter((n) => n.code === 'placedByQuote').map((n) => n.text)).toEqual(expect.arrayContaining([
      '2 selection(s) in "Interview" were placed one by one by their quoted text, as UTF-16 units with CRLF counted as two.',
      '2 selection(s) in "Interview" were placed one by one by their quoted text, as code points with CRLF counted as one.',
    ]));
  });

  test('lists a selection whose quote is at its position in no unit, instead of shifting it', async () => {
    const ctx = memoryContext();
    const shifted = { ...select('hier', utf16), start: 3, end: 7 };
    const file = qdpx({ codes, sources: [{ name: 'Interview', text: raw, selections: [select('Zweite Zeile', codePoints), shifted, select('endet', codePoints)] }] });
    const report = await importRefi(ctx, 'shifted.qdpx', file);
    expect(quotes(ctx)).toEqual(['Zweite Zeile', 'endet']);
    expect(report.notCarried).toEqual([
      { kind: 'selection whose quoted text is not at its position', count: 1, examples: ['Interview 3-7: hier'] },
      { kind: 'coding of a selection that could not be placed', count: 1, examples: ['Interview'] },
    ]);
    expect(tableCounts(ctx.store).coding).toBe(2);
  });

  test("whether names are quotes is the package's verdict: a source whose only quote is shifted has it listed, first or last", async () => {
    // As QualCoder writes names (the quoted text), every position then moved on by one.
    const at = (text: string, quote: string, shift = 0) => {
      const start = [...text.slice(0, text.indexOf(quote))].length + shift;
      return { start, end: start + [...quote].length, name: quote, codeGuid: CODE };
    };
    const good = 'Зарплаты низкие, жильё дорогое, горы красивые.';
    const bad = 'Ёлки-палки! Всё дорого.';
    const sources = [
      { name: 'int1', text: good, selections: [at(good, 'Зарплаты низкие'), at(good, 'жильё дорогое'), at(good, 'горы красивые')] },
      { name: 'int2', text: bad, selections: [at(bad, 'Ёлки-палки', 1)] },
    ];
    for (const order of [sources, [...sources].reverse()]) {
      const ctx = memoryContext();
      const report = await importRefi(ctx, 'shift.qdpx', qdpx({ origin: 'QualCoder 3.6', codes, sources: order }));
      expect(quotes(ctx)).toEqual(['Зарплаты низкие', 'жильё дорогое', 'горы красивые']);
      expect(report.notCarried[0]).toEqual({ kind: 'selection whose quoted text is not at its position', count: 1, examples: ['int2 1-11: Ёлки-палки'] });
      expect(listDocuments(ctx.store).map((d) => d.name)).toEqual(order.map((source) => source.name));
    }
  });

  test('lists its documents as read from a REFI-QDA package, in UTF-8 (`casecoder documents` showed neither)', async () => {
    const ctx = memoryContext();
    await importRefi(ctx, 'study.qdpx', qdpx({ origin: 'QualCoder 3.6', codes, sources: [{ name: 'int1', text: 'Зарплаты низкие.', selections: [] }] }));
    expect(listDocuments(ctx.store).map((d) => [d.name, d.format, d.encoding])).toEqual([['int1', 'refi', 'utf-8']]);
  });

  test("a CaseCoder package's names are its quotes, even where it has a single named selection", async () => {
    const ctx = memoryContext();
    const text = 'Low wages. High rent.';
    const file = qdpx({ origin: 'CaseCoder', codes, sources: [{ name: 'Notes', text, selections: [
      { start: 1, end: 10, name: 'Low wages', codeGuid: CODE }, { start: 11, end: 21, codeGuid: CODE },
    ] }] });
    const report = await importRefi(ctx, 'ours.qdpx', file);
    expect(quotes(ctx)).toEqual(['High rent.']);
    expect(report.notCarried[0]).toMatchObject({ kind: 'selection whose quoted text is not at its position', count: 1 });
  });

  test('names that are labels, not quotes, leave the positions to the whole-document reading', async () => {
    const ctx = memoryContext();
    const file = qdpx({ codes, sources: [{ name: 'Interview', text: raw, selections: [
      select('hier', codePoints, 'line:2'), select('Dritte Zeile', codePoints, 'line:3'),
    ] }] });
    const report = await importRefi(ctx, 'labels.qdpx', file);
    expect(quotes(ctx)).toEqual(['hier', 'Dritte Zeile']);
    expect(report.notCarried).toEqual([]);
  });

  test('refuses a text source longer than the document limit, naming the limit, and writes nothing', async () => {
    const ctx = memoryContext();
    const before = tableCounts(ctx.store);
    const file = qdpx({ codes, stored: true, sources: [{ name: 'Huge', text: Buffer.alloc(importLimits.maxTextChars + 1, 'a') }] });
    await expect(importRefi(ctx, 'huge.qdpx', file)).rejects.toMatchObject({
      code: 'textTooLong', params: expect.objectContaining({ limit: importLimits.maxTextChars }),
    });
    expect(tableCounts(ctx.store)).toEqual(before);
  });

  test(`refuses codes nested deeper than ${MAX_CODE_DEPTH} levels, which the project's next open would refuse, and writes nothing (review-hostile-1207 #3)`, async () => {
    const ctx = memoryContext();
    const before = tableCounts(ctx.store);
    let deepest: TestCode = { name: `Level ${MAX_CODE_DEPTH + 1}` };
    for (let level = MAX_CODE_DEPTH; level >= 1; level--) deepest = { name: `Level ${level}`, children: [deepest] };
    await expect(importRefi(ctx, 'deep.qdpx', qdpx({ codes: [deepest], sources: [] }))).rejects.toMatchObject({
      code: 'refiInvalid', params: expect.objectContaining({ why: 'codeTooDeep', limit: MAX_CODE_DEPTH }),
    });
    expect(tableCounts(ctx.store)).toEqual(before);
  });

  test('stamps a coding whose creationDateTime is no xsd:dateTime with the import\'s time, keeping a valid one (review-hostile-1207 #6)', async () => {
    const ctx = memoryContext();
    const at = (quote: string, codedAt: string) => ({ ...select(quote, codePoints), codedAt });
    await importRefi(ctx, 'dates.qdpx', qdpx({ codes, sources: [{ name: 'Interview', text: raw, selections: [at('hier', 'not a date'), at('endet', '2020-05-01T10:00:00+02:00')] }] }));
    const dates = (ctx.store.prepare('SELECT created_at FROM coding ORDER BY id').all() as { created_at: string }[]).map((r) => r.created_at);
    expect(dates[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(dates[1]).toBe('2020-05-01T10:00:00+02:00');
  });

  test('10,000 same-named categories get unique names with linear work, and a bounded report', async () => {
    const ctx = memoryContext();
    const file = qdpx({ codes: Array.from({ length: 10_000 }, () => ({ name: 'Theme', isCodable: false, children: [] })), sources: [] });
    const prepare = vi.spyOn(ctx.store, 'prepare');
    const report = await importRefi(ctx, 'namesakes.qdpx', file);
    const names = getCodebook(ctx.store).frameworks.map((f) => f.name);
    expect(new Set(names).size).toBe(10_000);
    expect(names).toContain('Theme (10000)');
    // A few statements per framework; asking the database per candidate name was quadratic.
    expect(prepare.mock.calls.length).toBeLessThan(10 * 10_000);
    expect(report.notes.length).toBeLessThanOrEqual(10);
  });

  test('a CaseCoder export imported into a fresh project lands on its own Valence and STEEPL', async () => {
    session = newTestSession('Ada');
    session.session.createProject('first');
    const exported = await exportQdpx(session.session.context().store);
    session.session.createProject(join(session.home, 'projects', 'second.casecoder'));
    const ctx = session.session.context();
    const report = await importRefi(ctx, 'first.qdpx', exported);
    expect(getCodebook(ctx.store).frameworks.map((f) => f.name)).toEqual(['Valence', 'STEEPL']);
    expect(report.created.frameworks).toBe(0);
    expect(report.created.codes).toBe(0);
  });

  test("a code added to STEEPL comes in under the project's own STEEPL, with its codings, not as a second STEEPL", async () => {
    session = newTestSession('Boris');
    session.session.createProject('teammate', undefined, 'ru');
    const teammate = session.session.context();
    const economic = findCodeByPath(teammate.store, 'STEEPL', 'Экономические')!;
    const housing = createCode(teammate, { frameworkId: economic.frameworkId, parentId: economic.id, name: 'Жильё', description: '' });
    const anna = createCase(teammate, 'Anna', null);
    pasteText(teammate, anna.id, 'Anna interview', 'Rent is high. Slow internet.');
    const documentId = listDocuments(teammate.store)[0]!.id;
    applyCode(teammate, { documentId, start: 0, end: 13, codeId: housing.id });
    applyCode(teammate, { documentId, start: 14, end: 27, codeId: findCodeByPath(teammate.store, 'STEEPL', 'Технологические')!.id });
    const exported = await exportQdpx(teammate.store);
    session.session.createProject(join(session.home, 'projects', 'fresh.casecoder'), undefined, 'ru');
    const ctx = session.session.context();
    const report = await importRefi(ctx, 'teammate.qdpx', exported);
    const book = getCodebook(ctx.store);
    expect(book.frameworks.map((f) => f.name)).toEqual(['Валентность', 'STEEPL']);
    expect(report.created).toMatchObject({ frameworks: 0, codes: 1 });
    const parent = ctx.store.prepare("SELECT p.name FROM code c JOIN code p ON p.id = c.parent_id WHERE c.name = 'Жильё'").pluck().all();
    expect(parent).toEqual(['Экономические']);
    const coded = ctx.store.prepare('SELECT k.name FROM coding g JOIN code k ON k.id = g.code_id ORDER BY g.id').pluck().all();
    expect(coded).toEqual(['Жильё', 'Технологические']);
    expect(report.notes.map((n) => n.code)).not.toContain('frameworkRenamed');
    expect(report.notes.find((n) => n.code === 'frameworkExtended')?.params).toEqual({ name: 'STEEPL', count: 1, examples: 'Экономические/Жильё' });
  });

  test('a STEEPL that lacks one of our codes, or differs in exclusivity, comes in as a framework of its own', async () => {
    session = newTestSession('Boris');
    session.session.createProject('teammate', undefined, 'en');
    const teammate = session.session.context();
    removeCode(teammate, { id: findCodeByPath(teammate.store, 'STEEPL', 'Legal')!.id });
    teammate.store.prepare("UPDATE framework SET exclusive = 0 WHERE name = 'Valence'").run();
    const exported = await exportQdpx(teammate.store);
    session.session.createProject(join(session.home, 'projects', 'fresh.casecoder'), undefined, 'en');
    const ctx = session.session.context();
    const report = await importRefi(ctx, 'teammate.qdpx', exported);
    expect(getCodebook(ctx.store).frameworks.map((f) => f.name)).toEqual(['Valence', 'STEEPL', 'Valence (2)', 'STEEPL (2)']);
    expect(report.created.frameworks).toBe(2);
  });

  test("an English project's export lands on a Russian project's Valence and STEEPL, its codings on their codes", async () => {
    session = newTestSession('Boris');
    session.session.createProject('english', undefined, 'en');
    const english = session.session.context();
    const anna = createCase(english, 'Anna', null);
    pasteText(english, anna.id, 'Anna interview', 'Slow internet, high rent.');
    const documentId = listDocuments(english.store)[0]!.id;
    for (const [framework, code] of [['Valence', 'Negative'], ['STEEPL', 'Technological']]) {
      applyCode(english, { documentId, start: 0, end: 13, codeId: findCodeByPath(english.store, framework!, code!)!.id });
    }
    const exported = await exportQdpx(english.store);
    session.session.createProject(join(session.home, 'projects', 'russian.casecoder'), undefined, 'ru');
    const ctx = session.session.context();
    const report = await importRefi(ctx, 'english.qdpx', exported);
    const book = getCodebook(ctx.store);
    expect(book.frameworks.map((f) => [f.name, f.exclusive])).toEqual([['Валентность', true], ['STEEPL', false]]);
    expect(report.created).toMatchObject({ frameworks: 0, codes: 0 });
    const coded = ctx.store.prepare('SELECT k.name FROM coding g JOIN code k ON k.id = g.code_id ORDER BY k.id').pluck().all();
    expect(coded).toEqual(['Негативное', 'Технологические']);
  });
});
