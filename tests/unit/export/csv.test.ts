import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../main/export/csv.js';
import { neutralizeFormula } from '../../../main/export/cell-text.js';
import { countsTable, expectedCounts, expectedQuotes, sampleTable } from './sample-table.js';

function readCsv(buffer: Buffer): string[][] {
  return parse(buffer.toString('utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
}

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
    expect(records[2]![1]).toBe("'=1+1 это не формула (П1)\nХороший интернет, \"быстрый\" | везде (П1)");
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
});
