/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed, in the
 * coincidence-matrix formulation of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section C:
 *
 *   o_ck = Σ_u (number of c-k pairs of values in unit u) / (m_u − 1)   (ordered pairs, coders i ≠ j)
 *   n_c  = Σ_k o_ck,   n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k
 *
 * m_u is the number of values unit u received; units with m_u < 2 are not pairable and are
 * dropped. Σ_{c≠k} n_c·n_k is computed as Σ_c n_c·(n − n_c) so that a dominant category
 * (most of a long text uncoded) does not cost precision by subtracting two huge squares.
 * α is 0/0 when there is no pairable unit or only one category occurs; it is then undefined.
 */
import { presentValues, statistic, undefinedStatistic, unitsOfMatrix, type Statistic, type WeightedUnit } from './units.js';

export interface CoincidenceMatrix {
  /** Categories in sorted order; rows and columns of `o` follow it. */
  categories: string[];
  o: number[][];
  /** n_c, the row sums of `o`. */
  totals: number[];
  n: number;
}

export function coincidenceMatrix(units: readonly WeightedUnit[]): CoincidenceMatrix {
  const pairable = units
    .map((unit) => ({ values: presentValues(unit), weight: unit.weight }))
    .filter((unit) => unit.values.length >= 2);
  const categories = [...new Set(pairable.flatMap((u) => u.values))].sort();
  const index = new Map(categories.map((c, i) => [c, i]));
  const o = categories.map(() => categories.map(() => 0));
  for (const { values, weight } of pairable) {
    const counts = new Map<number, number>();
    for (const v of values) {
      const i = index.get(v)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const scale = weight / (values.length - 1);
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        // A value is never paired with itself: c-c pairs are countC·(countC − 1).
        o[c]![k]! += scale * countC * (c === k ? countC - 1 : countK);
      }
    }
  }
  const totals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  return { categories, o, totals, n: totals.reduce((sum, x) => sum + x, 0) };
}

export function alphaFromCoincidences({ o, totals, n }: CoincidenceMatrix): Statistic {
  if (n === 0) return undefinedStatistic('noPairedUnits', 'No unit has values from two or more coders');
  let observed = 0;
  o.forEach((row, c) => row.forEach((x, k) => { if (c !== k) observed += x; }));
  const expected = totals.reduce((sum, nc) => sum + nc * (n - nc), 0);
  if (expected === 0) return undefinedStatistic('noVariation', 'Every value is the same category, so alpha is 0/0 (no variation to agree on)');
  return statistic(1 - ((n - 1) * observed) / expected);
}

export function krippendorffAlphaOfUnits(units: readonly WeightedUnit[]): Statistic {
  return alphaFromCoincidences(coincidenceMatrix(units));
}

/** `reliabilityData` is coders × units, null where a coder gave no value. */
export function krippendorffAlphaNominal(reliabilityData: readonly (readonly (string | null)[])[]): Statistic {
  return krippendorffAlphaOfUnits(unitsOfMatrix(reliabilityData));
}
