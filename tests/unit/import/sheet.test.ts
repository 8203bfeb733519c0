/**
 * Tables from CSV and XLSX as rows of strings, within the column, row, cell and area caps.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importLimits } from '../../../main/import/limits.js';
import { readSheet, type SheetResult } from '../../../main/import/sheet.js';
import { utf8, xlsxParts, zip } from './fixtures.js';

function rows(result: SheetResult): string[][] {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result.sheet.rows;
}

describe('CSV', () => {
  it('detects the delimiter and keeps quoted delimiters and line breaks', async () => {
    const csv = 'Случай;"Позитивные факты, ресурсы"\r\n1;"a; b\nc"\r\n2;\r\n';
    expect(rows(await readSheet('t.csv', utf8(csv)))).toEqual([['Случай', 'Позитивные факты, ресурсы'], ['1', 'a; b\nc'], ['2', '']]);
    expect(rows(await readSheet('t.csv', utf8('a,b\n1,2\n')))).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reports the encoding it read', async () => {
    const result = await readSheet('t.csv', iconv.encode('Город,Возраст\nАлматы,40\n', 'koi8-r'));
    expect(result).toMatchObject({ ok: true, sheet: { format: 'csv', encoding: 'koi8-r', rows: [['Город', 'Возраст'], ['Алматы', '40']] } });
  });

  it('refuses more columns, rows or cell characters than the limits, naming the limit', async () => {
    const { maxColumns, maxRows, maxCellChars } = importLimits.sheet;
    const wide = await readSheet('wide.csv', utf8(`${Array.from({ length: maxColumns + 1 }, (_, i) => `c${i}`).join(',')}\n`));
    expect(wide).toMatchObject({ ok: false, refusal: { reason: 'tooManyColumns', params: { limit: maxColumns } } });
    expect(rows(await readSheet('edge.csv', utf8(`${Array.from({ length: maxColumns }, (_, i) => `c${i}`).join(',')}\n`)))[0]).toHaveLength(maxColumns);
    const long = await readSheet('long.csv', utf8(`a\n${'1\r\n'.repeat(maxRows + 1)}`));
    expect(long).toMatchObject({ ok: false, refusal: { reason: 'tooManyRows', params: { limit: maxRows } } });
    expect(rows(await readSheet('rows.csv', utf8(`a\n${'1\r\n'.repeat(maxRows)}`)))).toHaveLength(maxRows + 1);
    const cell = await readSheet('cell.csv', utf8(`a,b\n"${'x'.repeat(maxCellChars + 1)}",1\n`));
    expect(cell).toMatchObject({ ok: false, refusal: { reason: 'cellTooLong', params: { limit: maxCellChars } } });
  });
});

describe('XLSX', () => {
  it('reads shared strings, numbers as stored, dates as ISO dates, and evaluates no formula', async () => {
    const bytes = await writeXlsxFile([
      ['Case', 'Group', 'Age', 'Interviewed', 'Sum'],
      ['Алматы 1', 'Programmers', 41, { value: new Date(Date.UTC(2024, 2, 5)), format: 'yyyy-mm-dd' }, { type: 'Formula', value: 'C2+1' }],
      ['B', null, 0.1, null, null],
    ]).toBuffer();
    expect(rows(await readSheet('t.xlsx', bytes))).toEqual([
      ['Case', 'Group', 'Age', 'Interviewed', 'Sum'],
      ['Алматы 1', 'Programmers', '41', '2024-03-05', ''],
      ['B', '', '0.1', '', ''],
    ]);
  });

  it('refuses a sheet whose cells reach past the column, row or area limits before reading it', async () => {
    const sheet = (cells: string) => zip(xlsxParts({ cells }));
    expect(await readSheet('far.xlsx', sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'))).toMatchObject({ ok: false, refusal: { reason: 'tooManyColumns' } });
    expect(await readSheet('deep.xlsx', sheet('<row r="1048576"><c r="A1048576"><v>1</v></c></row>'))).toMatchObject({ ok: false, refusal: { reason: 'tooManyRows' } });
    expect(await readSheet('area.xlsx', sheet('<row r="90000"><c r="ALL90000"><v>1</v></c></row>'))).toMatchObject({
      ok: false, refusal: { reason: 'tooManyCells', params: { limit: importLimits.sheet.maxCells } },
    });
  });
});

describe('XLSX cells and rows without addresses (streaming writers leave `r` out)', () => {
  const sheet = (cells: string) => zip(xlsxParts({ cells }));
  const text = (value: string, address = '') => `<c${address && ` r="${address}"`} t="inlineStr"><is><t>${value}</t></is></c>`;
  const number = (value: number, address = '') => `<c${address && ` r="${address}"`}><v>${value}</v></c>`;

  it('reads each cell after the previous one of its row, and each row after the previous row, as Excel does', async () => {
    const cells = `<row>${text('Case')}${text('Group')}${text('Age')}${text('City')}</row>` +
      // An empty cell keeps its place.
      `<row>${text('1')}<c/>${number(41)}${text('Almaty')}</row>` +
      `<row r="5">${text('2')}${text('Programmers')}<c/>${text('Astana')}</row>` +
      // After row 5; its cells addressed and not, as some writers mix them.
      `<row>${text('3')}${number(29, 'C6')}${text('Shymkent')}</row>`;
    expect(rows(await readSheet('streamed.xlsx', sheet(cells)))).toEqual([
      ['Case', 'Group', 'Age', 'City'],
      ['1', '', '41', 'Almaty'],
      ['', '', '', ''],
      ['', '', '', ''],
      ['2', 'Programmers', '', 'Astana'],
      ['3', '', '29', 'Shymkent'],
    ]);
  });

  it('numbers an unnumbered row by its first addressed cell, and an empty one after the previous row', async () => {
    const cells = `<row>${text('a', 'A2')}${text('b')}</row><row/><row>${text('c')}</row>`;
    expect(rows(await readSheet('rows.xlsx', sheet(cells)))).toEqual([['', ''], ['a', 'b'], ['', ''], ['c', '']]);
  });

  it('reads rows and cells under a namespace prefix as it reads them unprefixed', async () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const cells = `<x:row ${x}><x:c t="inlineStr"><x:is><x:t>Case</x:t></x:is></x:c><x:c/><x:c><x:v>7</x:v></x:c></x:row>`;
    expect(rows(await readSheet('prefixed.xlsx', sheet(cells)))).toEqual([['Case', '', '7']]);
  });

  it('holds the addresses it gives to the column, row and area limits', async () => {
    const { maxColumns, maxRows, maxCells } = importLimits.sheet;
    const wide = `<row>${'<c><v>1</v></c>'.repeat(maxColumns + 1)}</row>`;
    expect(await readSheet('wide.xlsx', sheet(wide))).toMatchObject({ ok: false, refusal: { reason: 'tooManyColumns', params: { limit: maxColumns } } });
    expect(rows(await readSheet('edge.xlsx', sheet(`<row>${'<c><v>1</v></c>'.repeat(maxColumns)}</row>`)))[0]).toHaveLength(maxColumns);
    const deep = `<row r="${maxRows + 1}">${number(1, `A${maxRows + 1}`)}</row><row>${number(1)}</row>`;
    expect(await readSheet('deep.xlsx', sheet(deep))).toMatchObject({ ok: false, refusal: { reason: 'tooManyRows', params: { limit: maxRows } } });
    const area = `<row r="${maxCells / maxColumns}"/><row>${'<c><v>1</v></c>'.repeat(maxColumns)}</row>`;
    expect(await readSheet('area.xlsx', sheet(area))).toMatchObject({ ok: false, refusal: { reason: 'tooManyCells', params: { limit: maxCells } } });
  });
});
