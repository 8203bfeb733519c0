/**
 * The quotes a cell shows. Counting passages, a segment lying inside another of the cell (the
 * same document) is part of that passage, not one of its own: a sentence coded Positive inside a
 * paragraph also coded Positive was quoted twice in Table 1 while the cell counted one passage
 * (review-study-1207 #5). Its quote is already in the enclosing one, so it is left out of what
 * the cell shows; the cell's segments (its evidence, an appendix's ids) stay whole. Spans that
 * only overlap each show their own words; of two on the same span (two coders), the first.
 */
import type { CellSegment, Counting } from './tables.js';

export function shownQuotes(segments: readonly CellSegment[], counting: Counting | undefined): readonly CellSegment[] {
  if (counting !== 'passages' || segments.length < 2) return segments;
  // Per document, widest first at each start: an enclosing segment comes before what it holds.
  const order = [...segments].sort((a, b) => a.documentId - b.documentId || a.start - b.start || b.end - a.end);
  const inside = new Set<CellSegment>();
  let holder: CellSegment | undefined;
  for (const segment of order) {
    if (holder && holder.documentId === segment.documentId && segment.end <= holder.end) inside.add(segment);
    else holder = segment;
  }
  return segments.filter((segment) => !inside.has(segment));
}
