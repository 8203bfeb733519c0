import { describe, expect, it } from 'vitest';
import { largest, smallest } from '../../../shared/extremes.js';

describe('largest and smallest', () => {
  it('are the extremes, or the bound given when there are none', () => {
    expect(largest([3, -1, 7, 7, 2])).toBe(7);
    expect(smallest([3, -1, 7, 7, 2])).toBe(-1);
    expect(largest([], 1)).toBe(1);
    expect(largest([0, 0], 1)).toBe(1);
    expect(smallest([], 0)).toBe(0);
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
  });

  it('take more numbers than a call takes arguments: the cells of 1,000 documents by 500 codes', () => {
    const counts = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 1_000);
    counts[123_456] = 5_000;
    counts[432_100] = -5;
    expect(largest(counts)).toBe(5_000);
    expect(smallest(counts)).toBe(-5);
  });
});
