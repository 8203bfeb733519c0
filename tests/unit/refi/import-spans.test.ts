/**
 * Two selections of one span in a source (a file may hold them: one per code) become one
 * segment with the codings of both; the same code twice is reported as a duplicate coding.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { importRefi } from '../../../main/refi/import.js';
import { memoryContext, tableCounts } from './helpers.js';
import { qdpx } from './package.js';

describe('selections sharing a span', () => {
  test('become one segment carrying every code; a repeated code is reported, not stored twice', async () => {
    const [housing, work] = [randomUUID(), randomUUID()];
    const pkg = qdpx({
      codes: [{ guid: housing, name: 'Housing' }, { guid: work, name: 'Work' }],
      sources: [{
        name: 'Асель', text: 'Жильё дорогое, работа есть.',
        selections: [{ start: 0, end: 5, codeGuid: housing }, { start: 0, end: 5, codeGuid: work }, { start: 0, end: 5, codeGuid: housing }],
      }],
    });
    const ctx = memoryContext();
    const report = await importRefi(ctx, 'p.qdpx', pkg);
    expect(tableCounts(ctx.store)).toMatchObject({ segment: 1, coding: 2 });
    expect(report.notCarried.find((u) => u.kind.startsWith('duplicate coding'))?.count).toBe(1);
  });
});
