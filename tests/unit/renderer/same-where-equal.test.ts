import { describe, expect, it } from 'vitest';
import { sameWhereEqual } from '../../../renderer/src/same-where-equal.js';

describe('sameWhereEqual', () => {
  const shown = {
    text: 'x'.repeat(10),
    segments: [
      { id: 1, start: 0, codings: [{ id: 10, codeId: 3 }] },
      { id: 2, start: 5, codings: [{ id: 11, codeId: 4 }] },
    ],
    counts: [{ codeId: 3, segments: 1 }],
  };
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('gives back what was shown when nothing changed', () => {
    expect(sameWhereEqual(shown, copy(shown))).toBe(shown);
  });

  it('keeps each unchanged part and takes the changed ones', () => {
    const read = copy(shown);
    read.segments[1]!.codings.push({ id: 12, codeId: 5 });
    const kept = sameWhereEqual(shown, read);
    expect(kept).not.toBe(shown);
    expect(kept).toEqual(read);
    expect(kept.text).toBe(shown.text);
    expect(kept.counts).toBe(shown.counts);
    expect(kept.segments[0]).toBe(shown.segments[0]);
    expect(kept.segments[1]).not.toBe(shown.segments[1]);
    expect(kept.segments[1]!.codings[0]).toBe(shown.segments[1]!.codings[0]);
  });

  it('matches rows by id, so a row added before the others keeps them', () => {
    const read = copy(shown);
    read.segments.unshift({ id: 3, start: 0, codings: [] });
    const kept = sameWhereEqual(shown, read);
    expect(kept.segments.map((s) => s.id)).toEqual([3, 1, 2]);
    expect(kept.segments[1]).toBe(shown.segments[0]);
    expect(kept.segments[2]).toBe(shown.segments[1]);
  });

  it('takes a row taken away, a field gone and a value of another kind as read', () => {
    const fewer = copy(shown);
    fewer.segments.pop();
    expect(sameWhereEqual(shown, fewer).segments).toEqual([shown.segments[0]]);
    const { counts: _gone, ...withoutCounts } = copy(shown);
    expect(sameWhereEqual(shown, withoutCounts)).toEqual(withoutCounts);
    expect(sameWhereEqual<unknown>(shown, [shown])).toEqual([shown]);
    expect(sameWhereEqual<unknown>(shown, null)).toBeNull();
  });
});
