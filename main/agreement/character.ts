/**
 * The character-by-character method: every code point of a compared document is a unit.
 * Per code the value is binary, '1' where the coder's spans with that code cover the code
 * point and '0' elsewhere. Per framework the value is the set of that framework's codes
 * covering the code point, as one category ('none' when none does): in an exclusive framework
 * that is normally a single code, while in a non-exclusive one "Economic+Political" is a
 * category of its own, so a coder who adds a second code disagrees with one who did not.
 * The per-code figures are the measure to read for non-exclusive frameworks.
 */
import { runsOf, type Run, type TaggedSpan } from '../../shared/agreement/runs.js';
import type { SpanCoding } from './load.js';

export const NO_CODE = 'none';

/** The runs of one code, from its own codings (the document's with that code). */
export function codeRuns(length: number, codingsOfCode: readonly SpanCoding[], coderCount: number): Run[] {
  return runsOf(length, spansByCoder(codingsOfCode, coderCount, () => '1'), '0');
}

export function frameworkRuns(length: number, codings: readonly SpanCoding[], codeIds: ReadonlySet<number>, coderCount: number): Run[] {
  const own = codings.filter((c) => codeIds.has(c.codeId));
  return runsOf(length, spansByCoder(own, coderCount, (c) => String(c.codeId)), NO_CODE);
}

function spansByCoder(codings: readonly SpanCoding[], coderCount: number, tag: (coding: SpanCoding) => string): TaggedSpan[][] {
  const spans: TaggedSpan[][] = Array.from({ length: coderCount }, () => []);
  for (const coding of codings) spans[coding.coder]!.push({ start: coding.start, end: coding.end, tag: tag(coding) });
  return spans;
}
