import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../../shared/sorted-search.js';

describe('lowerBound', () => {
  it('finds the first element not less than the value', () => {
    expect(lowerBound([], 5)).toBe(0);
    expect(lowerBound([1, 3, 3, 7], 0)).toBe(0);
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 7)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
  });

  it('counts the elements less than the value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(lowerBound(sorted, value)).toBe(sorted.filter((v) => v < value).length);
      }),
    );
  });
});
