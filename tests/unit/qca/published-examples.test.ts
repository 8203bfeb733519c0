/**
 * Minimisation checked against published worked examples. Each expected solution is stated as
 * published and, where the table is small, derived by hand in the comments as well.
 */
import { describe, expect, it } from 'vitest';
import { analyseQca } from '../../../shared/qca/minimize.js';
import { dataOfRows, round3, sorted, termsOf, type Row } from './helpers.js';

const ABC = ['A', 'B', 'C'];
/** A fully observed three-condition table: the listed patterns have the outcome, all others not. */
const fullTable = (positives: string[]): Row[] =>
  ['000', '001', '010', '011', '100', '101', '110', '111'].map((p) => [p, positives.includes(p) ? 1 : 0, [`case ${p}`]]);

describe('textbook Boolean minimisation (every configuration observed, so all three solutions agree)', () => {
  it('Ragin (1987), The Comparative Method, Boolean-minimisation chapter, hypothetical successful strikes: S = ABC + AbC + ABc + aBc → AC + Bc', () => {
    // A booming product market, B threat of sympathy strikes, C large strike fund.
    // Merges: ABC+AbC = AC, ABC+ABc = AB, ABc+aBc = Bc. Prime implicant chart:
    //   AbC only by AC and aBc only by Bc, so both are essential; together they also cover ABC
    //   and ABc, which makes AB redundant. Ragin's result: S = AC + Bc.
    const result = analyseQca(dataOfRows(ABC, 'S', fullTable(['111', '101', '110', '010'])));
    expect(result.complex.primeImplicants.length).toBe(3);
    for (const set of [result.complex, result.parsimonious, result.intermediate[0]!]) {
      expect(set.solutions.length).toBe(1);
      expect(termsOf(set.solutions[0]!, ABC)).toEqual(sorted(['A*C', 'B*~C']));
    }
  });

  it('ABC + AbC + ABc → AC + AB (both primes essential)', () => {
    // ABC+AbC = AC, ABC+ABc = AB; AbC and ABc differ in two conditions and do not merge.
    const result = analyseQca(dataOfRows(ABC, 'Y', fullTable(['111', '101', '110'])));
    expect(termsOf(result.complex.solutions[0]!, ABC)).toEqual(sorted(['A*C', 'A*B']));
  });

  it('ABC + AbC + aBC → AC + BC', () => {
    const result = analyseQca(dataOfRows(ABC, 'Y', fullTable(['111', '101', '011'])));
    expect(termsOf(result.complex.solutions[0]!, ABC)).toEqual(sorted(['A*C', 'B*C']));
  });
});

/**
 * Survival of democracy in inter-war Europe, crisp version: data set `LC` of the R package QCA
 * (Dușa), after Lipset's conditions DEV, URB, LIT, IND, STB and outcome SURV for 18 countries.
 * The truth table, solutions, fit and cases below are those printed in the package's own
 * regression tests, dusadrian/QCA tests/testthat/_snaps/minimize.md (ttLC, cLC, pLC, ttLCn).
 */
const LC_CONDITIONS = ['DEV', 'URB', 'LIT', 'IND', 'STB'];
const LC: Row[] = [
  ['11111', 1, ['BE', 'CZ', 'NL', 'UK']], // row 32
  ['10101', 1, ['FI', 'IE']], // row 22
  ['10111', 1, ['FR', 'SE']], // row 24
  ['00000', 0, ['GR', 'PT', 'ES']], // row 1
  ['00001', 0, ['IT', 'RO']], // row 2
  ['00100', 0, ['HU', 'PL']], // row 5
  ['00101', 0, ['EE']], // row 6
  ['10110', 0, ['AU']], // row 23
  ['11110', 0, ['DE']], // row 31
];
const lcData = dataOfRows(LC_CONDITIONS, 'SURV', LC);
const rowNumbers = (codes: number[]) => codes.map((c) => c + 1);

describe('Lipset, crisp (QCA package data set LC)', () => {
  it('truth table: 9 observed rows with the published n and outcome, 23 remainders', () => {
    const { truthTable } = analyseQca(lcData);
    expect(truthTable.rows.map((r) => [r.code + 1, r.outcome, r.n])).toEqual([
      [1, 0, 3], [2, 0, 2], [5, 0, 2], [6, 0, 1], [22, 1, 2], [24, 1, 2], [23, 0, 1], [31, 0, 1], [32, 1, 4],
    ].sort((a, b) => a[0]! - b[0]!));
    expect(truthTable.remainders.length).toBe(23);
  });

  it('complex: DEV*~URB*LIT*STB + DEV*LIT*IND*STB, covS 0.500/0.750, covU 0.250/0.500', () => {
    const { complex } = analyseQca(lcData);
    expect(complex.solutions.length).toBe(1);
    const [solution] = complex.solutions;
    expect(termsOf(solution!, LC_CONDITIONS)).toEqual(sorted(['DEV*~URB*LIT*STB', 'DEV*LIT*IND*STB']));
    const byName = new Map(solution!.terms.map((t) => [termsOf({ ...solution!, terms: [t] }, LC_CONDITIONS)[0], t]));
    const first = byName.get('DEV*~URB*LIT*STB')!;
    const second = byName.get('DEV*LIT*IND*STB')!;
    expect([first.consistency, round3(first.rawCoverage), round3(first.uniqueCoverage)]).toEqual([1, 0.5, 0.25]);
    expect([second.consistency, round3(second.rawCoverage), round3(second.uniqueCoverage)]).toEqual([1, 0.75, 0.5]);
    expect(first.cases).toEqual(['FI', 'IE', 'FR', 'SE']);
    expect(second.cases).toEqual(['BE', 'CZ', 'NL', 'UK', 'FR', 'SE']);
    expect([solution!.consistency, solution!.coverage]).toEqual([1, 1]);
    expect(solution!.remaindersUsed).toEqual([]);
  });

  it('parsimonious: DEV*STB, using remainders 18, 20, 26, 28, 30', () => {
    const { parsimonious } = analyseQca(lcData);
    expect(parsimonious.solutions.length).toBe(1);
    expect(termsOf(parsimonious.solutions[0]!, LC_CONDITIONS)).toEqual(['DEV*STB']);
    expect(rowNumbers(parsimonious.solutions[0]!.remaindersUsed)).toEqual([18, 20, 26, 28, 30]);
    expect(sorted(parsimonious.solutions[0]!.terms[0]!.cases)).toEqual(sorted(['FI', 'IE', 'FR', 'SE', 'BE', 'CZ', 'NL', 'UK']));
  });

  it('negated outcome: complex ~DEV*~URB*~IND + DEV*LIT*IND*~STB; parsimonious ~DEV + ~STB (covS 0.8/0.7, covU 0.3/0.2)', () => {
    const result = analyseQca(lcData, { negateOutcome: true });
    expect(result.truthTable.outcome).toBe('~SURV');
    expect(termsOf(result.complex.solutions[0]!, LC_CONDITIONS)).toEqual(sorted(['~DEV*~URB*~IND', 'DEV*LIT*IND*~STB']));
    expect(result.parsimonious.solutions.length).toBe(1);
    const [pars] = result.parsimonious.solutions;
    expect(termsOf(pars!, LC_CONDITIONS)).toEqual(sorted(['~DEV', '~STB']));
    // Terms are ordered by condition: ~DEV before ~STB.
    expect(pars!.terms.map((t) => [round3(t.rawCoverage), round3(t.uniqueCoverage)])).toEqual([[0.8, 0.3], [0.7, 0.2]]);
    expect(sorted(pars!.terms[0]!.cases)).toEqual(sorted(['GR', 'PT', 'ES', 'IT', 'RO', 'HU', 'PL', 'EE']));
    expect(sorted(pars!.terms[1]!.cases)).toEqual(sorted(['GR', 'PT', 'ES', 'HU', 'PL', 'AU', 'DE']));
  });

  it('intermediate with every condition expected present: DEV*LIT*STB (easy counterfactual: row 30)', () => {
    // By hand (Ragin & Sonnett): c1 = DEV*~URB*LIT*STB ⊆ p = DEV*STB. ~URB is not in p and goes
    // against "URB present", so it is dropped; LIT agrees and stays: DEV*LIT*STB. c2 =
    // DEV*LIT*IND*STB keeps LIT and IND. The only remainder inside DEV*LIT*STB is 11101 (row 30).
    // Rows 22, 24, 32 with row 30 as a don't-care merge into DEV*LIT*STB. The package prints the
    // same solution for the fuzzy version of these data (ttLF, dir.exp = "1,1,1,1,1"), whose
    // complex and parsimonious solutions are the same as here.
    const result = analyseQca(lcData, { expectations: ['present', 'present', 'present', 'present', 'present'] });
    expect(result.intermediate.length).toBe(1);
    const [model] = result.intermediate;
    expect([model!.complexSolution, model!.parsimoniousSolution]).toEqual([0, 0]);
    expect(rowNumbers(model!.easyCounterfactuals)).toEqual([30]);
    expect(termsOf(model!.solutions[0]!, LC_CONDITIONS)).toEqual(['DEV*LIT*STB']);
    expect(rowNumbers(model!.solutions[0]!.remaindersUsed)).toEqual([30]);
  });

  it('intermediate equals the complex solution when no literal goes against an expectation', () => {
    // URB expected absent keeps ~URB in c1, LIT present keeps LIT, IND "either" keeps IND:
    // nothing is dropped, so no remainder is an easy counterfactual.
    const result = analyseQca(lcData, { expectations: ['present', 'absent', 'present', 'either', 'present'] });
    expect(result.intermediate[0]!.easyCounterfactuals).toEqual([]);
    expect(termsOf(result.intermediate[0]!.solutions[0]!, LC_CONDITIONS)).toEqual(sorted(['DEV*~URB*LIT*STB', 'DEV*LIT*IND*STB']));
  });

  it('intermediate equals the parsimonious solution when every dropped literal is easy', () => {
    // All expected absent: LIT is dropped from c1 (DEV*~URB*STB) and LIT, IND from c2 (DEV*STB),
    // so all five simplifying assumptions are easy.
    const result = analyseQca(lcData, { expectations: ['absent', 'absent', 'absent', 'absent', 'absent'] });
    expect(rowNumbers(result.intermediate[0]!.easyCounterfactuals)).toEqual([18, 20, 26, 28, 30]);
    expect(termsOf(result.intermediate[0]!.solutions[0]!, LC_CONDITIONS)).toEqual(['DEV*STB']);
  });
});

/**
 * Women's representation in parliament: Krook (2010), "Women's Representation in Parliament: A
 * Qualitative Comparative Analysis", Political Studies 58(5); data set `d.represent` of the R
 * package QCA, conditions ES QU WS WM LP, outcome WNP. Published results from dusadrian/QCA
 * tests/testthat/_snaps/minimize.md: the parsimonious models Kro.sp (with their prime implicant
 * chart, cases and simplifying assumptions), the complex solution Kro.sc and that of ~WNP.
 * The rows with the outcome and their countries are read off Kro.sp's chart and case lists; the
 * rows without it are those the ~WNP complex solution covers (one placeholder case each, as the
 * snapshot does not name them). All other configurations are remainders.
 */
const KROOK_CONDITIONS = ['ES', 'QU', 'WS', 'WM', 'LP'];
const KROOK: Row[] = [
  ['00011', 1, ['NZ']], // row 4
  ['01011', 1, ['DE']], // row 12
  ['10100', 1, ['FI']], // row 21
  ['10111', 1, ['DK']], // row 24
  ['11001', 1, ['AT']], // row 26
  ['11010', 1, ['ES']], // row 27
  ['11011', 1, ['NL', 'BE']], // row 28
  ['11100', 1, ['SE']], // row 29
  ['11111', 1, ['NO', 'IS']], // row 32
  ['00010', 0, ['row 3']],
  ['01000', 0, ['row 9']],
  ['01010', 0, ['row 11']],
  ['10001', 0, ['row 18']],
  ['11000', 0, ['row 25']],
];
const krook = dataOfRows(KROOK_CONDITIONS, 'WNP', KROOK);

describe('Krook (2010), QCA package data set d.represent', () => {
  it('parsimonious: M1 WS + ES*WM + QU*LP + ~ES*LP and M2 WS + ES*WM + QU*LP + WM*LP', () => {
    const { parsimonious } = analyseQca(krook);
    // The published chart's seven prime implicants.
    expect(parsimonious.primeImplicants.length).toBe(7);
    expect(parsimonious.solutions.map((s) => termsOf(s, KROOK_CONDITIONS))).toEqual([
      sorted(['WS', 'ES*WM', 'QU*LP', '~ES*LP']),
      sorted(['WS', 'ES*WM', 'QU*LP', 'WM*LP']),
    ]);
    // Kro.sp$SA: the remainders each model assumes.
    expect(rowNumbers(parsimonious.solutions[0]!.remaindersUsed)).toEqual([2, 5, 6, 7, 8, 10, 13, 14, 15, 16, 19, 20, 22, 23, 30, 31]);
    expect(rowNumbers(parsimonious.solutions[1]!.remaindersUsed)).toEqual([5, 6, 7, 8, 10, 13, 14, 15, 16, 19, 20, 22, 23, 30, 31]);
  });

  it('parsimonious M1 fit: covS and the (M1) unique coverage column', () => {
    const [m1] = analyseQca(krook).parsimonious.solutions;
    const fit = Object.fromEntries(
      m1!.terms.map((t) => [termsOf({ ...m1!, terms: [t] }, KROOK_CONDITIONS)[0], [round3(t.rawCoverage), round3(t.uniqueCoverage)]]),
    );
    expect(fit).toEqual({
      WS: [0.455, 0.182],
      'ES*WM': [0.545, 0.091],
      'QU*LP': [0.545, 0.091],
      '~ES*LP': [0.182, 0.091],
    });
    expect(m1!.terms.find((t) => t.literals[2] === 1 && t.literals.filter((l) => l !== null).length === 1)!.cases)
      .toEqual(['FI', 'DK', 'SE', 'NO', 'IS']);
    expect([m1!.consistency, m1!.coverage]).toEqual([1, 1]);
  });

  it('complex (Kro.sc): ~ES*~WS*WM*LP + ES*QU*~WS*WM + ES*QU*~WS*LP + ES*WS*~WM*~LP + ES*WS*WM*LP', () => {
    const { complex } = analyseQca(krook);
    expect(complex.solutions.map((s) => termsOf(s, KROOK_CONDITIONS))).toEqual([
      sorted(['~ES*~WS*WM*LP', 'ES*QU*~WS*WM', 'ES*QU*~WS*LP', 'ES*WS*~WM*~LP', 'ES*WS*WM*LP']),
    ]);
  });

  it('complex for ~WNP: ~ES*~WS*WM*~LP + QU*~WS*~WM*~LP + ES*~QU*~WS*~WM*LP', () => {
    const { complex } = analyseQca(krook, { negateOutcome: true });
    expect(complex.solutions.map((s) => termsOf(s, KROOK_CONDITIONS))).toEqual([
      sorted(['~ES*~WS*WM*~LP', 'QU*~WS*~WM*~LP', 'ES*~QU*~WS*~WM*LP']),
    ]);
  });
});
