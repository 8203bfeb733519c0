/**
 * Reliability data as the statistics read it: units, each with one value per coder (null when
 * that coder gave none) and a weight. A weight lets one entry stand for many identical units,
 * such as a run of code points every coder coded alike, so a long document costs one entry per
 * distinct pattern instead of one per character.
 */
import { largest } from '../extremes.js';

export interface WeightedUnit {
  values: readonly (string | null)[];
  weight: number;
}

/**
 * Why a statistic has no value: kappa asked of other than two coders, no unit that two coders
 * both gave a value, a single category throughout (0/0), or (percent agreement) no coder compared
 * applied the code or any of the framework's: their «agreement» would be that nobody coded it.
 */
export const undefinedReasons = ['twoCodersOnly', 'noPairedUnits', 'noVariation', 'notApplied'] as const;
export type UndefinedReason = (typeof undefinedReasons)[number];

/**
 * A statistic's value, or why it has none: `code` for the UI to word in the user's language,
 * `reason` in English for the command line and JSON readers.
 */
export type Statistic = { value: number } | { value: null; code: UndefinedReason; reason: string };

export function statistic(value: number): Statistic {
  return { value };
}

export function undefinedStatistic(code: UndefinedReason, reason: string): Statistic {
  return { value: null, code, reason };
}

/** Coders × units, Krippendorff's layout with null for a missing value, as units of weight 1. */
export function unitsOfMatrix(reliabilityData: readonly (readonly (string | null)[])[]): WeightedUnit[] {
  const unitCount = largest(reliabilityData.map((row) => row.length), 0);
  return Array.from({ length: unitCount }, (_, u) => ({
    values: reliabilityData.map((row) => row[u] ?? null),
    weight: 1,
  }));
}

/** The non-missing values of a unit. */
export function presentValues(unit: WeightedUnit): string[] {
  return unit.values.filter((v): v is string => v !== null);
}

/** Adds up the weights of units whose values are identical, coder by coder. */
export class UnitTally {
  private readonly byKey = new Map<string, { values: readonly (string | null)[]; weight: number }>();

  add(values: readonly (string | null)[], weight: number): void {
    if (weight <= 0) return;
    const key = JSON.stringify(values);
    const entry = this.byKey.get(key);
    if (entry) entry.weight += weight;
    else this.byKey.set(key, { values: [...values], weight });
  }

  units(): WeightedUnit[] {
    return [...this.byKey.values()];
  }
}
