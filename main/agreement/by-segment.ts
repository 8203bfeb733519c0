/**
 * The segment method: units are groups of the coders' segments that cover the same text
 * (shared/agreement/segment-units.ts). It is computed per framework: a coder's segments are
 * the spans they coded with any of that framework's codes, so agreement on STEEPL is not
 * padded with Valence-only segments on which nobody could have applied a STEEPL code.
 */
import { matchSpans, type CoderSpan } from '../../shared/agreement/segment-units.js';
import type { SpanCoding } from './load.js';

/**
 * Per unit, per coder: the framework's codes the coder applied on their segment of the unit,
 * or null when they have no segment in it.
 */
export function segmentUnits(
  codings: readonly SpanCoding[],
  codeIds: ReadonlySet<number>,
  coderCount: number,
  threshold: number,
): (number[] | null)[][] {
  const segments = new Map<string, CoderSpan & { codes: number[] }>();
  for (const { coder, start, end, codeId } of codings) {
    if (!codeIds.has(codeId)) continue;
    const key = `${coder}:${start}:${end}`;
    const segment = segments.get(key) ?? { coder, start, end, codes: [] };
    segment.codes.push(codeId);
    segments.set(key, segment);
  }
  const spans = [...segments.values()];
  return matchSpans(spans, threshold).map((group) => {
    const values: (number[] | null)[] = Array.from({ length: coderCount }, () => null);
    for (const i of group) values[spans[i]!.coder] = spans[i]!.codes;
    return values;
  });
}
