import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listCases } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { undo } from '../../../main/db/history.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { createCase } from '../../../main/services/cases.js';
import { importCaseTable, importTextFile } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('study');
});
afterEach(() => t.dispose());

const allSegments = () =>
  querySegments(t.session.context().store, { sort: 'position', descending: false, offset: 0, limit: 1000 }).rows;

describe('case table import', () => {
  it('makes each row a case and each non-empty cell a document coded whole with its column', () => {
    const ctx = t.session.context();
    const report = importCaseTable(ctx, 'programmers.csv', fixture('case-table-programmers.csv'), 'Programmers');
    expect(report).toMatchObject({ casesCreated: 3, documentsCreated: 7, segmentsCreated: 7, warnings: [] });
    expect(listGroups(ctx.store).map((g) => g.name)).toEqual(['Programmers']);
    expect(listCases(ctx.store).map((c) => [c.name, c.documentCount])).toEqual([['1', 3], ['2', 2], ['3', 2]]);
    const rows = allSegments().map((s) => [s.caseName, s.codes.join(), s.quote]);
    expect(rows).toContainEqual(['2', 'Forecast', 'We plan to leave, maybe for Georgia, maybe further.']);
    expect(rows).toContainEqual(['3', 'Negative', 'Winter smog, and prices went up by a third.']);
    expect(rows.filter(([c]) => c === '2').map(([, code]) => code)).toEqual(['Positive', 'Forecast']);
  });

  it('reads a Windows-1251 table with semicolons and matches cases again on a second import', () => {
    const ctx = t.session.context();
    const report = importCaseTable(ctx, 'ru.csv', fixture('case-table-cp1251-semicolon.csv'), 'Предприниматели');
    expect(report.encoding).toBe('windows-1251');
    expect(allSegments().map((s) => [s.caseName, s.quote])).toEqual([
      ['А', 'Тёплый приём, помощь соседей.'],
      ['А', 'Дорогая аренда.'],
      ['Б', 'Нет знакомых.'],
    ]);
    const again = importCaseTable(ctx, 'ru.csv', fixture('case-table-cp1251-semicolon.csv'), 'Предприниматели');
    expect(again.casesCreated).toBe(0);
    expect(listCases(ctx.store)).toHaveLength(2);
  });

  it('makes a case named twice in the table one case', () => {
    const ctx = t.session.context();
    const report = importCaseTable(ctx, 'twice.csv', Buffer.from('Case,Positive facts\nAnna,Friendly neighbours.\nAnna,Cheap bread.\n'));
    expect(report.casesCreated).toBe(1);
    expect(listCases(ctx.store).map((c) => [c.name, c.documentCount])).toEqual([['Anna', 2]]);
  });

  it('creates a code for a column no code matches, and says so', () => {
    const ctx = t.session.context();
    const csv = Buffer.from('Case,Turning points\nX,Lost the job in March.\n');
    const report = importCaseTable(ctx, 't.csv', csv);
    expect(report.warnings).toEqual([{ code: 'codeCreated', params: { column: 'Turning points', code: 'Case table columns/Turning points' } }]);
    const { frameworks, codes } = getCodebook(ctx.store);
    const framework = frameworks.find((f) => f.name === 'Case table columns')!;
    expect(codes.filter((c) => c.frameworkId === framework.id).map((c) => c.name)).toEqual(['Turning points']);
  });

  it("puts codes made for columns in the framework the app names in the user's language", async () => {
    const dispatch = createDispatch(t.session, () => {});
    const columnFramework = 'Столбцы таблицы кейсов';
    const content = new Uint8Array(Buffer.from('Кейс,Поворотные моменты\nX,Потерял работу в марте.\n'));
    const result = await dispatch('documents.importCaseTable', { fileName: 't.csv', content, columnFramework });
    expect(result).toMatchObject({ ok: true, value: { warnings: [{ params: { code: `${columnFramework}/Поворотные моменты` } }] } });
    const { frameworks, codes } = getCodebook(t.session.context().store);
    expect(frameworks.some((f) => f.name === 'Case table columns')).toBe(false);
    expect(codes.filter((c) => c.frameworkId === frameworks.find((f) => f.name === columnFramework)!.id).map((c) => c.name)).toEqual(['Поворотные моменты']);
  });

  it('is one undoable step, and a bad table changes nothing', () => {
    const ctx = t.session.context();
    importCaseTable(ctx, 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    undo(ctx.store);
    expect(listCases(ctx.store)).toEqual([]);
    expect(listGroups(ctx.store)).toEqual([]);
    expect(() => importCaseTable(ctx, 'bad.csv', Buffer.from('only-one-column\nx\n'))).toThrow(/header row/);
    expect(() => importCaseTable(ctx, 'bad.csv', Buffer.from('Case,Positive\n1,"unterminated\n'))).toThrow(/not a readable CSV/);
    expect(listCases(ctx.store)).toEqual([]);
  });
});

describe('text import', () => {
  const variants: [string, Buffer, string][] = [
    ['utf-8', Buffer.from('Привет\r\nмир 😀'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Привет\r\nмир 😀')]), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Привет\r\nмир 😀', 'utf16le')]), 'utf-16le'],
    ['utf-16le without BOM', Buffer.from('Привет\r\nмир 😀', 'utf16le'), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Привет\r\nмир 😀', 'utf16le').swap16()]), 'utf-16be'],
  ];
  for (const [label, bytes, encoding] of variants) {
    it(`reads ${label} into the same normalised text`, () => {
      const ctx = t.session.context();
      const item = createCase(ctx, 'C', null);
      expect(importTextFile(ctx, item.id, 'interview.txt', bytes).encoding).toBe(encoding);
      const [document] = listDocuments(ctx.store, item.id);
      expect(document).toMatchObject({ name: 'interview', length: 12 });
    });
  }

  it('detects Windows-1251 Russian text', () => {
    const ctx = t.session.context();
    const item = createCase(ctx, 'C', null);
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in cp1251
    expect(importTextFile(ctx, item.id, 'old.txt', bytes).encoding).toBe('windows-1251');
  });

  it('refuses binary and empty files, leaving the case untouched', () => {
    const ctx = t.session.context();
    const item = createCase(ctx, 'C', null);
    expect(() => importTextFile(ctx, item.id, 'x.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x10]))).toThrow(/binary|not valid|zip file/);
    expect(() => importTextFile(ctx, item.id, 'e.txt', Buffer.alloc(0))).toThrow(/empty/);
    expect(listDocuments(ctx.store, item.id)).toEqual([]);
  });
});
