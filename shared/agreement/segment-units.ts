/**
 * Units for segment-level agreement: each coder's segments are matched with the other coders'
 * segments that cover (nearly) the same text, and each group of matched segments is one unit.
 *
 * Two spans match when their Jaccard overlap |A ∩ B| / |A ∪ B| (in code points) reaches the
 * threshold. Groups are formed greedily, best-overlapping pairs first, and a group holds at
 * most one segment per coder and only segments that all match one another pairwise (complete
 * linkage), so a chain of small shifts cannot join two segments that barely overlap. A
 * segment no other coder's segment matches is a unit of its own.
 */
import { smallest } from '../extremes.js';

export interface CoderSpan {
  coder: number;
  start: number;
  end: number;
}

export function jaccard(a: CoderSpan, b: CoderSpan): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / (a.end - a.start + (b.end - b.start) - overlap);
}

/** Groups of matched spans (indexes into `spans`), each sorted by coder, groups by position. */
export function matchSpans(spans: readonly CoderSpan[], threshold: number): number[][] {
  const pairs = matchingPairs(spans, threshold);
  const groupOf = spans.map((_, i) => i);
  const members = spans.map((_, i) => [i]);
  for (const { a, b } of pairs) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const left = members[ga]!;
    const right = members[gb]!;
    const coders = new Set(left.map((i) => spans[i]!.coder));
    if (right.some((j) => coders.has(spans[j]!.coder))) continue;
    if (!left.every((i) => right.every((j) => jaccard(spans[i]!, spans[j]!) >= threshold))) continue;
    for (const j of right) groupOf[j] = ga;
    left.push(...right);
    members[gb] = [];
  }
  const start = (group: number[]) => smallest(group.map((i) => spans[i]!.start));
  return members
    .filter((group) => group.length > 0)
    .map((group) => group.sort((i, j) => spans[i]!.coder - spans[j]!.coder))
    .sort((x, y) => start(x) - start(y) || x[0]! - y[0]!);
}

/** Pairs of different coders' spans at or above the threshold, best first (ties in input order). */
function matchingPairs(spans: readonly CoderSpan[], threshold: number): { a: number; b: number; score: number }[] {
  const order = spans.map((_, i) => i).sort((i, j) => spans[i]!.start - spans[j]!.start || spans[i]!.end - spans[j]!.end || i - j);
  const pairs: { a: number; b: number; score: number }[] = [];
  // Sweep by start: only spans still open when a span starts can overlap it.
  let open: number[] = [];
  for (const j of order) {
    const span = spans[j]!;
    open = open.filter((i) => spans[i]!.end > span.start);
    for (const i of open) {
      if (spans[i]!.coder === span.coder) continue;
      const score = jaccard(spans[i]!, span);
      if (score >= threshold) pairs.push({ a: i, b: j, score });
    }
    open.push(j);
  }
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
