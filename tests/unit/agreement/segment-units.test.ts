import { describe, expect, it } from 'vitest';
import { jaccard, matchSpans } from '../../../shared/agreement/segment-units.js';

const span = (coder: number, start: number, end: number) => ({ coder, start, end });

describe('matching segments across coders', () => {
  it('measures overlap as shared code points over code points in either span', () => {
    expect(jaccard(span(0, 0, 10), span(1, 4, 10))).toBe(0.6);
    expect(jaccard(span(0, 0, 10), span(1, 5, 15))).toBe(5 / 15);
    expect(jaccard(span(0, 0, 10), span(1, 10, 20))).toBe(0);
  });

  it('matches spans at or above the threshold and leaves the rest as units of their own', () => {
    const spans = [span(0, 0, 10), span(1, 4, 10), span(0, 20, 30), span(1, 26, 30)];
    // 0.6 ≥ 0.5 matches; [20, 30) and [26, 30) overlap 0.4 and do not.
    expect(matchSpans(spans, 0.5)).toEqual([[0, 1], [2], [3]]);
    expect(matchSpans(spans, 0.4)).toEqual([[0, 1], [2, 3]]);
  });

  it('puts at most one span per coder in a unit, the best-overlapping one', () => {
    const spans = [span(0, 0, 9), span(0, 0, 10), span(1, 0, 10)];
    // Units come in text order (ties by input order), so the lone [0, 9) is listed first.
    expect(matchSpans(spans, 0.5)).toEqual([[0], [1, 2]]);
  });

  it('joins a third coder only if it matches every span already in the unit', () => {
    // A–B and B–C overlap 7/13 each, but A and C only 4/16: B goes with A (first in order), C stays alone.
    const spans = [span(0, 0, 10), span(1, 3, 13), span(2, 6, 16)];
    expect(matchSpans(spans, 0.5)).toEqual([[0, 1], [2]]);
    // With a third coder close to both, the three make one unit.
    expect(matchSpans([span(0, 0, 10), span(1, 1, 10), span(2, 0, 9)], 0.5)).toEqual([[0, 1, 2]]);
  });
});
