import { describe, expect, it } from 'vitest';
import { minimalCovers, QcaLimitError } from '../../../shared/qca/cover.js';

describe('minimal covers of a prime implicant chart', () => {
  it('returns every tie: the cyclic chart of six rows has two minimal covers of three', () => {
    // Prime i covers rows i and i+1 (mod 6): {0,2,4} and {1,3,5} are the only covers of size 3.
    const chart = [0, 1, 2, 3, 4, 5].map((i) => [i, (i + 1) % 6]);
    expect(minimalCovers(chart, 6)).toEqual({ covers: [[0, 2, 4], [1, 3, 5]], truncated: false });
  });

  it('keeps an essential prime and drops a redundant one', () => {
    // Rows 0..2; prime 0 = {0,1}, prime 1 = {1}, prime 2 = {2}, prime 3 = {1,2}.
    expect(minimalCovers([[0, 1], [1], [2], [1, 2]], 3).covers).toEqual([[0, 2], [0, 3]]);
  });

  it('independent rows (one pair of primes each) are solved without exploring smaller sizes', () => {
    // 40 rows, each coverable by two primes of its own: 2^40 covers of size 40; the lower bound
    // starts the search at 40, and only the first few covers are kept.
    const chart = Array.from({ length: 80 }, (_, p) => [Math.floor(p / 2)]);
    const result = minimalCovers(chart, 40, { maxSolutions: 3, maxWork: 10_000 });
    expect(result.covers.length).toBe(3);
    expect(result.covers.every((c) => c.length === 40)).toBe(true);
    expect(result.truncated).toBe(true);
  });

  it('says when more minimal covers tie than are returned', () => {
    const chart = Array.from({ length: 14 }, (_, p) => [Math.floor(p / 2)]); // 2^7 = 128 covers
    const result = minimalCovers(chart, 7, { maxSolutions: 64, maxWork: 100_000 });
    expect(result.covers.length).toBe(64);
    expect(result.truncated).toBe(true);
    expect(minimalCovers(chart, 7, { maxSolutions: 128, maxWork: 100_000 }).truncated).toBe(false);
  });

  it('drops dominated rows first: 1,000 rows that every cover of row 0 covers cost nothing', () => {
    // Row 0 has prime 0 only; rows 1..1000 have prime 0 and one prime of their own. Every row
    // but row 0 is dominated, so the chart is one cell and a budget of 100 cells is plenty.
    const chart = [Array.from({ length: 1001 }, (_, r) => r), ...Array.from({ length: 1000 }, (_, i) => [i + 1])];
    expect(minimalCovers(chart, 1001, { maxSolutions: 64, maxWork: 100 }).covers).toEqual([[0]]);
  });

  it('gives up with QcaLimitError instead of running without bound', () => {
    const chart = [0, 1, 2, 3, 4, 5].map((i) => [i, (i + 1) % 6]);
    expect(() => minimalCovers(chart, 6, { maxSolutions: 64, maxWork: 3 })).toThrow(QcaLimitError);
  });
});
