import { describe, expect, it } from 'vitest';
import type { CodedSegments } from '../../../main/analysis/coded-segments.js';
import { countMembers } from '../../../main/analysis/counting.js';

/** Segments from [id, caseId, documentId, start, end], each with code 1 by coder 1. */
function spans(rows: [number, number, number, number, number][]): CodedSegments {
  const column = (k: number) => Int32Array.from(rows, (row) => row[k]!);
  return {
    length: rows.length, id: column(0), caseId: column(1), documentId: column(2), start: column(3), end: column(4),
    codes: new Int32Array(rows.length).fill(1), coders: new Int32Array(rows.length).fill(1), codeStart: Int32Array.from({ length: rows.length + 1 }, (_, i) => i),
  };
}

// Two coders' overlapping spans of one passage (0-10, 5-20), a span that only touches it (20-30),
// the same offsets in another document, and a second case.
const segments = spans([[1, 1, 1, 0, 10], [2, 1, 1, 5, 20], [3, 1, 1, 20, 30], [4, 1, 2, 5, 20], [5, 2, 3, 0, 4]]);
const all = Array.from({ length: segments.length }, (_, i) => i);

describe('counting a cell', () => {
  it('counts segments, passages (overlaps once, touching spans apart, per document) or cases', () => {
    expect(countMembers('segments', segments, all)).toBe(5);
    expect(countMembers('passages', segments, all)).toBe(4);
    expect(countMembers('passages', segments, [2, 1, 0])).toBe(2);
    expect(countMembers('cases', segments, all)).toBe(2);
  });
});
