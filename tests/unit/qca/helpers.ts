import type { Membership, QcaCase, QcaData } from '../../../shared/qca/data.js';
import { formatTerm } from '../../../shared/qca/format.js';
import type { QcaSolution } from '../../../shared/qca/minimize.js';

/** A truth-table row written as in the sources: its 0/1 pattern, outcome and case names. */
export type Row = [pattern: string, outcome: Membership, cases: string[]];

/** Cases from rows; a case's id and label are its name. */
export function dataOfRows(conditions: string[], outcome: string, rows: Row[]): QcaData {
  const cases: QcaCase[] = rows.flatMap(([pattern, out, names]) =>
    names.map((name) => ({
      id: name,
      label: name,
      conditions: [...pattern].map((ch) => Number(ch) as Membership),
      outcome: out,
    })),
  );
  return { conditions, outcome, cases };
}

/** A solution's terms as sorted strings, so a test states the published terms in any order. */
export const termsOf = (solution: QcaSolution, names: string[]) =>
  solution.terms.map((t) => formatTerm(t.literals, names)).sort();

export const sorted = (terms: string[]) => [...terms].sort();

export const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
