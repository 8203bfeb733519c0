/**
 * The largest or smallest of many numbers. Loops, not Math.max(...values): a spread passes every
 * value as an argument, and past about 120,000 of them the call overflows the stack
 * (RangeError), fewer inside a deep call stack. Tables of 300 cases by 500 codes and PDFs of
 * 200,000 lines are that large, so the source tree rules forbid the spread (tests/unit/architecture).
 */

/** The largest of `values`; `floor` when there are none or none is larger. */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`; `ceiling` when there are none or none is smaller. */
export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}
