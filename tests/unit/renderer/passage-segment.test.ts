import { describe, expect, it } from 'vitest';
import { passageSegment } from '../../../renderer/src/passage-segment.js';

const segments = [
  { id: 1, start: 0, end: 26 },
  { id: 2, start: 10, end: 20 },
  { id: 3, start: 27, end: 45 },
];

describe("a passage's segment", () => {
  it('is the segment at its exact span', () => {
    expect(passageSegment(segments, 0, 26)?.id).toBe(1);
    expect(passageSegment(segments, 27, 45)?.id).toBe(3);
  });

  it('is the innermost segment holding a selection made by hand, which seldom meets its ends', () => {
    expect(passageSegment(segments, 2, 8)?.id).toBe(1);
    expect(passageSegment(segments, 12, 18)?.id).toBe(2);
    expect(passageSegment(segments, 30, 40)?.id).toBe(3);
  });

  it('is the innermost segment under a point clicked with nothing selected, its ends included', () => {
    expect(passageSegment(segments, 5, 5)?.id).toBe(1);
    expect(passageSegment(segments, 15, 15)?.id).toBe(2);
    expect(passageSegment(segments, 45, 45)?.id).toBe(3);
  });

  it('is none for a passage that runs out of every segment, or text coded nowhere', () => {
    expect(passageSegment(segments, 20, 30)).toBeUndefined();
    expect(passageSegment(segments, 46, 50)).toBeUndefined();
  });
});
