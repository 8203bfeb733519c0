/**
 * Prime implicants: the largest conjunctions (cubes) lying wholly inside the set of allowed
 * configurations, i.e. the on-set plus whatever the minimisation may assume (remainders as
 * don't-cares). No prime implicant covers a configuration outside the allowed set.
 *
 * Two exact methods, each fast where the other is slow, chosen by the sizes of the two sides
 * (the factor 16 is where they cost about the same with 12 conditions):
 * - Quine–McCluskey from the allowed configurations: start from them as cubes with every
 *   literal, repeatedly merge two cubes that differ in exactly one literal, and keep the cubes
 *   that never merged. Cost grows with the number of cubes inside the allowed set: fine for the
 *   complex solution (only the rows with the outcome), up to 3^k when nearly all is allowed.
 * - From the forbidden configurations (the rows without the outcome, for the parsimonious
 *   solution, usually a handful): a cube avoids a forbidden configuration f exactly when it has
 *   a literal contradicting f, so the primes are the minimal ways to pick one contradicting
 *   literal per forbidden configuration, found by adding the configurations one at a time and
 *   keeping only the maximal cubes (Berge's algorithm for minimal transversals).
 *
 * Cubes are keyed as care·2^k + bits (below 2^24 for 12 conditions) so that merges and
 * duplicates are set look-ups.
 */
import { compareCubes, covers, fullMask, isSubcube, type Cube } from './cube.js';

export function primeImplicants(allowed: Iterable<number>, k: number): Cube[] {
  const allowedSet = new Set(allowed);
  const forbidden: number[] = [];
  for (let code = 0; code <= fullMask(k); code++) if (!allowedSet.has(code)) forbidden.push(code);
  const primes = forbidden.length * 16 < allowedSet.size
    ? primesAvoiding(forbidden, k)
    : primesByMerging(allowedSet, k);
  return primes.sort((a, b) => compareCubes(a, b, k));
}

/** The primes that cover at least one configuration to be explained; the rest cannot help a cover. */
export function primesCovering(primes: readonly Cube[], onSet: readonly number[]): Cube[] {
  return primes.filter((p) => onSet.some((code) => covers(p, code)));
}

export function primesByMerging(allowed: ReadonlySet<number>, k: number): Cube[] {
  const size = 1 << k;
  const keyOf = (care: number, bits: number) => care * size + bits;
  let level = new Set<number>();
  for (const code of allowed) level.add(keyOf(fullMask(k), code));
  const primes: Cube[] = [];
  while (level.size > 0) {
    const next = new Set<number>();
    const merged = new Set<number>();
    for (const key of level) {
      const care = Math.floor(key / size);
      const bits = key % size;
      // Merge only upwards (bit 0 → its partner with bit 1) so each pair is tried once.
      for (let m = care & ~bits; m !== 0; m &= m - 1) {
        const bit = m & -m;
        const partner = keyOf(care, bits | bit);
        if (level.has(partner)) {
          next.add(keyOf(care & ~bit, bits));
          merged.add(key);
          merged.add(partner);
        }
      }
    }
    for (const key of level) {
      if (!merged.has(key)) primes.push({ care: Math.floor(key / size), bits: key % size });
    }
    level = next;
  }
  return primes;
}

export function primesAvoiding(forbidden: readonly number[], k: number): Cube[] {
  const size = 1 << k;
  let cubes: Cube[] = [{ care: 0, bits: 0 }];
  for (const f of forbidden) {
    // Cubes already avoiding f stay as they are. One covering f is extended by each literal
    // that contradicts f; the result is redundant only when a surviving cube containing that
    // same literal contains it (two extended cubes never contain one another, since the cubes
    // before this step contain none of each other and none contradicts f).
    const survivors = cubes.filter((cube) => !covers(cube, f));
    const byBit = new Map<number, Cube[]>();
    for (const cube of survivors) {
      for (let m = cube.care; m !== 0; m &= m - 1) {
        const bit = m & -m;
        if ((cube.bits & bit) === (f & bit)) continue;
        const list = byBit.get(bit);
        if (list) list.push(cube);
        else byBit.set(bit, [cube]);
      }
    }
    const extended = new Map<number, Cube>();
    for (const cube of cubes) {
      if (!covers(cube, f)) continue;
      for (let m = fullMask(k) & ~cube.care; m !== 0; m &= m - 1) {
        const bit = m & -m;
        const next = { care: cube.care | bit, bits: cube.bits | (bit & ~f) };
        if (!(byBit.get(bit) ?? []).some((outer) => isSubcube(next, outer))) extended.set(next.care * size + next.bits, next);
      }
    }
    cubes = [...survivors, ...extended.values()];
  }
  return cubes;
}
