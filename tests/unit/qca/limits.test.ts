/**
 * The largest tables allowed either finish or are refused with QcaLimitError; they never run
 * unbounded. Random data with 12 conditions is the worst case: almost every configuration is a
 * remainder, so the parsimonious minimisation has thousands of prime implicants.
 */
import { describe, expect, it } from 'vitest';
import { QcaLimitError } from '../../../shared/qca/cover.js';
import { MAX_CONDITIONS, type Membership, type QcaData } from '../../../shared/qca/data.js';
import { analyseQca } from '../../../shared/qca/minimize.js';

function randomData(k: number, n: number, seed: number): QcaData {
  let state = seed;
  const bit = (): Membership => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state < 1073741824 ? 0 : 1;
  };
  const conditions = Array.from({ length: k }, (_, i) => `C${i}`);
  return {
    conditions,
    outcome: 'Y',
    cases: Array.from({ length: n }, (_, i) => ({ id: `${i}`, label: `${i}`, conditions: conditions.map(bit), outcome: bit() })),
  };
}

describe('bounded work at the largest sizes', () => {
  it(`${MAX_CONDITIONS} conditions and 20 cases: solved, ties capped`, () => {
    const result = analyseQca(randomData(MAX_CONDITIONS, 20, 1), { expectations: Array(MAX_CONDITIONS).fill('present') });
    expect(result.parsimonious.solutions.length).toBe(64);
    expect(result.parsimonious.moreSolutionsOmitted).toBe(true);
    expect(result.intermediate.length).toBe(result.complex.solutions.length * 64);
  });

  it(`${MAX_CONDITIONS} conditions and 60 cases: a chart too tangled is refused, not run for minutes`, () => {
    expect(() => analyseQca(randomData(MAX_CONDITIONS, 60, 1))).toThrow(QcaLimitError);
  });
});
