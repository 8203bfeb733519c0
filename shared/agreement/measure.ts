/** The three figures the report gives for one code or framework under one method. */
import { krippendorffAlphaOfUnits } from './alpha.js';
import { cohensKappaOfUnits } from './kappa.js';
import { percentAgreementOfUnits } from './percent.js';
import type { MethodResult } from './schema.js';
import { undefinedStatistic, type WeightedUnit } from './units.js';

export function measureAgreement(units: readonly WeightedUnit[], coderCount: number): MethodResult {
  return {
    units: units.reduce((sum, u) => sum + u.weight, 0),
    percentAgreement: percentAgreementOfUnits(units),
    kappa: coderCount === 2 ? cohensKappaOfUnits(units) : undefinedStatistic('twoCodersOnly', `Cohen's kappa compares two coders, not ${coderCount}`),
    alpha: krippendorffAlphaOfUnits(units),
  };
}
