/**
 * All minimal covers of a prime-implicant chart: the sets with the fewest prime implicants that
 * together cover every configuration to be explained. This returns the same sets as multiplying
 * out Petrick's product of sums and keeping the shortest products, and, like `QCA::minimize`,
 * every tie (its models M1, M2, …), not one arbitrary pick.
 *
 * Exact search by iterative deepening: try covers of size b = lower bound, b + 1, … and stop at
 * the first size that has any. Each step branches on the uncovered row with the fewest candidate
 * primes; in the branch that takes the i-th candidate, the earlier candidates for that row are
 * excluded, so each cover is produced exactly once. A branch is cut when even a set of uncovered
 * rows that share no candidate prime (each needs a prime of its own) cannot fit within b.
 */

export class QcaLimitError extends Error {
  override name = 'QcaLimitError';
}

export interface CoverLimits {
  /** More equally minimal models than anyone reads; the rest are reported as omitted. */
  maxSolutions: number;
  /**
   * Chart cells the search may look at before giving up on a chart too tangled to solve exactly
   * in reasonable time (about a second); tied to work rather than steps because a step costs
   * more the more primes the chart has.
   */
  maxWork: number;
}

export const COVER_LIMITS: CoverLimits = { maxSolutions: 64, maxWork: 50_000_000 };

export interface Covers {
  /** Each cover lists column (prime) indices ascending; covers in lexicographic order. */
  covers: number[][];
  /** True when more than maxSolutions covers tie; maxSolutions of them are returned. */
  truncated: boolean;
}

/** `chart[p]` lists the rows prime p covers; rows are 0 … rowCount − 1, each covered by some prime. */
export function minimalCovers(
  chart: readonly (readonly number[])[],
  rowCount: number,
  limits: CoverLimits = COVER_LIMITS,
): Covers {
  if (rowCount === 0) return { covers: [[]], truncated: false };
  const allPrimesOfRow: number[][] = Array.from({ length: rowCount }, () => []);
  chart.forEach((rows, p) => rows.forEach((r) => allPrimesOfRow[r]!.push(p)));
  if (allPrimesOfRow.some((ps) => ps.length === 0)) throw new Error('A row of the chart is covered by no prime implicant');
  // Row dominance: a row whose primes include all of another row's is covered whenever that
  // one is, so dropping it leaves the set of covers unchanged (unlike column dominance, which
  // would lose tied models).
  const primesOfRow: number[][] = [];
  for (const options of [...allPrimesOfRow].sort((a, b) => a.length - b.length)) {
    if (!primesOfRow.some((kept) => kept.every((p) => options.includes(p)))) primesOfRow.push(options);
  }
  const rowsOfPrime: number[][] = chart.map(() => []);
  primesOfRow.forEach((options, r) => options.forEach((p) => rowsOfPrime[p]!.push(r)));
  const rows = primesOfRow.length;

  let work = 0;
  const found: number[][] = [];
  let truncated = false;
  const coverCount = new Array<number>(rows).fill(0);
  const excluded = new Array<boolean>(chart.length).fill(false);
  const chosen: number[] = [];
  const spend = (units: number) => {
    work += units;
    if (work > limits.maxWork) throw new QcaLimitError('The prime implicant chart is too large to solve exactly; try fewer conditions');
  };

  /** Rows picked greedily so that no two share an available prime: each needs a prime of its own. */
  const lowerBound = (): number => {
    const used = new Set<number>();
    let bound = 0;
    for (let r = 0; r < rows; r++) {
      if (coverCount[r]! > 0) continue;
      const options = primesOfRow[r]!;
      spend(options.length);
      if (options.some((p) => !excluded[p] && used.has(p))) continue;
      bound++;
      options.forEach((p) => { if (!excluded[p]) used.add(p); });
    }
    return bound;
  };

  const search = (bound: number): void => {
    if (truncated) return;
    let best = -1;
    let bestCount = Infinity;
    for (let r = 0; r < rows; r++) {
      if (coverCount[r]! > 0) continue;
      const options = primesOfRow[r]!;
      spend(options.length);
      let count = 0;
      for (const p of options) if (!excluded[p]) count++;
      if (count === 0) return;
      if (count < bestCount) {
        best = r;
        bestCount = count;
      }
    }
    if (best === -1) {
      if (found.length < limits.maxSolutions) found.push([...chosen].sort((a, b) => a - b));
      else truncated = true;
      return;
    }
    if (chosen.length + lowerBound() > bound) return;
    const newlyExcluded: number[] = [];
    for (const p of primesOfRow[best]!.filter((q) => !excluded[q])) {
      chosen.push(p);
      rowsOfPrime[p]!.forEach((r) => coverCount[r]!++);
      search(bound);
      rowsOfPrime[p]!.forEach((r) => coverCount[r]!--);
      chosen.pop();
      excluded[p] = true;
      newlyExcluded.push(p);
    }
    newlyExcluded.forEach((p) => { excluded[p] = false; });
  };

  for (let bound = lowerBound(); found.length === 0; bound++) search(bound);
  found.sort(compareIndexLists);
  return { covers: found, truncated };
}

function compareIndexLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
