/**
 * Percent agreement: the share of units on which the coders agree. With more than two coders a
 * unit counts as agreed only when every coder who gave it a value gave the same one; units with
 * fewer than two values cannot show agreement or disagreement and are left out, as in alpha.
 * The value is a proportion in [0, 1]; it does not correct for chance (kappa and alpha do).
 */
import { presentValues, statistic, undefinedStatistic, unitsOfMatrix, type Statistic, type WeightedUnit } from './units.js';

export function percentAgreementOfUnits(units: readonly WeightedUnit[]): Statistic {
  let pairable = 0;
  let agreed = 0;
  for (const unit of units) {
    const values = presentValues(unit);
    if (values.length < 2) continue;
    pairable += unit.weight;
    if (values.every((v) => v === values[0])) agreed += unit.weight;
  }
  if (pairable === 0) return undefinedStatistic('noPairedUnits', 'No unit has values from two or more coders');
  return statistic(agreed / pairable);
}

/** `reliabilityData` is coders × units, null where a coder gave no value. */
export function percentAgreement(reliabilityData: readonly (readonly (string | null)[])[]): Statistic {
  return percentAgreementOfUnits(unitsOfMatrix(reliabilityData));
}
