/**
 * What a cell's number counts (issue 14: "counting is explicit and selectable"): its coded
 * segments, the passages they cover (spans of different coders that overlap in one document
 * are one passage), or the cases they come from.
 */
import type { Counting } from '../../shared/tables.js';
import type { CodedSegment } from './coded-segments.js';

export function countMembers(counting: Counting, segments: readonly CodedSegment[], members: readonly number[]): number {
  if (counting === 'segments') return members.length;
  if (counting === 'cases') return new Set(members.map((i) => segments[i]!.caseId)).size;
  return passages(members.map((i) => segments[i]!));
}

/** Overlapping spans merged per document; spans that only touch (one ends where the next starts) stay two. */
function passages(spans: readonly CodedSegment[]): number {
  const sorted = [...spans].sort((a, b) => a.documentId - b.documentId || a.start - b.start);
  let count = 0;
  let documentId = -1;
  let end = -1;
  for (const span of sorted) {
    if (span.documentId !== documentId || span.start >= end) {
      count += 1;
      documentId = span.documentId;
      end = span.end;
    } else {
      end = Math.max(end, span.end);
    }
  }
  return count;
}
