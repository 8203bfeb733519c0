/**
 * Codes left out of a table by choice (review-study-1207 #4): the study's Table 3 is STEEPL ×
 * Positive/Negative, without the Forecast column every cross-tab had. The builder drops the rows
 * and columns of the codes left out, its note names them (so the reader of an exported table
 * knows the columns are not the whole framework), every export carries both, and a cell's
 * evidence is that of the table shown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildTable, cellEvidence, exportedTable } from '../../../main/analysis/tables.js';
import { leftOutNote } from '../../../main/analysis/uncounted-note.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { exportTable } from '../../../main/export/index.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable } from '../../../main/services/text-import.js';
import { CellEvidenceRequest, TableRequest, type CrossTable, type ExportFormat, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { all, paragraphText, parseXml, unzip } from '../export/ooxml.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('left-out');
  const ctx = t.session.context();
  // Every cell of the case table becomes a document coded with its column's valence.
  importCaseTable(ctx, 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
  codeQuote('Slow internet in the suburbs.', 'STEEPL/Technological');
  codeQuote('Taxes for freelancers are low', 'STEEPL/Economic');
  codeQuote('prices went up by a third', 'STEEPL/Economic');
  // Inside the forecast document only: in the Forecast column, which Table 3 leaves out.
  codeQuote('I will stay for another year.', 'STEEPL/Political');
});
afterEach(() => t.dispose());

const codeId = (path: string) => {
  const [framework, code] = path.split('/') as [string, string];
  return findCodeByPath(t.session.context().store, framework, code)!.id;
};
const store = () => t.session.context().store;
const build = (request: Request) => buildTable(store(), TableRequest.parse(request));

function codeQuote(quote: string, path: string) {
  const ctx = t.session.context();
  const found = ctx.store.db.prepare('SELECT id, instr(text, ?) - 1 AS at FROM document WHERE instr(text, ?) > 0').get(quote, quote) as { id: number; at: number };
  applyCode(ctx, { documentId: found.id, start: found.at, end: found.at + quote.length, codeId: codeId(path) });
}

const counts = (table: CrossTable) => Object.fromEntries(table.rows.map((row, r) => [row.label, table.cells[r]!.map((cell) => cell.count)]));
const table3 = (): Request => ({ kind: 'crosstab', leaveOut: { rows: [codeId('STEEPL/Legal')], columns: [codeId('Valence/Forecast')] } });

describe('codes left out of a table', () => {
  it('take their column and row out of a cross-tab, and its note names them in each language', () => {
    const table = build(table3());
    expect(table.columns.map((c) => c.label)).toEqual(['Positive', 'Negative']);
    expect(table.rows.map((r) => r.label)).toEqual(['Sociocultural', 'Technological', 'Economic', 'Environmental', 'Political']);
    expect(counts(table)).toMatchObject({ Technological: [0, 1], Economic: [1, 1], Political: [0, 0] });
    expect(table.leftOutNote).toBe('Codes left out of the table by choice: Legal (STEEPL); Forecast (Valence).');
    // The Political segment is in the column left out, not one with no valence: nothing uncounted.
    expect(table.uncountedNote).toBeUndefined();
    // Not every segment is counted, so the filters do not say "all".
    expect(table.filterNote).toBe('No filters (selected cases only).');
    expect(build({ ...table3(), language: 'ru' }).leftOutNote).toBe('Коды, исключённые из таблицы по выбору исследователя: «Legal» (схема «STEEPL»); «Forecast» (схема «Valence»).');
    expect(build({ ...table3(), language: 'kk' }).leftOutNote).toBe('Зерттеушінің таңдауымен кестеге енгізілмеген кодтар: «Legal» («STEEPL» схемасы); «Forecast» («Valence» схемасы).');
    // Without the choice: three columns, the Forecast one holding the Political segment.
    const whole = build({ kind: 'crosstab' });
    expect(counts(whole)).toMatchObject({ Political: [0, 0, 1] });
    expect(whole.leftOutNote).toBeUndefined();
    expect(whole.filterNote).toBe('All selected cases, documents and coders.');
  });

  it('take their column out of a case matrix, a code × case table and a co-occurrence table', () => {
    const forecast = codeId('Valence/Forecast');
    const matrix = build({ kind: 'case-matrix', leaveOut: { columns: [forecast] } });
    expect(matrix.columns.map((c) => c.label)).toEqual(['Positive', 'Negative']);
    expect(counts(matrix)).toMatchObject({ 1: [1, 1], 2: [1, 0], 3: [1, 1] });
    expect(matrix.leftOutNote).toBe('Codes left out of the table by choice: Forecast (Valence).');
    // Every framework's codes but one: each column is still named with its framework.
    const codeCase = build({ kind: 'code-case', leaveOut: { columns: [forecast, codeId('STEEPL/Legal')] } });
    expect(codeCase.columns.map((c) => c.label)).not.toContain('Valence/Forecast');
    expect(codeCase.columns.map((c) => c.label)).toContain('STEEPL/Political');
    expect(codeCase.cells.at(-1)![codeCase.columns.findIndex((c) => c.label === 'STEEPL/Political')]!.count).toBe(1);
    expect(codeCase.leftOutNote).toBe('Codes left out of the table by choice: Forecast (Valence); Legal (STEEPL).');
    const cooccurrence = build({ kind: 'cooccurrence', leaveOut: { rows: [forecast] } });
    expect(cooccurrence.rows.map((r) => r.label)).not.toContain('Valence/Forecast');
    expect(cooccurrence.columns.map((c) => c.label)).not.toContain('Valence/Forecast');
    expect(cooccurrence.leftOutNote).toBe(codeCase.leftOutNote!.replace('; Legal (STEEPL)', ''));
  });

  it('leave a cell\'s evidence as the table shows it', () => {
    const request = table3();
    const page = (row: string, column: string) =>
      cellEvidence(store(), CellEvidenceRequest.parse({ request, row: String(codeId(row)), column: String(codeId(column)) }));
    expect(page('STEEPL/Economic', 'Valence/Negative').segments.map((s) => s.quote)).toEqual(['prices went up by a third']);
    expect(page('STEEPL/Political', 'Valence/Forecast').total).toBe(0);
  });

  it('are refused when not a code of their axis, or when every code of it is left out', () => {
    const refusal = (request: Request) => {
      try {
        build(request);
      } catch (error) {
        return [(error as { code: string }).code, (error as { params: Record<string, string> }).params];
      }
      return null;
    };
    expect(refusal({ kind: 'crosstab', leaveOut: { columns: [codeId('STEEPL/Legal')] } })).toEqual(['leftOutNotInColumns', { code: 'STEEPL/Legal' }]);
    expect(refusal({ kind: 'case-matrix', leaveOut: { rows: [codeId('Valence/Forecast')] } })).toEqual(['leftOutNotInRows', { code: 'Valence/Forecast' }]);
    const valence = ['Positive', 'Negative', 'Forecast'].map((code) => codeId(`Valence/${code}`));
    expect(refusal({ kind: 'case-matrix', leaveOut: { columns: valence } })).toEqual(['leftOutEveryCode', { framework: 'Valence' }]);
  });

  it('are left out of every export, whose note names them', async () => {
    const request = TableRequest.parse({ ...table3(), number: 3, countsOnly: true });
    const file = async (format: ExportFormat) => exportTable(exportedTable(store(), request, format), format);
    const sentence = 'Codes left out of the table by choice: Legal (STEEPL); Forecast (Valence).';
    const docx = parseXml((await unzip(await file('docx'))).get('word/document.xml')!);
    expect(all(docx, 'w:p').map(paragraphText)).toContain(`Note. No filters (selected cases only). ${sentence} Counts are of coded segments.`);
    // A label column and two value columns.
    expect(all(all(docx, 'w:tbl')[0]!, 'w:gridCol')).toHaveLength(3);
    const workbook = [...(await unzip(await file('xlsx'))).entries()].filter(([name]) => name.startsWith('xl/')).map(([, xml]) => xml).join('');
    expect(workbook).toContain(sentence);
    expect(workbook).not.toContain('Forecast<');
    // The About sheet says it too, beside the filters.
    expect(workbook).toContain('>Codes left out<');
    expect((await file('html')).toString('utf8')).toContain(sentence);
    expect((await file('md')).toString('utf8')).toContain(sentence);
    const json = JSON.parse((await file('json')).toString('utf8')) as { leftOutNote: string; columns: { label: string }[] };
    expect(json.leftOutNote).toBe(sentence);
    expect(json.columns.map((c) => c.label)).toEqual(['Positive', 'Negative']);
    expect((await file('csv')).toString('utf8').split('\r\n')[0]).toBe('\uFEFFSTEEPL,Positive,Negative');
  });

  it('are named one by one up to eight, then the first five and how many more', () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${i + 1}`);
    expect(leftOutNote('en', [{ framework: 'A', codes: codes(8) }])).toBe(`Codes left out of the table by choice: ${codes(8).join(', ')} (A).`);
    expect(leftOutNote('en', [{ framework: 'A', codes: codes(3) }, { framework: 'B', codes: codes(7) }])).toBe(
      'Codes left out of the table by choice: C1, C2, C3 (A); C1, C2 (B); and 5 other codes.',
    );
    expect(leftOutNote('ru', [{ framework: 'A', codes: codes(12) }])).toContain('; и ещё 7 кодов.');
    expect(leftOutNote('en', [])).toBeUndefined();
  });
});
