/**
 * Parameters of fit for crisp sets (Ragin 2006, "Set Relations in Social Research"; Schneider &
 * Wagemann 2012), over cases, not truth-table rows:
 *   consistency(X)      = |X ∩ Y| / |X|     — how reliably the cases in X show the outcome Y
 *   raw coverage(X)     = |X ∩ Y| / |Y|     — how much of Y the term X accounts for
 *   unique coverage(Xi) = |Xi ∩ Y minus every other term of the solution| / |Y|
 * where X is the set of cases whose configuration the term covers. Solution consistency and
 * coverage use the union of the solution's terms. A ratio with nothing below the line is null.
 */
import { codeOf, covers, type Cube } from './cube.js';
import type { QcaCase } from './data.js';

export interface TermFit {
  consistency: number | null;
  rawCoverage: number | null;
  uniqueCoverage: number | null;
  /** Ids of all cases the term covers, in input order. */
  cases: string[];
  /** Covered cases without the outcome: the ones that lower consistency. */
  deviantCases: string[];
}

export interface SolutionFit {
  consistency: number | null;
  coverage: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function fitOf(cubes: readonly Cube[], cases: readonly QcaCase[]): { terms: TermFit[]; solution: SolutionFit } {
  const codes = cases.map((c) => codeOf(c.conditions));
  const inTerm = cubes.map((cube) => codes.map((code) => covers(cube, code)));
  const withOutcome = cases.filter((c) => c.outcome === 1).length;
  const terms = cubes.map((_, t): TermFit => {
    let covered = 0;
    let consistent = 0;
    let unique = 0;
    const ids: string[] = [];
    const deviant: string[] = [];
    cases.forEach((c, i) => {
      if (!inTerm[t]![i]) return;
      covered++;
      ids.push(c.id);
      if (c.outcome === 0) {
        deviant.push(c.id);
        return;
      }
      consistent++;
      if (inTerm.every((other, u) => u === t || !other[i])) unique++;
    });
    return {
      consistency: ratio(consistent, covered),
      rawCoverage: ratio(consistent, withOutcome),
      uniqueCoverage: ratio(unique, withOutcome),
      cases: ids,
      deviantCases: deviant,
    };
  });
  let covered = 0;
  let consistent = 0;
  cases.forEach((c, i) => {
    if (!inTerm.some((term) => term[i])) return;
    covered++;
    if (c.outcome === 1) consistent++;
  });
  return { terms, solution: { consistency: ratio(consistent, covered), coverage: ratio(consistent, withOutcome) } };
}
