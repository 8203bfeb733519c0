/**
 * A small crafted crisp data set with inconsistent and infrequent rows, every number computed by
 * hand in the comments. Conditions A, B, C; outcome Y; 14 cases, 9 of them with Y.
 */
import { describe, expect, it } from 'vitest';
import { QcaInputError, MAX_CONDITIONS } from '../../../shared/qca/data.js';
import { analyseQca } from '../../../shared/qca/minimize.js';
import { buildTruthTable } from '../../../shared/qca/truth-table.js';
import { dataOfRows, sorted, termsOf, type Row } from './helpers.js';

const ABC = ['A', 'B', 'C'];
const rows: Row[] = [
  ['110', 1, ['c1', 'c2', 'c3']],
  ['110', 0, ['c4']], // row 110: 3 of 4 with Y, consistency 0.75, contradictory
  ['111', 1, ['c5', 'c6']],
  ['011', 1, ['c7', 'c8', 'c9']],
  ['001', 0, ['c10', 'c11']],
  ['000', 1, ['c12']],
  ['100', 0, ['c13', 'c14']],
];
const data = dataOfRows(ABC, 'Y', rows);

describe('truth table', () => {
  it('with the default threshold (1.0) the contradictory row is 0 and flagged; remainders listed', () => {
    const table = buildTruthTable(data);
    expect(table.rows.map((r) => [r.code, r.n, r.withOutcome, r.consistency, r.outcome, r.contradictory])).toEqual([
      [0b000, 1, 1, 1, 1, false],
      [0b001, 2, 0, 0, 0, false],
      [0b011, 3, 3, 1, 1, false],
      [0b100, 2, 0, 0, 0, false],
      [0b110, 4, 3, 0.75, 0, true],
      [0b111, 2, 2, 1, 1, false],
    ]);
    expect(table.rows[4]!.cases).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(table.rows[4]!.configuration).toEqual([1, 1, 0]);
    expect(table.remainders).toEqual([
      { code: 0b010, configuration: [0, 1, 0] },
      { code: 0b101, configuration: [1, 0, 1] },
    ]);
  });

  it('a consistency threshold of 0.75 gives the contradictory row the outcome', () => {
    expect(buildTruthTable(data, { consistencyThreshold: 0.75 }).rows[4]!.outcome).toBe(1);
    expect(buildTruthTable(data, { consistencyThreshold: 0.76 }).rows[4]!.outcome).toBe(0);
  });

  it("a frequency threshold of 2 turns the single-case row into '?' (a remainder for minimisation)", () => {
    const table = buildTruthTable(data, { frequencyThreshold: 2 });
    expect(table.rows[0]!.outcome).toBe('?');
    const result = analyseQca(data, { frequencyThreshold: 2 });
    // Without 000 as a positive row ~A*~B*~C disappears from the complex solution: B*C alone.
    expect(termsOf(result.complex.solutions[0]!, ABC)).toEqual(['B*C']);
  });

  it('negating the outcome swaps consistencies', () => {
    const table = buildTruthTable(data, { negateOutcome: true });
    expect(table.outcome).toBe('~Y');
    expect(table.rows.map((r) => r.consistency)).toEqual([0, 1, 0, 1, 0.25, 0]);
  });

  it('refuses malformed input with a message saying what is wrong', () => {
    const bad = (patch: object, options = {}) => () => buildTruthTable({ ...data, ...patch }, options);
    expect(bad({ conditions: [] })).toThrow(/at least one condition/);
    expect(bad({ conditions: ['A', 'B', 'A'] })).toThrow(QcaInputError);
    expect(bad({ outcome: 'A' })).toThrow(/used twice/);
    expect(bad({ cases: [] })).toThrow(/no cases/);
    expect(bad({ cases: [data.cases[0], data.cases[0]] })).toThrow(/appears twice/);
    expect(bad({ cases: [{ ...data.cases[0]!, conditions: [1, 0] }] })).toThrow(/expected 3/);
    expect(bad({ cases: [{ ...data.cases[0]!, outcome: 2 }] })).toThrow(/other than 0 or 1/);
    expect(bad({}, { consistencyThreshold: 0 })).toThrow(/consistency threshold/);
    expect(bad({}, { consistencyThreshold: 1.5 })).toThrow(/consistency threshold/);
    expect(bad({}, { frequencyThreshold: 1.5 })).toThrow(/frequency threshold/);
    const many = Array.from({ length: MAX_CONDITIONS + 1 }, (_, i) => `X${i}`);
    expect(() => buildTruthTable({ conditions: many, outcome: 'Y', cases: [{ id: '1', label: '1', conditions: many.map(() => 0), outcome: 1 }] }))
      .toThrow(/Too many conditions/);
  });
});

describe('solutions and their fit (consistency threshold 0.75)', () => {
  const result = analyseQca(data, { consistencyThreshold: 0.75, expectations: ['present', 'present', 'present'] });

  it('complex: A*B + B*C + ~A*~B*~C, each prime essential', () => {
    // Rows with Y: 000, 011, 110, 111. 011+111 = B*C, 110+111 = A*B; 000 has no neighbour with Y.
    // 110 is covered only by A*B, 011 only by B*C, 000 only by ~A*~B*~C.
    const [solution] = result.complex.solutions;
    expect(result.complex.solutions.length).toBe(1);
    expect(termsOf(solution!, ABC)).toEqual(sorted(['A*B', 'B*C', '~A*~B*~C']));
    // Terms in order: A*B, B*C, ~A*~B*~C (two literals before three; A before B).
    // A*B covers c1–c6, 5 with Y: consistency 5/6; raw coverage 5/9; only c1–c3 are not also
    //   covered by B*C, so unique coverage 3/9. c4 is the deviant case.
    // B*C covers c5–c9, all with Y: consistency 1; raw 5/9; unique c7–c9, 3/9.
    // ~A*~B*~C covers c12: consistency 1; raw and unique 1/9.
    const [ab, bc, none] = solution!.terms;
    expect([ab!.consistency, ab!.rawCoverage, ab!.uniqueCoverage]).toEqual([5 / 6, 5 / 9, 3 / 9]);
    expect(ab!.cases).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(ab!.deviantCases).toEqual(['c4']);
    expect([bc!.consistency, bc!.rawCoverage, bc!.uniqueCoverage]).toEqual([1, 5 / 9, 3 / 9]);
    expect([none!.consistency, none!.rawCoverage, none!.uniqueCoverage]).toEqual([1, 1 / 9, 1 / 9]);
    // The union covers c1–c9 and c12: 10 cases, 9 with Y.
    expect([solution!.consistency, solution!.coverage]).toEqual([0.9, 1]);
  });

  it('parsimonious: B + ~A*~C, assuming remainder 010', () => {
    // Remainders 010 and 101 are don't-cares; 001 and 100 are not allowed. Primes: B (010, 011,
    // 110, 111), ~A*~C (000, 010), A*C (101, 111). 000 needs ~A*~C; 011 and 110 need B.
    expect(result.parsimonious.primeImplicants.length).toBe(3);
    const [solution] = result.parsimonious.solutions;
    expect(termsOf(solution!, ABC)).toEqual(sorted(['B', '~A*~C']));
    expect(solution!.remaindersUsed).toEqual([0b010]);
    // B covers c1–c9 (8 with Y); ~A*~C covers c12. No overlap, so unique = raw.
    const [b, ac] = solution!.terms;
    expect([b!.consistency, b!.rawCoverage, b!.uniqueCoverage]).toEqual([8 / 9, 8 / 9, 8 / 9]);
    expect([ac!.consistency, ac!.rawCoverage, ac!.uniqueCoverage]).toEqual([1, 1 / 9, 1 / 9]);
    expect([solution!.consistency, solution!.coverage]).toEqual([0.9, 1]);
  });

  it('intermediate (all expected present): 010 is an easy counterfactual, then re-minimised as QCA does', () => {
    // Pairs c ⊆ p: A*B ⊆ B (A agrees with "present": kept), B*C ⊆ B (C kept), ~A*~B*~C ⊆ ~A*~C
    // (~B goes against "present": dropped, giving ~A*~C, which holds remainder 010).
    // Easy counterfactuals: {010}. QCA::minimize then minimises 000, 011, 110, 111 with 010 as a
    // don't-care: 010+011+110+111 = B, 000+010 = ~A*~C. Ragin & Sonnett's term-by-term reading
    // would print A*B + B*C + ~A*~C; QCA's algorithm (followed here) gives B + ~A*~C.
    const [model] = result.intermediate;
    expect(model!.easyCounterfactuals).toEqual([0b010]);
    expect(termsOf(model!.solutions[0]!, ABC)).toEqual(sorted(['B', '~A*~C']));
  });

  it('intermediate (B expected absent): no easy counterfactual, so it is the complex solution', () => {
    const other = analyseQca(data, { consistencyThreshold: 0.75, expectations: ['present', 'absent', 'present'] });
    expect(other.intermediate[0]!.easyCounterfactuals).toEqual([]);
    expect(termsOf(other.intermediate[0]!.solutions[0]!, ABC)).toEqual(sorted(['A*B', 'B*C', '~A*~B*~C']));
  });

  it('refuses expectations of the wrong length', () => {
    expect(() => analyseQca(data, { expectations: ['present'] })).toThrow(/one per condition/);
  });

  it('no row with the outcome: no solutions, and undefined coverage is null rather than NaN', () => {
    const none = analyseQca({ ...data, cases: data.cases.map((c) => ({ ...c, outcome: 0 as const })) });
    expect(none.complex.solutions).toEqual([]);
    expect(none.parsimonious.solutions).toEqual([]);
    expect(none.intermediate).toEqual([]);
  });

  it('every configuration with the outcome: the parsimonious solution is the tautology', () => {
    const all = analyseQca({ ...data, cases: data.cases.map((c) => ({ ...c, outcome: 1 as const })) });
    expect(all.parsimonious.solutions[0]!.terms[0]!.literals).toEqual([null, null, null]);
  });
});

describe('thresholds at exact ratios', () => {
  it('4 of 5 cases reach a threshold typed as 0.8', () => {
    const five = dataOfRows(['A'], 'Y', [['1', 1, ['a', 'b', 'c', 'd']], ['1', 0, ['e']], ['0', 0, ['f']]]);
    expect(buildTruthTable(five, { consistencyThreshold: 0.8 }).rows[1]!.outcome).toBe(1);
    expect(buildTruthTable(five, { consistencyThreshold: 0.81 }).rows[1]!.outcome).toBe(0);
  });
});
