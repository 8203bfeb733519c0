/**
 * The segment list as a file (segments.export): every segment its filters match, in its sort, one
 * row each, in XLSX, CSV and DOCX, headed in the language asked for. There was no way to get the
 * coded segments out but a whole cross-case table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { all, first, paragraphText, parseXml, readWorkbook, unzip, wordTableCells } from './ooxml.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from '../method/helpers.js';

let p: MethodProject;
let negative: number;
/** The first segment's, «Low wages.» in Anna's interview. */
let lowWages: number;
beforeEach(async () => {
  p = await newMethodProject();
  const anna = await caseWithText(p.call, 'Anna', 'Programmers', 'Low wages. Good team.\n=SUM(A1)');
  const boris = await caseWithText(p.call, 'Boris', null, 'Low wages here too.');
  negative = await codeId(p.call, 'Valence/Negative');
  const positive = await codeId(p.call, 'Valence/Positive');
  lowWages = (await p.call('coding.apply', { documentId: anna.documentId, start: 0, end: 10, codeId: negative })).segmentId;
  await p.call('coding.apply', { documentId: anna.documentId, start: 11, end: 21, codeId: positive });
  await p.call('coding.apply', { documentId: boris.documentId, start: 0, end: 9, codeId: negative });
  await p.call('coding.apply', { documentId: anna.documentId, start: 22, end: 30, codeId: negative });
});
afterEach(() => p.t.dispose());

const exported = async (format: 'xlsx' | 'csv' | 'docx', query: Record<string, unknown> = {}, language: 'en' | 'ru' | 'kk' = 'en') => {
  const file = await p.call('segments.export', { query: { sort: 'position', descending: false, ...query }, format, language });
  return { ...file, bytes: Buffer.from(file.content, 'base64') };
};

describe('the segment list exported', () => {
  it('as CSV: a row per segment in the list\'s order, formulas made harmless', async () => {
    const { bytes, rowCount, fileName } = await exported('csv');
    expect([fileName, rowCount]).toEqual(['Coded segments.csv', 4]);
    expect(bytes.toString('utf8').split('\r\n')).toEqual([
      '\uFEFFCase,Group,Document,Start,End,Quote,Codes,Coders,Coded on,Memos',
      expect.stringMatching(/^Anna,Programmers,Anna interview,0,10,Low wages\.,Negative,Ada,\d{4}-\d\d-\d\d,$/),
      expect.stringMatching(/^Anna,Programmers,Anna interview,11,21,Good team\.,Positive,Ada,/),
      expect.stringMatching(/^Anna,Programmers,Anna interview,22,30,'=SUM\(A1\),Negative,Ada,/),
      expect.stringMatching(/^Boris,,Boris interview,0,9,Low wages,Negative,Ada,/),
      '',
    ]);
  });

  it('keeps the filters and the sort of the list', async () => {
    const quotes = async (query: Record<string, unknown>) =>
      (await exported('csv', query)).bytes.toString('utf8').split('\r\n').slice(1, -1).map((line) => line.split(',')[5]);
    expect(await quotes({ codeId: negative, sort: 'quote' })).toEqual(["'=SUM(A1)", 'Low wages', 'Low wages.']);
    expect(await quotes({ codeId: negative, sort: 'quote', descending: true })).toEqual(['Low wages.', 'Low wages', "'=SUM(A1)"]);
    expect((await exported('csv', { quote: 'TEAM' })).rowCount).toBe(1);
  });

  it('as XLSX, headed in Russian, the numbers as numbers', async () => {
    const { bytes, fileName } = await exported('xlsx', {}, 'ru');
    expect(fileName).toBe('Закодированные сегменты.xlsx');
    const grid = (await readWorkbook(bytes)).grid('Сегменты');
    expect(grid[0]!.map((cell) => cell?.value)).toEqual(['Кейс', 'Группа', 'Документ', 'Начало', 'Конец', 'Цитата', 'Коды', 'Кодировщики', 'Дата кодирования', 'Мемо']);
    expect(grid[4]!.slice(0, 6).map((cell) => cell?.value)).toEqual(['Boris', '', 'Boris interview', 0, 9, 'Low wages']);
    expect(grid).toHaveLength(5);
    // The day coded, a day Excel sorts and filters, written as the list's language writes one (review-team-1208 #9).
    const day = grid[4]![8]!;
    expect([day.type, Math.floor(Number(day.value)) === day.value]).toEqual([undefined, true]);
    expect(new Date((Number(day.value) - 25_569) * 86_400_000).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    const parts = await unzip(bytes);
    expect(parts.get('xl/styles.xml')).toContain('formatCode="dd.mm.yyyy"');
    // The quotes are written in their cells, not held in the shared strings until the sheet ends.
    expect(parts.get('xl/sharedStrings.xml')).not.toContain('Low wages');
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('t="inlineStr"><is><t xml:space="preserve">Low wages</t></is>');
  });

  it('as DOCX: the title and a table of the rows', async () => {
    const { bytes } = await exported('docx', {}, 'kk');
    const body = first(parseXml((await unzip(bytes)).get('word/document.xml')!), 'w:body')!;
    const rows = wordTableCells(first(body, 'w:tbl')!).map((row) => row.map((lines) => lines.join('\n')));
    expect(rows[0]!.slice(0, 6)).toEqual(['Кейс', 'Топ', 'Құжат', 'Басы', 'Соңы', 'Үзінді']);
    expect(rows.slice(1).map((row) => row[5])).toEqual(['Low wages.', 'Good team.', '=SUM(A1)', 'Low wages']);
    expect(rows[1]![8]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    // The English quotes are marked English in a Kazakh list, so Word proofreads them as such.
    const quoteLanguages = all(body, 'w:tr').slice(1).map((row) => first(all(row, 'w:tc')[5]!, 'w:lang')?.attributes['w:val']);
    expect(quoteLanguages).toEqual(['en-US', 'en-US', 'en-US', 'en-US']);
    // So are the English names of the case, its group, the document and the codes; the offsets have no language.
    const firstRow = all(all(body, 'w:tr')[1]!, 'w:tc').map((cell) => first(cell, 'w:lang')?.attributes['w:val']);
    expect([0, 1, 2, 3, 6].map((c) => firstRow[c])).toEqual(['en-US', 'en-US', 'en-US', undefined, 'en-US']);
  });
  it('says its filters: under the title in Word, on a sheet of its own in a spreadsheet', async () => {
    const paragraphs = async (bytes: Buffer) => all(first(parseXml((await unzip(bytes)).get('word/document.xml')!), 'w:body')!, 'w:p').map(paragraphText).filter((text) => text.startsWith('Фильтры'));
    const filtered = await exported('docx', { codeId: negative, quote: 'wages', dateFrom: '2026-01-01' }, 'ru');
    expect(await paragraphs(filtered.bytes)).toEqual(['Фильтры: Код: Valence/Negative; цитата содержит «wages»; закодированы не раньше 01.01.2026.']);
    expect(await paragraphs((await exported('docx', {}, 'ru')).bytes)).toEqual(['Фильтры: нет (все закодированные сегменты проекта).']);
    const workbook = await readWorkbook((await exported('xlsx', { groupId: null }, 'kk')).bytes);
    expect(workbook.grid('Тізім туралы')[0]!.map((cell) => cell?.value)).toEqual(['Сүзгілер', 'Топ: топсыз.']);
  });

  it('with the memos on each segment and the notes on its codings: a last column in a spreadsheet, paragraphs under the quote in Word', async () => {
    await p.call('memos.create', { target: { kind: 'segment', id: lowWages }, name: 'Wages', text: 'Said twice.\nAsked again later.' });
    await p.call('memos.create', { target: { kind: 'segment', id: lowWages }, text: '=HYPERLINK("x")' });
    const [coding] = await p.call('segments.codings', { segmentId: lowWages });
    await p.call('memos.create', { target: { kind: 'coding', id: coding!.codingId }, text: 'Negative, surely.' });
    const memos = 'Wages: Said twice.\nAsked again later.\n\n=HYPERLINK("x")\n\nNegative (Ada): Negative, surely.';

    const grid = (await readWorkbook((await exported('xlsx')).bytes)).grid('Segments');
    expect(grid.map((row) => row[9]?.value ?? '')).toEqual(['Memos', memos, '', '', '']);

    const csv = (await exported('csv')).bytes.toString('utf8');
    // A memo that starts like a formula, on a line of its own, is made harmless there as any field's line is (csv.ts).
    expect(csv).toContain(`,"Wages: Said twice.\nAsked again later.\n\n'=HYPERLINK(""x"")\n\nNegative (Ada): Negative, surely."\r\n`);

    const body = first(parseXml((await unzip((await exported('docx', {}, 'ru')).bytes)).get('word/document.xml')!), 'w:body')!;
    const rows = wordTableCells(first(body, 'w:tbl')!);
    expect(rows[0]).toHaveLength(9);
    expect(rows[1]![5]).toEqual(['Low wages.', 'Мемо: Wages: Said twice.\nAsked again later.', 'Мемо: =HYPERLINK("x")', 'Мемо: Negative (Ada): Negative, surely.']);
    expect(rows[2]![5]).toEqual(['Good team.']);
  });

  it("listed for one coder, with that coder's notes alone", async () => {
    p.t.session.settings.setCoderName('Борис');
    const anna = (await p.call('segments.query', { sort: 'position', descending: false })).rows[0]!;
    await p.call('coding.apply', { documentId: anna.documentId, start: 0, end: 10, codeId: await codeId(p.call, 'Valence/Positive') });
    for (const coding of await p.call('segments.codings', { segmentId: lowWages })) {
      await p.call('memos.create', { target: { kind: 'coding', id: coding.codingId }, text: `${coding.coder}'s note.` });
    }
    await p.call('memos.create', { target: { kind: 'segment', id: lowWages }, text: 'On the segment.' });
    const memoColumn = async (coder?: string) => (await readWorkbook((await exported('xlsx', coder ? { coder } : {})).bytes)).grid('Segments')[1]?.[9]?.value;
    expect(await memoColumn()).toBe("On the segment.\n\nNegative (Ada): Ada's note.\n\nPositive (Борис): Борис's note.");
    expect(await memoColumn('Борис')).toBe("On the segment.\n\nPositive (Борис): Борис's note.");
  });
});
