import { describe, expect, it } from 'vitest';
import { coincidenceMatrix, krippendorffAlphaNominal, krippendorffAlphaOfUnits } from '../../../shared/agreement/alpha.js';
import { cohensKappa } from '../../../shared/agreement/kappa.js';
import { percentAgreement } from '../../../shared/agreement/percent.js';
import { UnitTally, unitsOfMatrix, type Statistic } from '../../../shared/agreement/units.js';

const value = (stat: Statistic) => {
  if (stat.value === null) throw new Error(`undefined: ${stat.reason}`);
  return stat.value;
};
const round3 = (x: number) => Math.round(x * 1000) / 1000;
/** Reliability data written as in the paper: one string per coder, '.' for missing. */
const data = (...rows: string[]) => rows.map((row) => row.split(/\s+/).map((v) => (v === '.' ? null : v)));

describe("Krippendorff's alpha, nominal (Krippendorff 2011, Computing Krippendorff's Alpha-Reliability)", () => {
  it('section A: binary data, two coders, 10 units gives 0.095', () => {
    const reliability = data('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0');
    // Coincidences by hand: 5 units 0-0 (o_00 = 10), 1 unit 1-1 (o_11 = 2), 4 mixed units (o_01 = o_10 = 4).
    expect(coincidenceMatrix(unitsOfMatrix(reliability))).toEqual({
      categories: ['0', '1'], o: [[10, 4], [4, 2]], totals: [14, 6], n: 20,
    });
    // α = 1 − (n − 1)·(o_01 + o_10) / (2·n_0·n_1) = 1 − 19·8 / (2·14·6) = 8/84.
    expect(value(krippendorffAlphaNominal(reliability))).toBeCloseTo(8 / 84, 12);
    expect(round3(value(krippendorffAlphaNominal(reliability)))).toBe(0.095);
  });

  it('section B: nominal data, two coders, 12 units gives 0.692', () => {
    const reliability = data('a a b b d c c c e d d a', 'b a b b b c c c e d d d');
    const { categories, o, totals, n } = coincidenceMatrix(unitsOfMatrix(reliability));
    expect(categories).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(o).toEqual([
      [2, 1, 0, 1, 0],
      [1, 4, 0, 1, 0],
      [0, 0, 6, 0, 0],
      [1, 1, 0, 4, 0],
      [0, 0, 0, 0, 2],
    ]);
    expect(totals).toEqual([4, 6, 6, 6, 2]);
    expect(n).toBe(24);
    // Σ_{c≠k} o_ck = 6; Σ_c n_c(n − n_c) = 4·20 + 6·18·3 + 2·22 = 448; α = 1 − 23·6/448 = 310/448.
    expect(value(krippendorffAlphaNominal(reliability))).toBeCloseTo(310 / 448, 12);
    expect(round3(value(krippendorffAlphaNominal(reliability)))).toBe(0.692);
  });

  it('section C: four coders, 12 units, missing values gives 0.743', () => {
    const reliability = data(
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    );
    const { categories, o, totals, n } = coincidenceMatrix(unitsOfMatrix(reliability));
    expect(categories).toEqual(['1', '2', '3', '4', '5']);
    // The paper's coincidence matrix; unit 12 has one value and is not pairable.
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    o.forEach((row, c) => row.forEach((x, k) => expect(x).toBeCloseTo(expected[c]![k]!, 12)));
    totals.forEach((x, c) => expect(x).toBeCloseTo([9, 13, 10, 5, 3][c]!, 12));
    expect(n).toBeCloseTo(40, 12);
    // α = ((n − 1)·Σ o_cc − Σ n_c(n_c − 1)) / (n(n − 1) − Σ n_c(n_c − 1)) = (39·32 − 344) / (1560 − 344).
    expect(value(krippendorffAlphaNominal(reliability))).toBeCloseTo(904 / 1216, 12);
    expect(round3(value(krippendorffAlphaNominal(reliability)))).toBe(0.743);
  });

  it("Wikipedia's computational example (three coders, 15 units, missing values) gives 0.691", () => {
    const reliability = data(
      '. . . . . 3 4 1 2 1 1 3 3 . 3',
      '1 . 2 1 3 3 4 3 . . . . . . .',
      '. . 2 1 3 4 4 . 2 1 1 3 3 . 4',
    );
    const { o, totals, n } = coincidenceMatrix(unitsOfMatrix(reliability));
    // By hand: o_11 = 6, o_22 = 4, o_33 = 7, o_44 = 3, o_13 = 1, o_34 = 2 (and symmetric).
    expect(o).toEqual([[6, 0, 1, 0], [0, 4, 0, 0], [1, 0, 7, 2], [0, 0, 2, 3]]);
    expect(totals).toEqual([7, 4, 10, 5]);
    expect(n).toBe(26);
    expect(value(krippendorffAlphaNominal(reliability))).toBeCloseTo(336 / 486, 12);
    expect(round3(value(krippendorffAlphaNominal(reliability)))).toBe(0.691);
  });

  it('is 1 for perfect agreement and undefined without variation or without pairable units', () => {
    expect(value(krippendorffAlphaNominal(data('a b c a', 'a b c a', 'a b . a')))).toBe(1);
    const uniform = krippendorffAlphaNominal(data('x x x', 'x x x'));
    expect(uniform).toEqual({ value: null, code: 'noVariation', reason: expect.stringMatching(/same category/) });
    const unpaired = krippendorffAlphaNominal(data('a . .', '. b .'));
    expect(unpaired).toEqual({ value: null, code: 'noPairedUnits', reason: expect.stringMatching(/two or more coders/) });
  });

  it('counts a weighted unit as that many identical units', () => {
    const expanded = data('0 0 0 1 1 0 1', '0 1 0 1 0 0 1', '0 0 . 1 1 0 0');
    const tally = new UnitTally();
    for (const unit of unitsOfMatrix(expanded)) tally.add(unit.values, unit.weight);
    expect(tally.units().length).toBeLessThan(7);
    expect(value(krippendorffAlphaOfUnits(tally.units()))).toBeCloseTo(value(krippendorffAlphaNominal(expanded)), 12);
  });
});

describe("Cohen's kappa", () => {
  /** The classic 2×2 table of 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. */
  const classic = [
    ...Array.from({ length: 20 }, () => ['yes', 'yes'] as const),
    ...Array.from({ length: 5 }, () => ['yes', 'no'] as const),
    ...Array.from({ length: 10 }, () => ['no', 'yes'] as const),
    ...Array.from({ length: 15 }, () => ['no', 'no'] as const),
  ];

  it('gives 0.40 on the classic 2×2 example (p_o = 0.70, p_e = 0.5·0.6 + 0.5·0.4 = 0.50)', () => {
    expect(value(cohensKappa(classic))).toBeCloseTo(0.4, 12);
    expect(value(percentAgreement([classic.map(([a]) => a), classic.map(([, b]) => b)]))).toBeCloseTo(0.7, 12);
    // Alpha on the same data by hand: o_yes,no = o_no,yes = 15, n_yes = 55, n_no = 45, n = 100,
    // α = 1 − 99·30 / (2·55·45) = 0.4.
    expect(value(krippendorffAlphaNominal([classic.map(([a]) => a), classic.map(([, b]) => b)]))).toBeCloseTo(0.4, 12);
  });

  it('gives 1 for perfect agreement and 0 for coders who always differ', () => {
    expect(value(cohensKappa([['a', 'a'], ['b', 'b'], ['c', 'c']]))).toBe(1);
    // p_o = 0, p_e = 1·0 + 0·1 = 0, so κ = 0.
    expect(value(cohensKappa([['yes', 'no'], ['yes', 'no']]))).toBe(0);
  });

  it('is undefined when both coders used one and the same category throughout (p_e = 1)', () => {
    expect(cohensKappa([['no', 'no'], ['no', 'no']])).toEqual({ value: null, code: 'noVariation', reason: expect.stringMatching(/0\/0/) });
    expect(cohensKappa([])).toEqual({ value: null, code: 'noPairedUnits', reason: expect.stringMatching(/No unit/) });
  });
});

describe('percent agreement', () => {
  it('counts units on which every coder who gave a value agrees, leaving out units with fewer than two', () => {
    // Units: agreed (a,a,a), split (a,b,a), agreed (b,.,b), one value only (.,.,c): 2 of 3 pairable.
    expect(value(percentAgreement(data('a a b .', 'a b . .', 'a a b c')))).toBeCloseTo(2 / 3, 12);
    expect(percentAgreement(data('a .', '. b'))).toEqual({ value: null, code: 'noPairedUnits', reason: expect.any(String) });
  });
});
