/**
 * Input to crisp-set QCA as plain data, independent of where it came from (codings, case
 * attributes, a file): cases × conditions → 0/1 membership, plus the outcome per case.
 * Everything here is checked, because the data may be typed in or imported.
 */
export type Membership = 0 | 1;

export interface QcaCase {
  id: string;
  label: string;
  /** Membership in each condition, in the order of `QcaData.conditions`. */
  conditions: readonly Membership[];
  outcome: Membership;
}

export interface QcaData {
  conditions: readonly string[];
  outcome: string;
  cases: readonly QcaCase[];
}

/**
 * 2^12 = 4,096 configurations; the prime-implicant search may visit all 3^12 ≈ 531,000 cubes
 * when nearly every configuration is a remainder, which still takes well under a second. Beyond
 * that the truth table of a case study (tens of cases) is almost all remainders anyway.
 */
export const MAX_CONDITIONS = 12;

export class QcaInputError extends Error {
  override name = 'QcaInputError';
}

export function validateQcaData(data: QcaData): void {
  const k = data.conditions.length;
  if (k === 0) throw new QcaInputError('Choose at least one condition');
  if (k > MAX_CONDITIONS) {
    throw new QcaInputError(`Too many conditions: ${k} (at most ${MAX_CONDITIONS})`);
  }
  const names = new Set<string>();
  for (const name of [...data.conditions, data.outcome]) {
    if (name.trim() === '') throw new QcaInputError('A condition or the outcome has an empty name');
    if (names.has(name)) throw new QcaInputError(`"${name}" is used twice among the conditions and the outcome`);
    names.add(name);
  }
  if (data.cases.length === 0) throw new QcaInputError('There are no cases');
  const ids = new Set<string>();
  for (const c of data.cases) {
    if (ids.has(c.id)) throw new QcaInputError(`Case id "${c.id}" appears twice`);
    ids.add(c.id);
    if (c.conditions.length !== k) {
      throw new QcaInputError(`Case "${c.label}" has ${c.conditions.length} condition values, expected ${k}`);
    }
    if (!c.conditions.every(isMembership) || !isMembership(c.outcome)) {
      throw new QcaInputError(`Case "${c.label}" has a value other than 0 or 1`);
    }
  }
}

const isMembership = (v: unknown): v is Membership => v === 0 || v === 1;
