/**
 * Memos beside what they belong to in table exports (issue 10): the project's and those of the
 * table's cases (rows) and codes (columns), in every format, only when there are any, in the
 * table's language, and as inert text (memo text is user input).
 */
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrossTable } from '../../../shared/tables.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { writeCsv } from '../../../main/export/csv.js';
import { writeDocx } from '../../../main/export/docx.js';
import { writeHtml } from '../../../main/export/html.js';
import { exportTable } from '../../../main/export/index.js';
import { writeJson } from '../../../main/export/json.js';
import { writeMarkdown } from '../../../main/export/markdown.js';
import type { TableMemo } from '../../../main/export/memo-text.js';
import { analysisTableOwners, tableMemos } from '../../../main/export/table-memos.js';
import { writeXlsx } from '../../../main/export/xlsx.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { createMemo } from '../../../main/services/memos.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { all, first, parseXml, readWorkbook, textOf, unzip } from './ooxml.js';
import { controlCharacters, sampleTable } from './sample-table.js';

const memos: TableMemo[] = [
  { on: 'project', title: 'План', text: 'Десять интервью к марту.' },
  { on: 'case', key: 'case:1', label: 'П1', title: '=HYPERLINK("http://x")', text: '=1+1\n@коллеги; -2 <b>жирно</b> & | *звёзды*' },
  { on: 'code', key: 'positive', label: 'Позитивные', title: '', text: `Строка 1\r\nСтрока 2 ${controlCharacters}` },
];

describe('tableMemos reads the memos of the project and of the cases and codes a table shows', () => {
  let t: TestSession;
  beforeEach(() => {
    t = newTestSession('Ada');
    t.session.createProject('memos');
  });
  afterEach(() => t.dispose());

  it('in table order, each once, nothing of what the table does not show', () => {
    const ctx = t.session.context();
    const anna = createCase(ctx, 'Anna', null).id;
    const boris = createCase(ctx, 'Boris', null).id;
    const other = createCase(ctx, 'Other', null).id;
    const [positive, negative] = getCodebook(ctx.store).codes;
    const table: CrossTable = {
      ...sampleTable,
      kind: 'case-matrix',
      rows: [{ key: 'heading:x', label: 'x', role: 'heading' }, { key: String(boris), label: 'Boris', role: 'data' }, { key: String(anna), label: 'Anna', role: 'data' }],
      columns: [{ key: String(positive!.id), label: positive!.name }, { key: String(negative!.id), label: negative!.name }],
      cells: [],
    };
    expect(tableMemos(ctx.store, table, analysisTableOwners(table.kind))).toEqual([]);

    createMemo(ctx, { kind: 'case', id: anna }, 'A1', 'first on Anna');
    createMemo(ctx, { kind: 'case', id: anna }, 'A2', 'second on Anna');
    createMemo(ctx, { kind: 'case', id: boris }, 'B', 'on Boris');
    createMemo(ctx, { kind: 'case', id: other }, 'O', 'on a case not in the table');
    createMemo(ctx, { kind: 'code', id: negative!.id }, 'N', 'on Negative');
    createMemo(ctx, { kind: 'project', id: null }, 'P', 'on the project');
    pasteText(ctx, anna, 'Interview', 'Some text.');
    const documentId = ctx.store.prepare('SELECT id FROM document').pluck().get() as number;
    createMemo(ctx, { kind: 'document', id: documentId }, 'D', 'on a document');

    expect(tableMemos(ctx.store, table, analysisTableOwners(table.kind))).toEqual([
      { on: 'project', title: 'P', text: 'on the project' },
      { on: 'case', key: String(boris), label: 'Boris', title: 'B', text: 'on Boris' },
      { on: 'case', key: String(anna), label: 'Anna', title: 'A1', text: 'first on Anna' },
      { on: 'case', key: String(anna), label: 'Anna', title: 'A2', text: 'second on Anna' },
      { on: 'code', key: String(negative!.id), label: negative!.name, title: 'N', text: 'on Negative' },
    ]);
    // Codes × codes (co-occurrence): a code's memos once, with its row.
    const codes = table.columns.map((c) => ({ ...c, role: 'data' as const }));
    const cooccurrence = { ...table, kind: 'cooccurrence' as const, rows: codes };
    expect(tableMemos(ctx.store, cooccurrence, analysisTableOwners('cooccurrence')).map((m) => m.title)).toEqual(['P', 'N']);
    // Keys that name no case or code (a comparison's groups): only the project's.
    expect(tableMemos(ctx.store, table, {}).map((m) => m.title)).toEqual(['P']);
    // "case:N" keys (the summaries table) name cases too.
    const summaries = { ...table, rows: [{ key: `case:${boris}`, label: 'Boris', role: 'data' as const }] };
    expect(tableMemos(ctx.store, summaries, { rows: 'case' }).map((m) => m.title)).toEqual(['P', 'B']);
  });
});

describe('memos in each export format', () => {
  it('CSV: a block after a blank line, every line as wide, formulas neutralised', () => {
    const rows = parse(writeCsv(sampleTable, memos).toString('utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([4]));
    const block = rows.slice(-5);
    expect(block[0]!.every((field) => field === '')).toBe(true);
    expect(block.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['Memo on', 'Title', 'Memo'],
      ['Project', 'План', 'Десять интервью к марту.'],
      ['Case: П1', `'=HYPERLINK("http://x")`, "'=1+1\n'@коллеги; -2 <b>жирно</b> & | *звёзды*"],
      ['Code: Позитивные', '', `Строка 1\nСтрока 2 ${controlCharacters}`],
    ]);
    expect(writeCsv(sampleTable, []).equals(writeCsv(sampleTable))).toBe(true);
    expect(writeCsv(sampleTable).toString('utf8')).not.toContain('Memo');
  });

  it('XLSX: a Memos sheet of text cells, only when there are memos', async () => {
    const table = { ...sampleTable, appendix: false };
    expect((await readWorkbook(await writeXlsx(table))).sheetNames).toEqual(['Table', 'About']);
    const book = await readWorkbook(await writeXlsx(table, memos));
    expect(book.sheetNames).toEqual(['Table', 'About', 'Memos']);
    const grid = book.grid('Memos');
    expect(grid.map((row) => row.map((cell) => cell?.value))).toEqual([
      ['Memo on', 'Title', 'Memo'],
      ['Project', 'План', 'Десять интервью к марту.'],
      ['Case: П1', '=HYPERLINK("http://x")', '=1+1\n@коллеги; -2 <b>жирно</b> & | *звёзды*'],
      ['Code: Позитивные', '', 'Строка 1\nСтрока 2 вертикальныйтабнульзвонокконец'],
    ]);
    expect(grid[2]!.every((cell) => cell?.type === 's')).toBe(true);
    for (const xml of book.files.values()) expect(xml).not.toMatch(/<f[\s>]/);
    // Printed, its long texts wrap within the page's width instead of running onto pages of their own.
    expect(first(book.sheets.get('Memos')!, 'pageSetUpPr')?.attributes).toMatchObject({ fitToPage: '1' });
  });

  it('DOCX: a Memos section after the table, each under what it is on, its lines as paragraphs', async () => {
    const plain = await unzip(await writeDocx(sampleTable));
    expect(plain.get('word/document.xml')).not.toContain('Memos');
    const files = await unzip(await writeDocx(sampleTable, memos));
    const body = parseXml(files.get('word/document.xml')!);
    const paragraphs = all(body, 'w:p').map(textOf);
    const at = paragraphs.indexOf('Memos');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at + 1)).toEqual([
      'Project План', 'Десять интервью к марту.',
      'Case: П1 =HYPERLINK("http://x")', '=1+1', '@коллеги; -2 <b>жирно</b> & | *звёзды*',
      'Code: Позитивные', 'Строка 1', 'Строка 2 вертикальныйтабнульзвонокконец',
    ]);
  });

  it('Markdown: a Memos list, the text kept literal', () => {
    const md = writeMarkdown(sampleTable, memos).toString('utf8');
    expect(writeMarkdown(sampleTable).toString('utf8')).not.toContain('Memos');
    expect(md).toContain('\n**Memos**\n\n- **Project** *План*: Десять интервью к марту.\n');
    expect(md).toContain('- **Case: П1** *=HYPERLINK("http://x")*: =1+1<br>@коллеги; -2 \\<b\\>жирно\\</b\\> \\& \\| \\*звёзды\\*\n');
    expect(md).toContain('- **Code: Позитивные**: Строка 1<br>Строка 2');
  });

  it('HTML: a Memos section of escaped text, still well-formed XML', () => {
    const html = writeHtml(sampleTable, memos).toString('utf8');
    expect(writeHtml(sampleTable).toString('utf8')).not.toContain('class="memos"');
    const page = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''));
    const section = all(page, 'section').find((s) => s.attributes.class === 'memos')!;
    expect(textOf(all(section, 'h2')[0]!)).toBe('Memos');
    expect(all(section, 'dt').map(textOf)).toEqual(['Project План', 'Case: П1 =HYPERLINK("http://x")', 'Code: Позитивные']);
    expect(all(section, 'dd').map(textOf)).toEqual([
      'Десять интервью к марту.', '=1+1\n@коллеги; -2 <b>жирно</b> & | *звёзды*', 'Строка 1\nСтрока 2 вертикальныйтабнульзвонокконец',
    ]);
    expect(all(section, 'b')).toEqual([]);
  });

  it('JSON: a memos field naming what each is on, only when there are memos', () => {
    expect(JSON.parse(writeJson(sampleTable).toString('utf8'))).not.toHaveProperty('memos');
    expect(JSON.parse(writeJson(sampleTable, memos).toString('utf8')).memos).toEqual([
      { on: 'project', title: 'План', text: 'Десять интервью к марту.' },
      { on: 'case', key: 'case:1', label: 'П1', title: '=HYPERLINK("http://x")', text: '=1+1\n@коллеги; -2 <b>жирно</b> & | *звёзды*' },
      { on: 'code', key: 'positive', label: 'Позитивные', title: '', text: `Строка 1\r\nСтрока 2 ${controlCharacters}` },
    ]);
  });

  it('in the table language, through exportTable for every format', async () => {
    const ru = { ...sampleTable, language: 'ru' as const };
    const md = (await exportTable(ru, 'md', memos)).toString('utf8');
    expect(md).toContain('**Мемо**');
    expect(md).toContain('- **Кейс: П1**');
    expect(md).toContain('- **Код: Позитивные**');
    const kk = (await exportTable({ ...sampleTable, language: 'kk' }, 'csv', memos)).toString('utf8');
    expect(kk).toContain('Мемо нысаны,Тақырыбы,Мемо мәтіні');
    expect(kk).toContain('Жоба,План');
    const book = await readWorkbook(await exportTable(ru, 'xlsx', memos));
    expect(book.sheetNames).toContain('Мемо');
    // What a memo is attached to, named as a Russian table would name the column (it read «К чему»).
    expect(book.grid('Мемо')[0]!.map((cell) => cell?.value)).toEqual(['Объект мемо', 'Заголовок', 'Текст мемо']);
    expect(JSON.parse((await exportTable(ru, 'json', memos)).toString('utf8')).memos).toHaveLength(3);
    expect((await exportTable(ru, 'html', memos)).toString('utf8')).toContain('<h2>Мемо</h2>');
    expect((await unzip(await exportTable(ru, 'docx', memos))).get('word/document.xml')).toContain('Кейс: П1');
  });
});

describe('the Tables export through the one door', () => {
  it('writes the memos of the cases in the table beside it', async () => {
    const t = newTestSession('Ada');
    try {
      t.session.createProject('memos');
      const ctx = t.session.context();
      const anna = createCase(ctx, 'Anna', null).id;
      createMemo(ctx, { kind: 'case', id: anna }, 'Context', 'Arrived in 2019; works two jobs.');
      const dispatch = createDispatch(t.session, () => {});
      const result = await dispatch('tables.export', { request: { kind: 'code-case' }, format: 'md' });
      if (!result.ok) throw new Error(result.error.message);
      const { content } = result.value as { content: string };
      expect(Buffer.from(content, 'base64').toString('utf8')).toContain('Arrived in 2019; works two jobs.');
    } finally {
      t.dispose();
    }
  });
});
