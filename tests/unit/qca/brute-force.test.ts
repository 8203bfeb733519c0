/**
 * The minimiser against a brute-force one on random truth tables (fast-check): prime implicants
 * from their definition over all 3^k terms, minimal solutions by trying every set of primes in
 * increasing size, and, for up to three conditions, the minimum over every sum of implicants (not
 * only primes) to confirm that restricting to primes loses nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Membership, QcaData } from '../../../shared/qca/data.js';
import { formatTerm } from '../../../shared/qca/format.js';
import { analyseQca, type DirectionalExpectation, type QcaSolution } from '../../../shared/qca/minimize.js';
import { primesAvoiding, primesByMerging } from '../../../shared/qca/prime-implicants.js';

type Status = 'positive' | 'negative' | 'remainder';
type Literal = Membership | null;

const names = ['A', 'B', 'C', 'D'];
const configurations = (k: number): Membership[][] =>
  Array.from({ length: 1 << k }, (_, code) => Array.from({ length: k }, (_, i) => ((code >> (k - 1 - i)) & 1) as Membership));
const allTerms = (k: number): Literal[][] =>
  k === 0 ? [[]] : allTerms(k - 1).flatMap((t) => [[...t, 1], [...t, 0], [...t, null]] as Literal[][]);
const coversConfig = (term: Literal[], config: Membership[]) => term.every((l, i) => l === null || l === config[i]);
const contains = (outer: Literal[], inner: Literal[]) => outer.every((l, i) => l === null || l === inner[i]);

function dataOf(k: number, statuses: Status[]): QcaData {
  const cases = configurations(k).flatMap((config, code) =>
    statuses[code] === 'remainder' ? [] : [{ id: `r${code}`, label: `r${code}`, conditions: config, outcome: (statuses[code] === 'positive' ? 1 : 0) as Membership }],
  );
  return { conditions: names.slice(0, k), outcome: 'Y', cases };
}

/** All minimal solutions (as sorted term strings) given which configurations may be covered. */
function bruteForce(k: number, statuses: Status[], allowed: (s: Status) => boolean) {
  const configs = configurations(k);
  const positives = configs.filter((_, code) => statuses[code] === 'positive');
  const implicants = allTerms(k).filter((t) => configs.every((c, code) => !coversConfig(t, c) || allowed(statuses[code]!)));
  const primes = implicants
    .filter((t) => !implicants.some((u) => u !== t && contains(u, t)))
    .filter((t) => positives.some((c) => coversConfig(t, c)));
  const coverAll = (set: Literal[][]) => positives.every((c) => set.some((t) => coversConfig(t, c)));
  const subsetsOfSize = <T>(items: T[], size: number): T[][] =>
    size === 0 ? [[]] : items.flatMap((item, i) => subsetsOfSize(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
  let solutions: string[][] = [];
  for (let size = 1; size <= primes.length && solutions.length === 0; size++) {
    solutions = subsetsOfSize(primes, size).filter(coverAll).map((set) => set.map((t) => formatTerm(t, names)).sort());
  }
  let minimumOverImplicants = 0;
  if (k <= 3 && positives.length > 0) {
    for (let size = 1; minimumOverImplicants === 0; size++) {
      if (subsetsOfSize(implicants, size).some(coverAll)) minimumOverImplicants = size;
    }
  }
  return {
    primes: primes.map((t) => formatTerm(t, names)).sort(),
    solutions: solutions.map((s) => s.join(' + ')).sort(),
    minimumOverImplicants,
  };
}

const engineSolutions = (solutions: QcaSolution[]) =>
  solutions.map((s) => s.terms.map((t) => formatTerm(t.literals, names)).sort().join(' + ')).sort();

const tableArb = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    statuses: fc.array(fc.constantFrom<Status>('positive', 'negative', 'remainder'), { minLength: 1 << k, maxLength: 1 << k }),
    expectations: fc.array(fc.constantFrom<DirectionalExpectation>('present', 'absent', 'either'), { minLength: k, maxLength: k }),
  }),
).filter(({ statuses }) => statuses.some((s) => s !== 'remainder'));

describe('minimisation agrees with brute force on random truth tables', () => {
  it('complex and parsimonious: same prime implicants and the same set of minimal solutions', () => {
    fc.assert(
      fc.property(tableArb, ({ k, statuses }) => {
        const result = analyseQca(dataOf(k, statuses));
        const complex = bruteForce(k, statuses, (s) => s === 'positive');
        const parsimonious = bruteForce(k, statuses, (s) => s !== 'negative');
        expect(result.complex.primeImplicants.map((t) => formatTerm(t, names)).sort()).toEqual(complex.primes);
        expect(engineSolutions(result.complex.solutions)).toEqual(complex.solutions);
        expect(result.parsimonious.primeImplicants.map((t) => formatTerm(t, names)).sort()).toEqual(parsimonious.primes);
        expect(engineSolutions(result.parsimonious.solutions)).toEqual(parsimonious.solutions);
        if (k <= 3 && statuses.includes('positive')) {
          expect(result.complex.solutions[0]!.terms.length).toBe(complex.minimumOverImplicants);
          expect(result.parsimonious.solutions[0]!.terms.length).toBe(parsimonious.minimumOverImplicants);
        }
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it('intermediate solutions lie between the complex and the parsimonious ones and use only easy counterfactuals', () => {
    fc.assert(
      fc.property(tableArb, ({ k, statuses, expectations }) => {
        const result = analyseQca(dataOf(k, statuses), { expectations });
        const configs = configurations(k);
        const coveredBy = (s: QcaSolution) =>
          configs.map((c) => s.terms.some((t) => coversConfig(t.literals, c)));
        expect(result.intermediate.length).toBe(result.complex.solutions.length * result.parsimonious.solutions.length);
        for (const model of result.intermediate) {
          const complex = coveredBy(result.complex.solutions[model.complexSolution]!);
          const parsimonious = coveredBy(result.parsimonious.solutions[model.parsimoniousSolution]!);
          // Every easy counterfactual is a simplifying assumption of the parsimonious model.
          for (const code of model.easyCounterfactuals) {
            expect(statuses[code]).toBe('remainder');
            expect(parsimonious[code]).toBe(true);
          }
          // Ragin & Sonnett term by term, on literal arrays: drop from each complex term c the
          // literals that its containing parsimonious term p lacks and that go against expectation.
          const easy = new Set<number>();
          for (const c of result.complex.solutions[model.complexSolution]!.terms) {
            for (const p of result.parsimonious.solutions[model.parsimoniousSolution]!.terms) {
              if (!contains(p.literals, c.literals)) continue;
              const reduced = c.literals.map((l, i) =>
                p.literals[i] === null && ((expectations[i] === 'present' && l === 0) || (expectations[i] === 'absent' && l === 1)) ? null : l);
              configs.forEach((config, code) => {
                if (statuses[code] === 'remainder' && coversConfig(reduced, config)) easy.add(code);
              });
            }
          }
          expect(model.easyCounterfactuals).toEqual([...easy].sort((a, b) => a - b));
          for (const solution of model.solutions) {
            const covered = coveredBy(solution);
            configs.forEach((_, code) => {
              if (complex[code]) expect(covered[code]).toBe(true);
              if (covered[code]) expect(parsimonious[code]).toBe(true);
              if (statuses[code] === 'negative') expect(covered[code]).toBe(false);
            });
            expect(solution.remaindersUsed.every((code) => model.easyCounterfactuals.includes(code))).toBe(true);
          }
        }
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it("with no expectation on any condition ('either'), the intermediate solution is the complex one", () => {
    fc.assert(
      fc.property(tableArb, ({ k, statuses }) => {
        const result = analyseQca(dataOf(k, statuses));
        for (const model of result.intermediate) {
          expect(model.easyCounterfactuals).toEqual([]);
          expect(engineSolutions(model.solutions)).toEqual(engineSolutions(result.complex.solutions));
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('the two prime implicant methods agree', () => {
  it('merging the allowed configurations and avoiding the forbidden ones give the same primes', () => {
    const key = (c: { care: number; bits: number }) => `${c.care}/${c.bits}`;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((k) => fc.record({ k: fc.constant(k), allowed: fc.array(fc.boolean(), { minLength: 1 << k, maxLength: 1 << k }) })),
        ({ k, allowed }) => {
          const codes = allowed.flatMap((ok, code) => (ok ? [code] : []));
          const forbidden = allowed.flatMap((ok, code) => (ok ? [] : [code]));
          const merged = primesByMerging(new Set(codes), k).map(key).sort();
          const avoided = codes.length === 0 ? [] : primesAvoiding(forbidden, k).map(key).sort();
          expect(avoided).toEqual(merged);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
