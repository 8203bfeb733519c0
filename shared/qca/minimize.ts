/**
 * Boolean minimisation of a crisp truth table into the three solutions QCA reports (Ragin 2008,
 * "Redesigning Social Inquiry"; Schneider & Wagemann 2012, "Set-Theoretic Methods"):
 *
 * - complex (conservative): only the rows with the outcome are minimised; remainders are assumed
 *   not to produce it.
 * - parsimonious: every remainder (unobserved, or observed fewer times than the frequency
 *   threshold) is a don't-care, usable wherever it simplifies.
 * - intermediate: only the "easy counterfactuals" among the parsimonious solution's remainders
 *   are used. Following Ragin & Sonnett (2005) as `QCA::minimize(dir.exp = …)` does, for each
 *   complex solution Ci and parsimonious solution Pj: every term c of Ci is paired with each term
 *   p of Pj that contains it (c ⊆ p); from c we drop the literals that p lacks and that point
 *   against the researcher's expectation (~A where A is expected to contribute when present, A
 *   where expected when absent), keeping p's literals and those with no expectation ("either").
 *   The remainders inside the resulting terms are the easy counterfactuals; the rows with the
 *   outcome are then minimised again with those remainders as don't-cares, giving model "CiPj".
 *   With no expectation on any condition there is nothing to drop and it equals the complex one.
 *
 * Rows with outcome 0 are never covered. Ties between minimal covers are all returned (models
 * M1, M2, …) in a fixed order; terms are ordered by number of literals, then condition by condition.
 */
import { configurationsIn, covers, isSubcube, literalsOf, type Cube, type TermLiteral } from './cube.js';
import { minimalCovers } from './cover.js';
import { QcaInputError, type QcaData } from './data.js';
import { fitOf, type TermFit } from './fit.js';
import { primeImplicants, primesCovering } from './prime-implicants.js';
import { buildTruthTable, type TruthTable, type TruthTableOptions } from './truth-table.js';

/** Which value of a condition the researcher expects to contribute to the outcome. */
export type DirectionalExpectation = 'present' | 'absent' | 'either';

export interface QcaOptions extends TruthTableOptions {
  /** One per condition, for the intermediate solution; 'either' for all unless given. */
  expectations?: readonly DirectionalExpectation[];
}

export interface QcaTerm extends TermFit {
  literals: TermLiteral[];
}

export interface QcaSolution {
  terms: QcaTerm[];
  consistency: number | null;
  coverage: number | null;
  /** Codes of the remainders the solution's terms cover (its simplifying assumptions). */
  remaindersUsed: number[];
}

export interface QcaSolutionSet {
  /** Prime implicants that cover at least one row with the outcome (the chart's columns). */
  primeImplicants: TermLiteral[][];
  /** Every minimal solution; empty when no row has the outcome. */
  solutions: QcaSolution[];
  /** More minimal solutions tie than were returned (see COVER_LIMITS in cover.ts). */
  moreSolutionsOmitted: boolean;
}

export interface IntermediateSolutionSet extends QcaSolutionSet {
  /** Indices into `complex.solutions` and `parsimonious.solutions` (QCA's "C1P1" is 0, 0). */
  complexSolution: number;
  parsimoniousSolution: number;
  /** Codes of the remainders accepted as easy counterfactuals. */
  easyCounterfactuals: number[];
}

export interface QcaAnalysis {
  truthTable: TruthTable;
  complex: QcaSolutionSet;
  parsimonious: QcaSolutionSet;
  intermediate: IntermediateSolutionSet[];
}

interface Minimised {
  primes: Cube[];
  covers: Cube[][];
  truncated: boolean;
}

export function analyseQca(data: QcaData, options: QcaOptions = {}): QcaAnalysis {
  const table = buildTruthTable(data, options);
  const k = table.conditions.length;
  const expectations = options.expectations ?? table.conditions.map((): DirectionalExpectation => 'either');
  if (expectations.length !== k) {
    throw new QcaInputError(`Expected ${k} directional expectations (one per condition), got ${expectations.length}`);
  }
  const onSet = table.rows.filter((r) => r.outcome === 1).map((r) => r.code);
  const remainders = new Set([
    ...table.remainders.map((r) => r.code),
    ...table.rows.filter((r) => r.outcome === '?').map((r) => r.code),
  ]);

  const complex = minimise(onSet, onSet, k);
  const parsimonious = minimise([...onSet, ...remainders], onSet, k);
  const describe = (m: Minimised): QcaSolutionSet => ({
    primeImplicants: m.primes.map((p) => literalsOf(p, k)),
    solutions: m.covers.map((cubes) => solutionOf(cubes, table, remainders)),
    moreSolutionsOmitted: m.truncated,
  });

  const intermediate: IntermediateSolutionSet[] = [];
  // Tied parsimonious models often yield the same easy counterfactuals; minimise each set once.
  const byCounterfactuals = new Map<string, QcaSolutionSet>();
  complex.covers.forEach((c, ci) => {
    parsimonious.covers.forEach((p, pi) => {
      const easy = easyCounterfactuals(c, p, expectations, remainders, k);
      const key = easy.join(',');
      let set = byCounterfactuals.get(key);
      if (!set) {
        set = describe(minimise([...onSet, ...easy], onSet, k));
        byCounterfactuals.set(key, set);
      }
      intermediate.push({ ...set, complexSolution: ci, parsimoniousSolution: pi, easyCounterfactuals: easy });
    });
  });
  return { truthTable: table, complex: describe(complex), parsimonious: describe(parsimonious), intermediate };
}

function minimise(allowed: readonly number[], onSet: readonly number[], k: number): Minimised {
  if (onSet.length === 0) return { primes: [], covers: [], truncated: false };
  const primes = primesCovering(primeImplicants(allowed, k), onSet);
  const chart = primes.map((p) => onSet.flatMap((code, row) => (covers(p, code) ? [row] : [])));
  const { covers: found, truncated } = minimalCovers(chart, onSet.length);
  return { primes, covers: found.map((cover) => cover.map((i) => primes[i]!)), truncated };
}

function easyCounterfactuals(
  complexTerms: readonly Cube[],
  parsimoniousTerms: readonly Cube[],
  expectations: readonly DirectionalExpectation[],
  remainders: ReadonlySet<number>,
  k: number,
): number[] {
  const easy = new Set<number>();
  for (const c of complexTerms) {
    for (const p of parsimoniousTerms) {
      if (!isSubcube(c, p)) continue;
      let { care, bits } = c;
      for (let i = 0; i < k; i++) {
        const bit = 1 << (k - 1 - i);
        if ((p.care & bit) !== 0 || (c.care & bit) === 0) continue;
        const present = (c.bits & bit) !== 0;
        const expectation = expectations[i];
        const againstExpectation = (expectation === 'present' && !present) || (expectation === 'absent' && present);
        if (againstExpectation) {
          care &= ~bit;
          bits &= ~bit;
        }
      }
      for (const code of configurationsIn({ care, bits }, k)) if (remainders.has(code)) easy.add(code);
    }
  }
  return [...easy].sort((a, b) => a - b);
}

function solutionOf(cubes: readonly Cube[], table: TruthTable, remainders: ReadonlySet<number>): QcaSolution {
  const k = table.conditions.length;
  const fit = fitOf(cubes, table.cases);
  return {
    terms: cubes.map((cube, i) => ({ literals: literalsOf(cube, k), ...fit.terms[i]! })),
    ...fit.solution,
    remaindersUsed: [...remainders].filter((code) => cubes.some((cube) => covers(cube, code))).sort((a, b) => a - b),
  };
}
