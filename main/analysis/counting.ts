/**
 * What a cell's number counts (issue 14: "counting is explicit and selectable"): its coded
 * segments, the passages they cover (spans of different coders that overlap in one document
 * are one passage), or the cases they come from.
 */
import type { Counting } from '../../shared/tables.js';
import type { CodedSegments } from './coded-segments.js';

/** The count of a cell whose segments are `members` (indexes into `segments`). */
export function countMembers(counting: Counting, segments: CodedSegments, members: readonly number[]): number {
  if (counting === 'segments') return members.length;
  if (counting === 'cases') return new Set(members.map((i) => segments.caseId[i])).size;
  return passages(segments, members);
}

/** Overlapping spans merged per document; spans that only touch (one ends where the next starts) stay two. */
function passages({ documentId, start, end }: CodedSegments, members: readonly number[]): number {
  const sorted = [...members].sort((a, b) => documentId[a]! - documentId[b]! || start[a]! - start[b]!);
  let count = 0;
  let document = -1;
  let reach = -1;
  for (const i of sorted) {
    if (documentId[i] !== document || start[i]! >= reach) {
      count += 1;
      document = documentId[i]!;
      reach = end[i]!;
    } else {
      reach = Math.max(reach, end[i]!);
    }
  }
  return count;
}
