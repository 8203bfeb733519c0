import { describe, expect, it } from 'vitest';
import { documentRuns } from '../../../renderer/src/document-runs.js';

describe('documentRuns', () => {
  it('covers the whole text with one run when nothing is coded', () => {
    expect(documentRuns(10, [])).toEqual([{ start: 0, end: 10, segmentIds: [] }]);
  });

  it('splits at every boundary of overlapping and nested spans', () => {
    const runs = documentRuns(12, [
      { id: 1, start: 2, end: 8 },
      { id: 2, start: 5, end: 10 },
      { id: 3, start: 5, end: 6 },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.segmentIds.sort()])).toEqual([
      [0, 2, []],
      [2, 5, [1]],
      [5, 6, [1, 2, 3]],
      [6, 8, [1, 2]],
      [8, 10, [2]],
      [10, 12, []],
    ]);
  });

  it('ignores empty spans and clamps spans past the end', () => {
    expect(documentRuns(4, [{ id: 1, start: 2, end: 2 }, { id: 2, start: 3, end: 9 }])).toEqual([
      { start: 0, end: 3, segmentIds: [] },
      { start: 3, end: 4, segmentIds: [2] },
    ]);
  });
});
