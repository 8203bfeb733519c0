/**
 * A framework × framework table counts a row code's segment only where a column code applies to
 * it, so a STEEPL segment with no Valence code is in no cell: the table says how many of each row
 * code it leaves out, and no longer that all selected segments are counted, on screen and in the
 * exports' notes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildTable, exportedTable } from '../../../main/analysis/tables.js';
import { uncountedNote } from '../../../main/analysis/uncounted-note.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { exportTable } from '../../../main/export/index.js';
import { listCases } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable, pasteText } from '../../../main/services/text-import.js';
import { TableRequest, type ExportFormat, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { paragraphText, parseXml, unzip, all } from '../export/ooxml.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('uncounted');
  const ctx = t.session.context();
  // Every cell of the case table becomes a document coded with its column's valence.
  importCaseTable(ctx, 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
});
afterEach(() => t.dispose());

const codeId = (path: string) => {
  const [framework, code] = path.split('/') as [string, string];
  return findCodeByPath(t.session.context().store, framework, code)!.id;
};
const build = (request: Request) => buildTable(t.session.context().store, TableRequest.parse(request));
const row = (request: Request, label: string) => {
  const table = build(request);
  return table.cells[table.rows.findIndex((r) => r.label === label)]!.map((c) => c.count);
};

/** A document of case 1 with no valence, its spans coded with STEEPL codes only. */
function codeWithoutValence(...paths: string[]) {
  const ctx = t.session.context();
  const text = 'Fibre came to the village. Rents doubled. Trains are late.';
  pasteText(ctx, listCases(ctx).find((c) => c.name === '1')!.id, 'Field notes', text);
  const documentId = ctx.store.db.prepare("SELECT id FROM document WHERE name = 'Field notes'").pluck().get() as number;
  paths.forEach((path, i) => applyCode(ctx, { documentId, start: i * 10, end: i * 10 + 8, codeId: codeId(path) }));
}

describe('a framework cross-tab\'s uncounted segments', () => {
  it('are counted per row code and said under the table, in place of "all counted"', () => {
    const slow = 'Slow internet in the suburbs.';
    const ctx = t.session.context();
    const documentId = ctx.store.db.prepare('SELECT id FROM document WHERE text LIKE ?').pluck().get(`%${slow}%`) as number;
    applyCode(ctx, { documentId, start: 0, end: slow.length, codeId: codeId('STEEPL/Technological') });
    const counted = build({ kind: 'crosstab' });
    expect(counted.uncountedNote).toBeUndefined();
    expect(counted.filterNote).toBe('All selected cases, documents and coders.');

    codeWithoutValence('STEEPL/Technological', 'STEEPL/Economic', 'STEEPL/Economic');
    const table = build({ kind: 'crosstab' });
    expect(row({ kind: 'crosstab' }, 'Technological')).toEqual([0, 1, 0]);
    expect(table.uncountedNote).toBe('Not counted (no code of Valence): 1 segment coded Technological; 2 segments coded Economic.');
    expect(table.filterNote).toBe('No filters (selected cases only).');
    const russian = build({ kind: 'crosstab', language: 'ru', countsOnly: true });
    expect(russian.uncountedNote).toBe('Не учтены (нет кода схемы «Valence»): 1 сегмент с кодом «Technological»; 2 сегмента с кодом «Economic».');
    expect(russian.filterNote).toBe('Фильтров нет (только отобранные кейсы).');
    expect(build({ kind: 'crosstab', language: 'kk' }).filterNote).toBe('Сүзгі жоқ (тек іріктелген кейстер).');
    // Other kinds count every segment they show: nothing to say.
    expect(build({ kind: 'code-case' }).uncountedNote).toBeUndefined();
  });

  it('are in the note of the DOCX, XLSX, HTML, Markdown and JSON exports', async () => {
    codeWithoutValence('STEEPL/Technological');
    const store = t.session.context().store;
    const request = TableRequest.parse({ kind: 'crosstab', countsOnly: true, number: 3 });
    const file = async (format: ExportFormat) => exportTable(exportedTable(store, request, format), format);
    const sentence = 'Not counted (no code of Valence): 1 segment coded Technological.';
    const note = `Note. No filters (selected cases only). ${sentence} Counts are of coded segments.`;
    const docx = parseXml((await unzip(await file('docx'))).get('word/document.xml')!);
    expect(all(docx, 'w:p').map(paragraphText)).toContain(note);
    // The note's row on the table's sheet, wherever the workbook keeps its strings.
    const workbook = [...(await unzip(await file('xlsx'))).entries()].filter(([name]) => name.startsWith('xl/')).map(([, xml]) => xml).join('');
    expect(workbook).toContain(note);
    expect((await file('html')).toString('utf8')).toContain(sentence);
    expect((await file('md')).toString('utf8')).toContain(sentence);
    expect(JSON.parse((await file('json')).toString('utf8')).uncountedNote).toBe(sentence);
  });

  it('are named with the plural each language asks for', () => {
    const say = (language: 'en' | 'ru' | 'kk', segments: number) => uncountedNote(language, 'Valence', [{ code: 'Legal', segments }]);
    expect([1, 2, 5, 21].map((n) => say('ru', n))).toEqual([
      'Не учтены (нет кода схемы «Valence»): 1 сегмент с кодом «Legal».',
      'Не учтены (нет кода схемы «Valence»): 2 сегмента с кодом «Legal».',
      'Не учтены (нет кода схемы «Valence»): 5 сегментов с кодом «Legal».',
      'Не учтены (нет кода схемы «Valence»): 21 сегмент с кодом «Legal».',
    ]);
    expect(say('kk', 3)).toBe('Есептелмеген («Valence» схемасының коды жоқ): «Legal» коды бар 3 үзінді.');
    expect(say('en', 1)).toBe('Not counted (no code of Valence): 1 segment coded Legal.');
    expect(say('en', 0)).toBeUndefined();
  });

  it('name the codes with the most past eight, and sum the rest, in each language', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `C${i + 1}`, segments: i === 3 ? 1 : i + 10 }));
    // Eight are named in the table's order, as a reader checks them against it.
    expect(uncountedNote('en', 'Valence', rows(8))).toBe(
      `Not counted (no code of Valence): ${rows(8).map((r) => `${r.segments} segment${r.segments === 1 ? '' : 's'} coded ${r.code}`).join('; ')}.`,
    );
    // 179 rows of a 500-code codebook: the five largest, then the other 174 summed.
    const many = rows(179);
    const named = [...many].sort((a, b) => b.segments - a.segments).slice(0, 5);
    const rest = many.reduce((sum, r) => sum + r.segments, 0) - named.reduce((sum, r) => sum + r.segments, 0);
    expect(uncountedNote('en', 'Valence', many)).toBe(
      `Not counted (no code of Valence): ${named.map((r) => `${r.segments} segments coded ${r.code}`).join('; ')}; and 174 other codes: ${rest.toLocaleString('en-US')} segments.`,
    );
    expect(uncountedNote('ru', 'Valence', many)).toContain(`; и ещё 174 кода: ${rest.toLocaleString('ru-RU')} сегментов.`);
    expect(uncountedNote('kk', 'Valence', many)).toContain(`; және тағы 174 код: ${rest.toLocaleString('kk-KZ')} үзінді.`);
    expect(uncountedNote('ru', 'Valence', rows(9))).toContain('; и ещё 4 кода: 34 сегмента.');
  });
});
