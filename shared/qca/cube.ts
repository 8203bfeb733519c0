/**
 * Configurations and implicants as bit patterns. Condition i (in the order the researcher listed
 * the conditions) is bit k−1−i, so a configuration's number read in binary spells its 0/1 values
 * left to right, and number + 1 is the row number the R package QCA prints (row 1 = all absent).
 *
 * An implicant (a conjunction such as A*~C) is a cube: `care` has a bit for each condition that
 * appears in it and `bits` holds the required values on those bits (0 elsewhere). The empty
 * conjunction (care = 0) is the tautology, which covers every configuration.
 */
import type { Membership } from './data.js';

export interface Cube {
  care: number;
  bits: number;
}

/** One literal per condition: 1 = present, 0 = absent (negated), null = not in the term. */
export type TermLiteral = Membership | null;

export const fullMask = (k: number): number => (1 << k) - 1;

const bitOf = (k: number, i: number): number => 1 << (k - 1 - i);

export function codeOf(configuration: readonly Membership[]): number {
  return configuration.reduce<number>((code, v) => (code << 1) | v, 0);
}

export function configurationOf(code: number, k: number): Membership[] {
  return Array.from({ length: k }, (_, i) => ((code & bitOf(k, i)) === 0 ? 0 : 1));
}

export function covers(cube: Cube, code: number): boolean {
  return (code & cube.care) === cube.bits;
}

/** `inner` ⊆ `outer`: every configuration inner covers, outer covers too. */
export function isSubcube(inner: Cube, outer: Cube): boolean {
  return (inner.care & outer.care) === outer.care && (inner.bits & outer.care) === outer.bits;
}

export function literalCount(cube: Cube): number {
  let n = 0;
  for (let m = cube.care; m !== 0; m &= m - 1) n++;
  return n;
}

export function literalsOf(cube: Cube, k: number): TermLiteral[] {
  return Array.from({ length: k }, (_, i) => {
    const bit = bitOf(k, i);
    if ((cube.care & bit) === 0) return null;
    return (cube.bits & bit) === 0 ? 0 : 1;
  });
}

/** Every configuration the cube covers, ascending (bits and free bits are disjoint, so bits + sub grows with sub). */
export function configurationsIn(cube: Cube, k: number): number[] {
  const free = fullMask(k) & ~cube.care;
  const codes: number[] = [];
  // Walk the subsets of the free bits in increasing order (the standard "next subset" step).
  let sub = 0;
  do {
    codes.push(cube.bits | sub);
    sub = (sub - free) & free;
  } while (sub !== 0);
  return codes;
}

/**
 * Deterministic order for terms: fewer literals first, then condition by condition with
 * present < absent < not in the term, so A*B comes before A*C and A*~B.
 */
export function compareCubes(a: Cube, b: Cube, k: number): number {
  const byCount = literalCount(a) - literalCount(b);
  if (byCount !== 0) return byCount;
  const rank = (l: TermLiteral) => (l === 1 ? 0 : l === 0 ? 1 : 2);
  const la = literalsOf(a, k);
  const lb = literalsOf(b, k);
  for (let i = 0; i < k; i++) {
    const d = rank(la[i]!) - rank(lb[i]!);
    if (d !== 0) return d;
  }
  return 0;
}
