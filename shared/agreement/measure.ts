/** The three figures the report gives for one code or framework under one method. */
import { krippendorffAlphaOfUnits } from './alpha.js';
import { cohensKappaOfUnits } from './kappa.js';
import { percentAgreementOfUnits } from './percent.js';
import type { MethodResult } from './schema.js';
import { undefinedStatistic, type WeightedUnit } from './units.js';

/**
 * `absent`: the value of a unit where a coder applied nothing of the code or framework. Where no
 * coder gave another anywhere, percent agreement is not 100 % but none: a Valence that only a case
 * table's pre-coding applied read «100 %» between two coders who never coded it, fit to be cited.
 */
export function measureAgreement(units: readonly WeightedUnit[], coderCount: number, absent?: string): MethodResult {
  const applied = absent === undefined || units.some((unit) => unit.values.some((value) => value !== null && value !== absent));
  return {
    units: units.reduce((sum, u) => sum + u.weight, 0),
    percentAgreement: applied ? percentAgreementOfUnits(units) : undefinedStatistic('notApplied', 'None of these coders applied it'),
    kappa: coderCount === 2 ? cohensKappaOfUnits(units) : undefinedStatistic('twoCodersOnly', `Cohen's kappa compares two coders, not ${coderCount}`),
    alpha: krippendorffAlphaOfUnits(units),
  };
}
