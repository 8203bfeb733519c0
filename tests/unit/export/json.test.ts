import { describe, expect, it } from 'vitest';
import { writeJson } from '../../../main/export/json.js';
import { sampleTable } from './sample-table.js';

describe('JSON export', () => {
  it('lists every non-heading cell with its row, column, count and segment ids, and each segment once', () => {
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
            return { row: row.label, column: column.label, rowKey: row.key, columnKey: column.key, count: cell.count, segmentIds: cell.segments.map((s) => s.id) };
          }),
    );
    expect(json.cells).toEqual(expected);
    expect(json.cells[0]).toEqual({ row: 'П1', column: 'Позитивные', rowKey: 'case:1', columnKey: 'positive', count: 2, segmentIds: [11, 12] });
    // A subtotal lists the ids of its rows' segments; their quotes are written once, in id order.
    const subtotal = json.cells.find((cell: { rowKey: string; columnKey: string }) => cell.rowKey === 'subtotal:1' && cell.columnKey === 'positive');
    expect(subtotal.segmentIds).toEqual(expect.arrayContaining([11, 12]));
    const every = new Map(sampleTable.cells.flat().flatMap((cell) => cell.segments).map((s) => [s.id, { id: s.id, case: s.caseName, quote: s.quote }]));
    expect(json.segments).toEqual([...every.values()].sort((a, b) => a.id - b.id));
    expect(json.segments.slice(0, 2)).toEqual([
      { id: 11, case: 'П1', quote: '=1+1 это не формула' },
      { id: 12, case: 'П1', quote: 'Хороший интернет, "быстрый" | везде' },
    ]);
  });

  it('writes what JSON.stringify would, down to the lists, and an entry of a list a line', () => {
    const text = writeJson(sampleTable).toString('utf8');
    const json = JSON.parse(text);
    const lists = ['cells', 'segments'];
    const head = Object.fromEntries(Object.entries(json).filter(([key]) => !lists.includes(key)));
    expect(text.startsWith(JSON.stringify(head, null, 2).slice(0, -2))).toBe(true);
    for (const name of lists) {
      const entries = json[name] as unknown[];
      expect(text).toContain(`  "${name}": [\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`);
    }
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });

  it('is pretty-printed', () => {
    expect(writeJson(sampleTable).toString('utf8')).toContain('\n  "title": ');
  });
});
