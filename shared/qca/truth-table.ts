/**
 * The crisp-set truth table (Ragin 1987; Schneider & Wagemann 2012): one row per
 * observed configuration, with its cases, n and consistency (the share of its cases that show
 * the outcome). A row's outcome is 1 when its consistency reaches the consistency threshold and
 * 0 otherwise; a row with fewer cases than the frequency threshold gets '?' and is treated as a
 * logical remainder in minimisation, as `QCA::truthTable(n.cut = …)` does. A row is contradictory
 * when its cases disagree on the outcome, whatever value the threshold gave it.
 */
import { codeOf, configurationOf, fullMask } from './cube.js';
import { QcaInputError, validateQcaData, type Membership, type QcaCase, type QcaData } from './data.js';

export interface TruthTableOptions {
  /** Minimum consistency for a row to have the outcome; 1 (every case) unless given. */
  consistencyThreshold?: number;
  /** Minimum number of cases for a row to count as observed; 1 unless given. */
  frequencyThreshold?: number;
  /** Analyse the absence of the outcome (~Y) instead of its presence. */
  negateOutcome?: boolean;
}

export interface TruthTableRow {
  /** Configuration number: the 0/1 values read as binary, first condition most significant. */
  code: number;
  configuration: Membership[];
  /** Case ids, in input order. */
  cases: string[];
  n: number;
  /** Cases with the (possibly negated) outcome. */
  withOutcome: number;
  consistency: number;
  outcome: Membership | '?';
  contradictory: boolean;
}

export interface Remainder {
  code: number;
  configuration: Membership[];
}

export interface TruthTable {
  conditions: string[];
  /** The outcome's name, prefixed with "~" when negated. */
  outcome: string;
  negated: boolean;
  consistencyThreshold: number;
  frequencyThreshold: number;
  /** Observed configurations in ascending code order. */
  rows: TruthTableRow[];
  /** Unobserved configurations (logical remainders) in ascending code order. */
  remainders: Remainder[];
  /** The cases with the outcome as analysed (already negated when `negated`). */
  cases: QcaCase[];
}

export function buildTruthTable(data: QcaData, options: TruthTableOptions = {}): TruthTable {
  validateQcaData(data);
  const consistencyThreshold = options.consistencyThreshold ?? 1;
  const frequencyThreshold = options.frequencyThreshold ?? 1;
  if (!(consistencyThreshold > 0 && consistencyThreshold <= 1)) {
    throw new QcaInputError(`The consistency threshold must be above 0 and at most 1, not ${consistencyThreshold}`);
  }
  if (!Number.isInteger(frequencyThreshold) || frequencyThreshold < 1) {
    throw new QcaInputError(`The frequency threshold must be a whole number of cases, at least 1, not ${frequencyThreshold}`);
  }
  const negated = options.negateOutcome ?? false;
  const k = data.conditions.length;
  const cases = data.cases.map((c) => ({ ...c, outcome: (negated ? 1 - c.outcome : c.outcome) as Membership }));

  const byCode = new Map<number, QcaCase[]>();
  for (const c of cases) {
    const code = codeOf(c.conditions);
    byCode.set(code, [...(byCode.get(code) ?? []), c]);
  }
  const rows = [...byCode.entries()]
    .sort(([a], [b]) => a - b)
    .map(([code, members]): TruthTableRow => {
      const n = members.length;
      const withOutcome = members.filter((c) => c.outcome === 1).length;
      // Division is correctly rounded, so 4/5 is the same double as a threshold typed as 0.8.
      const consistency = withOutcome / n;
      return {
        code,
        configuration: configurationOf(code, k),
        cases: members.map((c) => c.id),
        n,
        withOutcome,
        consistency,
        outcome: n < frequencyThreshold ? '?' : consistency >= consistencyThreshold ? 1 : 0,
        contradictory: withOutcome > 0 && withOutcome < n,
      };
    });
  const remainders: Remainder[] = [];
  for (let code = 0; code <= fullMask(k); code++) {
    if (!byCode.has(code)) remainders.push({ code, configuration: configurationOf(code, k) });
  }
  return {
    conditions: [...data.conditions],
    outcome: negated ? `~${data.outcome}` : data.outcome,
    negated,
    consistencyThreshold,
    frequencyThreshold,
    rows,
    remainders,
    cases,
  };
}
