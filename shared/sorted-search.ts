/** Binary search over ascending numbers, written once (offset conversions run it per position). */

/**
 * The index of the first element not less than `value` in an ascending array: equally, how many
 * elements are less than `value`. `sorted.length` when every element is less.
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
