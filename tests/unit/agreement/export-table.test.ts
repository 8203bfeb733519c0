/**
 * The agreement figures as a table file (main/agreement/export-table.ts): the Agreement tab's
 * figures, each in its cell, in the export's language, with what they were computed over and
 * how in the note; through the contract as the tab and `casecoder agreement --format` ask.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementReport } from '../../../main/agreement/build-report.js';
import { agreementCrossTable } from '../../../main/agreement/export-table.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { exportTable } from '../../../main/export/index.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import type { CrossTable } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { callThrough } from '../../../main/cli/call.js';
import { all, parseXml, readWorkbook, unzip } from '../export/ooxml.js';

let t: TestSession;
let interview: number;
let notes: number;

function codeAs(coder: string, documentId: number, start: number, end: number, path: string) {
  t.session.settings.setCoderName(coder);
  const [framework, name] = path.split('/') as [string, string];
  applyCode(t.session.context(), { documentId, start, end, codeId: findCodeByPath(t.session.context().store, framework, name)!.id });
}

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('agreement');
  const ctx = t.session.context();
  pasteText(ctx, createCase(ctx, 'P1', null).id, 'Interview', '😀 good net. Rents up');
  pasteText(ctx, createCase(ctx, 'P2', null).id, 'Notes', 'Only Ada coded this.');
  interview = listDocuments(ctx.store, 1)[0]!.id;
  notes = listDocuments(ctx.store, 2)[0]!.id;
  // The figures of build-report.test.ts: Positive by character 90 %, κ 0.8; Negative κ 0, α −0.3.
  codeAs('Ada', interview, 0, 10, 'Valence/Positive');
  codeAs('Ada', notes, 0, 4, 'Valence/Positive');
  codeAs('Boris', interview, 2, 10, 'Valence/Positive');
  codeAs('Boris', interview, 10, 20, 'Valence/Negative');
});
afterEach(() => t.dispose());

const report = (coders = ['Ada', 'Boris']) => agreementReport(t.session.context().store, { coders, frameworkId: 1 });
const rowCells = (table: CrossTable, label: string) => {
  const r = table.rows.findIndex((row) => row.label === label);
  expect(r, label).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(table.columns.map((column, c) => [column.key, table.cells[r]![c]!.text ?? table.cells[r]![c]!.count]));
};

describe('the agreement figures as a table', () => {
  it("puts each framework's and code's figures in their cells, by character and by segment", () => {
    const table = agreementCrossTable(report());
    expect(table.title).toBe('Inter-coder agreement: Ada and Boris');
    expect(table.rows.map((row) => [row.role, row.label])).toEqual([
      ['heading', 'Frameworks'], ['data', 'Valence'],
      ['heading', 'Codes'], ['data', 'Valence/Positive'], ['data', 'Valence/Negative'], ['data', 'Valence/Forecast'],
    ]);
    expect(table.columns.map((c) => c.label)).toEqual([
      ...['Agreement', 'κ', 'α', 'Units'].map((f) => `Character by character/${f}`),
      ...['Agreement', 'κ', 'α', 'Units'].map((f) => `By segment (overlap ≥ 0.5)/${f}`),
    ]);
    expect(rowCells(table, 'Valence/Positive')).toEqual({
      'character:percent': '90.0%', 'character:kappa': '0.800', 'character:alpha': '0.803', 'character:units': '20',
      'segment:percent': '100.0%', 'segment:kappa': '1.000', 'segment:alpha': '1.000', 'segment:units': '2',
    });
    expect(rowCells(table, 'Valence/Negative')).toMatchObject({ 'character:kappa': '0.000', 'character:alpha': '-0.300' });
    expect(rowCells(table, 'Valence')).toMatchObject({ 'character:percent': '40.0%', 'character:kappa': '0.200', 'segment:units': '2' });
    // 0/0 is n/a with its reason's number, the reason given once in the note.
    expect(rowCells(table, 'Valence/Forecast')).toMatchObject({ 'character:percent': 'n/a [1]', 'character:kappa': 'n/a [2]', 'character:alpha': 'n/a [2]' });
    expect(table.filterNote).toContain('Agreement between Ada and Boris over 1 document (20 code points).');
    expect(table.filterNote).toContain('1 document left out: not every coder coded it.');
    expect(table.filterNote).toContain('[1] None of these coders applied it: there is nothing to agree on.');
    expect(table.filterNote).toContain('[2] Every value is the same, so the figure is 0/0: there is no variation to agree on.');
    expect(table.filterNote).toMatch(/is at least 0\.5, every two segments/);
    expect(table.filterNote).not.toContain('listed as skipped');
  });

  it('leaves kappa out for three coders, as it compares two', () => {
    codeAs('Cem', interview, 0, 10, 'Valence/Positive');
    const table = agreementCrossTable(report(['Ada', 'Boris', 'Cem']));
    expect(table.columns.map((c) => c.key)).toEqual(['character', 'segment'].flatMap((m) => ['percent', 'alpha', 'units'].map((f) => `${m}:${f}`)));
    expect(table.title).toBe('Inter-coder agreement: Ada, Boris, and Cem');
  });

  it('is worded and its figures written in the language asked for', async () => {
    const russian = agreementCrossTable(report(), { language: 'ru', number: '2' });
    expect(russian.title).toBe('Согласие кодировщиков: Ada и Boris');
    expect(russian.rows.filter((row) => row.role === 'heading').map((row) => row.label)).toEqual(['Схемы кодирования', 'Коды']);
    expect(russian.columns[0]!.label).toBe('Посимвольно/Согласие');
    expect(rowCells(russian, 'Valence/Positive')).toMatchObject({ 'character:percent': '90,0\u00a0%', 'character:kappa': '0,800' });
    expect(rowCells(russian, 'Valence/Negative')).toMatchObject({ 'character:alpha': '−0,300' });
    expect(rowCells(russian, 'Valence/Forecast')).toMatchObject({ 'character:percent': 'н/д [1]', 'character:kappa': 'н/д [2]' });
    expect(russian.filterNote).toContain('Не вошёл 1 документ: его закодировали не все.');
    expect(russian.filterNote).toContain('[1] Никто из этих кодировщиков его не применял');
    expect(russian.filterNote).toContain('[2] Все значения одинаковы');
    const docx = await exportTable(russian, 'docx');
    const body = (await unzip(docx)).get('word/document.xml')!;
    expect(body).toContain('Таблица 2.');
    expect(body).toContain('Схема кодирования или код');
    const kazakh = agreementCrossTable(report(), { language: 'kk' });
    expect(kazakh.title).toBe('Кодтаушылардың келісімі: Ada және Boris');
    expect(rowCells(kazakh, 'Valence/Forecast')).toMatchObject({ 'character:kappa': 'ж/о [2]' });
    for (const table of [russian, kazakh]) expect(`${table.filterNote} ${table.columns.map((c) => c.label).join(' ')}`).not.toMatch(/Agreement|Character|segment|Units|n\/a/);
  });

  it("says in the workbook's About sheet what its cells show", async () => {
    const strings = (await unzip(await exportTable(agreementCrossTable(report()), 'xlsx'))).get('xl/sharedStrings.xml')!;
    expect(strings).toContain('Percent agreement, kappa and alpha, and the units compared');
    expect(strings).not.toContain('>Counts<');
  });

  it('writes the units in thousands as the note does, and as a grouped number in the workbook', async () => {
    const whole = report();
    const many = { ...whole, frameworks: whole.frameworks.map((f) => ({ ...f, character: { ...f.character, units: 1046 } })) };
    expect(rowCells(agreementCrossTable(many), 'Valence')).toMatchObject({ 'character:units': '1,046' });
    expect(rowCells(agreementCrossTable(many, { language: 'ru' }), 'Valence')).toMatchObject({ 'character:units': '1\u00a0046' });
    const book = await readWorkbook(await exportTable(agreementCrossTable(many), 'xlsx'));
    const row = book.grid('Table').find((cells) => cells?.[0]?.value === 'Valence')!;
    const styles = parseXml(book.files.get('xl/styles.xml')!);
    const codes = new Map(all(styles, 'numFmt').map((f) => [f.attributes.numFmtId, f.attributes.formatCode]));
    const xfs = all(all(styles, 'cellXfs')[0]!, 'xf');
    expect({ value: row[4]!.value, format: codes.get(xfs[row[4]!.style]!.attributes.numFmtId) }).toEqual({ value: 1046, format: '#,##0' });
  });

  it('gives the workbook its figures as numbers in their formats, n/a as text', async () => {
    const book = await readWorkbook(await exportTable(agreementCrossTable(report(), { language: 'ru' }), 'xlsx'));
    const grid = book.grid('Таблица');
    const row = grid.find((cells) => cells?.[0]?.value === 'Valence/Positive')!;
    // 90 %, κ 0.800, α 0.803 (build-report.test.ts), then the 20 units: numbers a spreadsheet computes with.
    expect(row.slice(1, 5).map((cell) => cell!.value)).toEqual([0.9, 0.8, 1 - 156 / 792, 20]);
    const styles = parseXml(book.files.get('xl/styles.xml')!);
    const codes = new Map(all(styles, 'numFmt').map((f) => [f.attributes.numFmtId, f.attributes.formatCode]));
    const xfs = all(all(styles, 'cellXfs')[0]!, 'xf');
    expect(row.slice(1, 4).map((cell) => codes.get(xfs[cell!.style]!.attributes.numFmtId))).toEqual(['0.0%', '0.000', '0.000']);
    const forecast = grid.find((cells) => cells?.[0]?.value === 'Valence/Forecast')!;
    expect(forecast[2]).toMatchObject({ value: 'н/д [2]', type: 's' });
  });

  it('is exported through the contract in any format, the figures those the tab shows', async () => {
    const call = callThrough(createDispatch(t.session, () => {}), []);
    const file = await call('agreement.export', { request: { coders: ['Ada', 'Boris'], frameworkId: 1 }, format: 'md', language: 'ru', title: 'Надёжность кодирования' });
    expect(file.fileName).toMatch(/\.md$/);
    expect(file.title).toBe('Надёжность кодирования');
    const md = Buffer.from(file.content, 'base64').toString('utf8');
    expect(md).toContain('**Надёжность кодирования**');
    expect(md).toMatch(/^\| Valence\/Positive \| 90,0\u00a0% \| 0,800 \| 0,803 \| 20 \|/m);
    await expect(call('agreement.export', { request: { coders: ['Ada', 'Nobody'] }, format: 'md' })).rejects.toMatchObject({ code: 'unknownCoder' });
    await expect(call('agreement.export', { request: { coders: ['Ada', 'Boris'] }, format: 'pdf' as 'md' })).rejects.toMatchObject({ code: 'invalidInput' });
  });
});
