import { describe, expect, it } from 'vitest';
import type { CodedSegment } from '../../../main/analysis/coded-segments.js';
import { countMembers } from '../../../main/analysis/counting.js';

const span = (id: number, caseId: number, documentId: number, start: number, end: number): CodedSegment =>
  ({ id, caseId, documentId, start, end, codeIds: [1] });

// Two coders' overlapping spans of one passage (0-10, 5-20), a span that only touches it (20-30),
// the same offsets in another document, and a second case.
const segments = [span(1, 1, 1, 0, 10), span(2, 1, 1, 5, 20), span(3, 1, 1, 20, 30), span(4, 1, 2, 5, 20), span(5, 2, 3, 0, 4)];
const all = segments.map((_, i) => i);

describe('counting a cell', () => {
  it('counts segments, passages (overlaps once, touching spans apart, per document) or cases', () => {
    expect(countMembers('segments', segments, all)).toBe(5);
    expect(countMembers('passages', segments, all)).toBe(4);
    expect(countMembers('passages', segments, [2, 1, 0])).toBe(2);
    expect(countMembers('cases', segments, all)).toBe(2);
  });
});
