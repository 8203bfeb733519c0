/**
 * Cohen's kappa for two coders (Cohen 1960, "A coefficient of agreement for nominal scales"):
 *   κ = (p_o − p_e) / (1 − p_e),
 * where p_o is the share of units both coders put in the same category and
 * p_e = Σ_c p_A(c)·p_B(c) is the agreement expected by chance from each coder's own
 * distribution of categories. κ is 0/0 when p_e = 1, i.e. both coders used one and the same
 * category for every unit; it is then reported as undefined rather than guessed at.
 */
import { statistic, undefinedStatistic, type Statistic, type WeightedUnit } from './units.js';

export function cohensKappa(pairs: readonly (readonly [string, string])[]): Statistic {
  return cohensKappaOfUnits(pairs.map((values) => ({ values, weight: 1 })));
}

/** Units must hold exactly two values (coder A, coder B); a unit missing either is skipped. */
export function cohensKappaOfUnits(units: readonly WeightedUnit[]): Statistic {
  if (units.some((u) => u.values.length !== 2)) {
    return undefinedStatistic('twoCodersOnly', "Cohen's kappa compares exactly two coders");
  }
  let total = 0;
  let agreed = 0;
  const marginalA = new Map<string, number>();
  const marginalB = new Map<string, number>();
  for (const { values: [a, b], weight } of units) {
    if (a == null || b == null) continue;
    total += weight;
    if (a === b) agreed += weight;
    marginalA.set(a, (marginalA.get(a) ?? 0) + weight);
    marginalB.set(b, (marginalB.get(b) ?? 0) + weight);
  }
  if (total === 0) return undefinedStatistic('noPairedUnits', 'No unit has values from both coders');
  if (marginalA.size === 1 && marginalB.size === 1 && agreed === total) {
    return undefinedStatistic('noVariation', 'Both coders gave every unit the same single value, so chance agreement is 1 and kappa is 0/0');
  }
  let expected = 0;
  for (const [category, countA] of marginalA) expected += (countA / total) * ((marginalB.get(category) ?? 0) / total);
  const observed = agreed / total;
  return statistic((observed - expected) / (1 - expected));
}
