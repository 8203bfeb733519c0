/**
 * The codebook measures its rows again after a coding only when a count gains or loses a digit:
 * its counts are set in tabular figures, so nothing else in them can widen a row.
 */
import { describe, expect, it } from 'vitest';
import { countsShape } from '../../../renderer/src/codebook-width.js';

const counts = (segments: number, cases: number) => [
  { codeId: 1, segments: 3, cases: 1 },
  { codeId: 2, segments, cases },
];

describe("the shape of the codebook's counts", () => {
  it('stays while every count keeps its number of digits', () => {
    expect(countsShape(counts(5, 2))).toBe(countsShape(counts(6, 3)));
    expect(countsShape(counts(10, 2))).toBe(countsShape(counts(99, 9)));
  });

  it('changes when a count gains or loses a digit, or a code comes or goes', () => {
    expect(countsShape(counts(9, 2))).not.toBe(countsShape(counts(10, 2)));
    expect(countsShape(counts(9, 9))).not.toBe(countsShape(counts(9, 10)));
    expect(countsShape(counts(1000, 2))).not.toBe(countsShape(counts(999, 2)));
    expect(countsShape(counts(5, 2))).not.toBe(countsShape(counts(5, 2).slice(0, 1)));
  });
});
