/**
 * The segment list exported by a team of two coders: each code says who applied it where the
 * coders differ, a code and a coder filter the list by one coding that has both, and in every
 * language nothing overprints or is broken inside a word. A user trial found «Дата кодирования»
 * wrapped in a narrow column over the first row in LibreOffice (the header had no height), the
 * group «Предприниматели» cut off in the workbook and broken as «Предпринимател|и» in Word, and
 * codes and coders side by side that read as if each coder had applied every code.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, first, parseXml, readWorkbook, unzip, wordTableCells } from './ooxml.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from '../method/helpers.js';

const LANGUAGES = ['en', 'ru', 'kk'] as const;
/** Arial 10 in LibreOffice and Excel: a line of a wrapped cell. */
const LINE = 12.75;

let p: MethodProject;
let political: number;
beforeEach(async () => {
  p = await newMethodProject();
  p.t.session.settings.setCoderName('Анна');
  const { documentId } = await caseWithText(p.call, 'P1', 'Предприниматели', 'Бюрократия душит малый бизнес. Налоги выросли вдвое.');
  political = await codeId(p.call, 'STEEPL/Political');
  const negative = await codeId(p.call, 'Valence/Negative');
  await p.call('coding.apply', { documentId, start: 0, end: 30, codeId: political });
  await p.call('coding.apply', { documentId, start: 0, end: 30, codeId: negative });
  p.t.session.settings.setCoderName('Борис');
  await p.call('coding.apply', { documentId, start: 0, end: 30, codeId: negative });
  await p.call('coding.apply', { documentId, start: 31, end: 52, codeId: await codeId(p.call, 'STEEPL/Economic') });
});
afterEach(() => p.t.dispose());

const exported = async (format: 'xlsx' | 'csv' | 'docx', query: Record<string, unknown> = {}, language: (typeof LANGUAGES)[number] = 'en') => {
  const file = await p.call('segments.export', { query: { sort: 'position', descending: false, ...query }, format, language });
  return { ...file, bytes: Buffer.from(file.content, 'base64') };
};
/** The CSV's rows after its header, each as its fields (none of these has a comma or quote inside a field). */
const csvRows = async (query: Record<string, unknown> = {}) =>
  (await exported('csv', query)).bytes.toString('utf8').split('\r\n').slice(1, -1).map((line) => line.split(','));

describe('the segment list of two coders, exported', () => {
  it('names the coders of a code where not every coder of the segment applied it', async () => {
    const rows = await csvRows();
    expect(rows.map((row) => [row[5], row[6], row[7]])).toEqual([
      ['Бюрократия душит малый бизнес.', 'Negative; Political (Анна)', 'Анна; Борис'],
      ['Налоги выросли вдвое.', 'Economic', 'Борис'],
    ]);
  });

  it("lists a code's segments by a coder only where that coder applied that code, with the coder's own codes", async () => {
    expect(await csvRows({ codeId: political, coder: 'Борис' })).toEqual([]);
    expect((await csvRows({ codeId: political, coder: 'Анна' })).map((row) => [row[5], row[6], row[7]])).toEqual([
      ['Бюрократия душит малый бизнес.', 'Negative; Political', 'Анна'],
    ]);
    expect((await csvRows({ coder: 'Борис' })).map((row) => row[6])).toEqual(['Negative', 'Economic']);
  });
});

describe('the segment list laid out, in every language', () => {
  for (const language of LANGUAGES) {
    it(`XLSX (${language}): a wrapped header as high as its lines, no word wider than its column, each row as high as its codes need`, async () => {
      const book = await readWorkbook((await exported('xlsx', {}, language)).bytes);
      const sheet = book.sheets.get(book.sheetNames[0]!)!;
      const widths = all(sheet, 'col').map((col) => Number(col.attributes.width));
      const rows = all(sheet, 'row');
      const height = (r: number) => Number(rows[r]!.attributes.ht ?? LINE);
      const grid = book.grid(book.sheetNames[0]!);
      const headers = grid[0]!.map((cell) => String(cell!.value));
      headers.forEach((header, c) => {
        // A word takes a digit's width a letter at least, and the cell a little more.
        for (const word of header.split(' ')) expect(widths[c], word).toBeGreaterThanOrEqual(word.length + 2);
        // A header that does not fit on one line wraps, and its row is as high as two lines.
        if (header.length + 2 > widths[c]!) expect(height(0), header).toBeGreaterThanOrEqual(2 * LINE);
      });
      expect(widths[1], 'Предприниматели').toBeGreaterThanOrEqual('Предприниматели'.length + 2);
      // «Negative; Political (Анна)» is two lines in a column of 22; the quote beside it one.
      const codes = 6;
      const lines = (text: string) => Math.ceil(text.length / (widths[codes]! - 1));
      expect(lines(String(grid[1]![codes]!.value))).toBeGreaterThan(1);
      expect(height(1)).toBeGreaterThanOrEqual(lines(String(grid[1]![codes]!.value)) * LINE);
    });

    it(`DOCX (${language}): every column as wide as its header's longest word and the group's name`, async () => {
      const body = first(parseXml((await unzip((await exported('docx', {}, language)).bytes)).get('word/document.xml')!), 'w:body')!;
      const table = first(body, 'w:tbl')!;
      const widths = all(first(table, 'w:tblGrid')!, 'w:gridCol').map((col) => Number(col.attributes['w:w']));
      const [headers] = wordTableCells(table).map((row) => row.map((lines) => lines.join(' ')));
      // Times New Roman at 9 pt: 180 twips an em, a letter more than half of one, and the cell's margins of 120.
      const wordWidth = (word: string) => word.length * 0.58 * 180 + 120;
      headers!.forEach((header, c) => {
        for (const word of header.split(' ')) expect(widths[c], word).toBeGreaterThanOrEqual(wordWidth(word));
      });
      expect(widths[1]).toBeGreaterThanOrEqual(wordWidth('Предприниматели'));
      // The quote still reads as sentences: 7 cm.
      expect(widths[5]).toBeGreaterThanOrEqual(3969);
    });
  }
});
