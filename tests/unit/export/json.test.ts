import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../main/export/json.js';
import { sampleTable } from './sample-table.js';

describe('JSON export', () => {
  it('lists every non-heading cell with its row, column, count and segments', () => {
    const buffer = writeJson(sampleTable);
    expect(buffer[0]).toBe('{'.charCodeAt(0));
    const json = JSON.parse(buffer.toString('utf8'));
    expect(json).toMatchObject({
      kind: 'case-matrix',
      title: sampleTable.title,
      rowHeader: 'Случай',
      filterNote: sampleTable.filterNote,
      columns: sampleTable.columns,
    });
    expect(json.rows.map((row: { role: string }) => row.role)).toEqual(sampleTable.rows.map((row) => row.role));
    const expected = sampleTable.rows.flatMap((row, r) =>
      row.role === 'heading'
        ? []
        : sampleTable.columns.map((column, c) => {
            const cell = sampleTable.cells[r]![c]!;
            return {
              row: row.label,
              column: column.label,
              rowKey: row.key,
              columnKey: column.key,
              count: cell.count,
              segments: cell.segments.map((s) => ({ id: s.id, case: s.caseName, quote: s.quote })),
            };
          }),
    );
    expect(json.cells).toEqual(expected);
    expect(json.cells[0]).toEqual({
      row: 'П1',
      column: 'Позитивные',
      rowKey: 'case:1',
      columnKey: 'positive',
      count: 2,
      segments: [
        { id: 11, case: 'П1', quote: '=1+1 это не формула' },
        { id: 12, case: 'П1', quote: 'Хороший интернет, "быстрый" | везде' },
      ],
    });
  });

  it('is pretty-printed', () => {
    expect(writeJson(sampleTable).toString('utf8')).toContain('\n  "title": ');
  });
});
