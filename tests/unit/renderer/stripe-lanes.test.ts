import { describe, expect, it } from 'vitest';
import { assignLanes, spansNear } from '../../../renderer/src/stripe-lanes.js';

describe('stripe lanes', () => {
  it('puts overlapping brackets side by side and reuses a lane once it is free', () => {
    const lanes = assignLanes([{ top: 0, bottom: 50 }, { top: 10, bottom: 20 }, { top: 30, bottom: 40 }, { top: 60, bottom: 70 }], 6);
    expect(lanes).toEqual([0, 1, 1, 0]);
  });

  it('stacks brackets beyond the last lane in it', () => {
    expect(assignLanes([{ top: 0, bottom: 9 }, { top: 1, bottom: 9 }, { top: 2, bottom: 9 }], 2)).toEqual([0, 1, 1]);
  });
});

describe('spans near the viewport', () => {
  const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i * 300, end: i * 300 + (i === 10 ? 5000 : 80) }));
  it('finds exactly the spans overlapping the range, long ones starting before it included', () => {
    const near = spansNear(spans, 6000, 6400, 5000);
    const expected = spans.filter((s) => s.end > 6000 && s.start < 6400);
    expect(near).toEqual(expected);
    expect(near.map((s) => s.start)).toContain(3000);
  });
});
