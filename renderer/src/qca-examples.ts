/**
 * The examples QCA's test fields show, taken from the project: the placeholder named
 * Valence/Negative and Age >= 30 whatever the codebook and the attributes were, so a researcher
 * copying it got "no such code" in a project that had neither.
 */
import type { Attribute, AttributeValue, CaseItem } from '../../shared/entities.js';

export interface QcaExamples {
  /** A code's path as a test takes it, if the codebook has a code. */
  code?: string;
  /** An attribute test one of the cases passes, the shortest, if any case has an attribute value. */
  test?: string;
}

export function qcaExamples(codePaths: readonly string[], attributes: readonly Attribute[], cases: readonly CaseItem[]): QcaExamples {
  const examples: QcaExamples = {};
  if (codePaths[0] !== undefined) examples.code = codePaths[0];
  for (const attribute of attributes) {
    const value = cases.map((c) => c.attributes[String(attribute.id)]).find((v) => v !== undefined && v !== '');
    if (value === undefined) continue;
    // The shortest: the field is as wide as its placeholder, and a profession runs long.
    const test = `${attribute.name} ${comparedTo(attribute, value)}`;
    if (examples.test === undefined || test.length < examples.test.length) examples.test = test;
  }
  return examples;
}

/** A number reads best as a threshold, yes/no as yes or no (case-tests.ts accepts both). */
function comparedTo(attribute: Attribute, value: AttributeValue): string {
  if (typeof value === 'boolean') return `= ${value ? 'yes' : 'no'}`;
  return attribute.type === 'number' ? `>= ${value}` : `= ${value}`;
}
