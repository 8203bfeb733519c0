import { describe, expect, it } from 'vitest';
import { cellAt, cellText, evidenceCells, quoteLine } from '../../../main/export/cell-text.js';
import { countsTable, expectedCounts, expectedQuotes, sampleTable } from './sample-table.js';

describe('cell text', () => {
  it('prints quotes a blank line apart, each tagged with its case, and counts for subtotal rows', () => {
    const texts = sampleTable.rows.map((row, r) =>
      sampleTable.columns.map((_, c) => cellText(sampleTable, row, cellAt(sampleTable, r, c))),
    );
    expect(texts).toEqual(expectedQuotes);
  });

  it('prints counts, 0 for an empty cell and nothing for a heading row', () => {
    const texts = countsTable.rows.map((row, r) =>
      countsTable.columns.map((_, c) => cellText(countsTable, row, cellAt(countsTable, r, c))),
    );
    const expected = expectedCounts.map((counts, r) =>
      countsTable.rows[r]!.role === 'heading' ? counts.map(() => '') : counts.map(String),
    );
    expect(texts).toEqual(expected);
  });

  it('leaves the case tag off when the table does not tag cases, and normalises line ends', () => {
    const segment = { id: 1, caseName: 'П1', documentId: 1, start: 0, end: 5, quote: 'раз\r\nдва' };
    expect(quoteLine(segment, false)).toBe('раз\nдва');
    expect(quoteLine(segment, true)).toBe('раз\nдва (П1)');
  });

  it('tags a quote with its case\'s group where the table labels cases with groups (issue 9)', () => {
    const segment = { id: 1, caseName: '4', caseLabel: 'Entrepreneurs · 4', documentId: 1, start: 0, end: 5, quote: 'taxes' };
    expect(quoteLine(segment, true)).toBe('taxes (Entrepreneurs · 4)');
  });

  it('reads a missing cell as empty', () => {
    const table = { ...sampleTable, cells: [] };
    expect(cellText(table, sampleTable.rows[1]!, cellAt(table, 1, 0))).toBe('');
  });

  it('lists evidence from data rows only', () => {
    const cells = evidenceCells(sampleTable).map(({ row, column, cell }) => [row.label, column.label, cell.segments.map((s) => s.id)]);
    expect(cells).toEqual([
      ['П1', 'Позитивные', [11, 12]],
      ['П1', 'Негативные', [13]],
      ['П2', 'Позитивные', [21]],
      ['П2', 'Негативные', [22]],
      ['П2', 'Нейтральные, прочие', [23]],
      ['Д1', 'Негативные', [31]],
    ]);
  });
});
