/**
 * A table's way from a job's worker to the main thread (main/analysis/table-transfer.ts): the
 * cells written as JSON without an object per cell are the cells tableOf builds, JSON for JSON,
 * whatever the labels hold; on the main thread they are read only when touched.
 */
import { describe, expect, it } from 'vitest';
import { packTable, tableOf, unpackTable, type TableParts } from '../../../main/analysis/table-transfer.js';
import { jsonTextBuffers, passedResultJson } from '../../../main/jobs/passed-json.js';

const segment = (id: number, quote: string) => ({ id, caseName: 'Кейс "1"', documentId: 4, start: id, end: id + 3, quote });

const parts = (): TableParts => ({
  table: {
    kind: 'code-case',
    title: 'Code × case',
    rowHeader: 'Case',
    rows: [
      { key: 'heading:g', label: 'Group "A" \\ 😀', role: 'heading' },
      { key: '1', label: 'қала\u2028бәріміздікі', role: 'data' },
      { key: 'total', label: 'Total', role: 'total' },
    ],
    columns: [{ key: '7', label: 'Valence/Positive' }, { key: '8', label: '</script>\t"' }],
    display: 'quotes',
    tagCases: true,
    filterNote: '',
    counting: 'segments',
  },
  counts: [0, 0, 2, 1, 2, 1],
  fuller: [[1, 0, [segment(1, 'Город растёт'), segment(2, 'lone \ud800 surrogate')]], [1, 1, [segment(3, '')]]],
});

describe('tables from a worker', () => {
  it('write their cells as the JSON of the cells tableOf builds', () => {
    const { table } = packTable(parts());
    const text = Buffer.from(table.cells.passedJson).toString('utf8');
    expect(text).toBe(JSON.stringify(tableOf(parts()).cells));
    expect(JSON.parse(text)).toEqual(tableOf(parts()).cells);
  });

  it('write any count as JSON.stringify does, and a large table into memory of its own, to be moved whole', () => {
    const odd = { ...parts(), counts: [0, 10, 123_456_789, 1.5, 2 ** 60, 7] };
    expect(Buffer.from(packTable(odd).table.cells.passedJson).toString('utf8')).toBe(JSON.stringify(tableOf(odd).cells));
    const n = 300;
    const large: TableParts = {
      table: { ...parts().table, rows: Array.from({ length: n }, (_, i) => ({ key: `${i}`, label: `Кейс ${i}`, role: 'data' as const })), columns: Array.from({ length: n }, (_, i) => ({ key: `${i}`, label: `код ${i}` })) },
      counts: Array.from({ length: n * n }, (_, i) => i % 97),
      fuller: [[5, 7, [segment(1, 'Город растёт')]]],
    };
    const bytes = packTable(large).table.cells.passedJson;
    expect(Buffer.from(bytes).toString('utf8')).toBe(JSON.stringify(tableOf(large).cells));
    expect(jsonTextBuffers(packTable(large))).toEqual([bytes.buffer]);
  });

  it('are the table tableOf builds, read only when touched, and go out as its JSON', () => {
    const table = unpackTable(packTable(parts()));
    expect(Buffer.concat(passedResultJson({ ok: true, value: table })!).toString('utf8')).toBe(JSON.stringify({ ok: true, value: tableOf(parts()) }));
    expect(table).toEqual(tableOf(parts()));
    expect(passedResultJson({ ok: true, value: table })).toBeNull();
    // Read, the cells are tableOf's: the cells without segments share one frozen empty list.
    expect(table.cells[0]![0]!.segments).toBe(table.cells[2]![1]!.segments);
  });
});
