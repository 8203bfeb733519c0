/**
 * A job thread's garbage is collected as it goes idle (main/jobs/idle-collect.ts): a heap past
 * the bound is collected at once, not when the thread next works; a small one is left be.
 */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { COLLECT_PAST_BYTES, collectIfGrown } from '../../../main/jobs/idle-collect.js';

describe('collecting a job thread\'s garbage', () => {
  it('collects a heap grown past the bound, and leaves a small one', () => {
    expect(collectIfGrown(COLLECT_PAST_BYTES)).toBe(false);
    let garbage: { i: number }[] | null = Array.from({ length: 3_000_000 }, (_, i) => ({ i }));
    const grown = getHeapStatistics().used_heap_size;
    expect(garbage.length).toBe(3_000_000);
    garbage = null;
    expect(collectIfGrown(COLLECT_PAST_BYTES + 1)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(grown - 50 * 1024 * 1024);
  });
});
