/**
 * A table's number as Russian and Kazakh papers write it: 3, a chapter's 1.2, an appendix's П1 or
 * А.1. The request takes such a label (bounded, letters and digits only), and every caption reads
 * it in its language: "Table 1.2.", «Таблица П1.», «1.2-кесте.» (Kazakh puts the number first).
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../main/export/docx.js';
import { writeXlsx } from '../../../main/export/xlsx.js';
import { presentationOf } from '../../../main/cli/table-presentation.js';
import { TablePresentation } from '../../../shared/method/presentation.js';
import { TableNumber, TableRequest, tableLabel } from '../../../shared/tables.js';
import { first, paragraphText, parseXml, readWorkbook, unzip } from './ooxml.js';
import { sampleTable } from './sample-table.js';

describe('table numbers', () => {
  it('take a whole number or a label such as 1.2, П1 or А.1, trimmed and without a final dot', () => {
    const parse = (value: unknown) => TableNumber.safeParse(value);
    expect([3, '3', '1.2', 'П1', 'А.1', ' 2а ', 'IV', 'П1.2.', 'С-3'].map((v) => parse(v).data)).toEqual(['3', '3', '1.2', 'П1', 'А.1', '2а', 'IV', 'П1.2', 'С-3']);
    // The caption's word typed with the number is left out: the caption adds it.
    expect(['Таблица 1', 'таблица П1.', 'Table 3', 'Табл. 2.1', '1-кесте', 'Кесте 4', '2 кесте'].map((v) => parse(v).data)).toEqual(['1', 'П1', '3', '2.1', '1', '4', '2']);
    for (const refused of ['Таблица', 'Таблица Таблица 1', 'Tables 1', 0, 1.5, '', '  ', '.', '1 2', '1\n2', '<b>1</b>', '*1*', '1|2', 'П'.repeat(13), '-1']) {
      expect(parse(refused).success, JSON.stringify(refused)).toBe(false);
    }
    expect(TableRequest.parse({ kind: 'crosstab', number: 'П1' }).number).toBe('П1');
    expect(TablePresentation.parse({ number: 2 }).number).toBe('2');
  });

  it('read in each language as its papers write them', () => {
    expect(tableLabel('en', '1.2')).toBe('Table 1.2.');
    expect(tableLabel('ru', 'П1')).toBe('Таблица П1.');
    expect(tableLabel('kk', '1.2')).toBe('1.2-кесте.');
  });

  it('caption DOCX and XLSX exports in their language', async () => {
    for (const [language, number, label] of [['en', '1.2', 'Table 1.2.'], ['ru', 'П1', 'Таблица П1.'], ['kk', 'А.1', 'А.1-кесте.']] as const) {
      const table = { ...sampleTable, number, title: 'Факторы', language };
      const body = first(parseXml((await unzip(await writeDocx(table))).get('word/document.xml')!), 'w:body')!;
      const paragraphs = body.children.filter((child) => child.name === 'w:p').map(paragraphText);
      expect(paragraphs.slice(0, 2), language).toEqual([label, 'Факторы']);
      const grid = (await readWorkbook(await writeXlsx(table))).grid(language === 'en' ? 'Table' : language === 'ru' ? 'Таблица' : 'Кесте');
      expect([grid[0]![0]!.value, grid[1]![0]!.value], language).toEqual([label, 'Факторы']);
    }
  });

  it('are taken by the command line as labels too, and a bad one is a usage error', () => {
    expect(presentationOf({ number: 'П1' }, {}).number).toBe('П1');
    expect(presentationOf({ number: '3' }, {}).number).toBe('3');
    expect(() => presentationOf({ number: '1 2' }, {})).toThrow(expect.objectContaining({ reason: 'tableNumber', values: expect.objectContaining({ value: '1 2' }) }));
  });

  it('are captioned in the system\'s language unless --language names one', () => {
    expect(presentationOf({}, { LANG: 'ru_RU.UTF-8' }).language).toBe('ru');
    expect(presentationOf({}, { LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' }).language).toBe('kk');
    expect(presentationOf({ language: 'en' }, { LANG: 'ru_RU.UTF-8' }).language).toBe('en');
    expect(presentationOf({}, {}).language).toBe('en');
  });
});
