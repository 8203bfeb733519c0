/**
 * The command line's calls let the event loop turn: a page of segments read off the indexes is
 * answered on the calling thread, and `casecoder segments` on 200,000 segments made some 170
 * such calls with no turn of the loop between them, so a Ctrl+C waited until the list was printed.
 */
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../main/api/dispatch.js';
import { callThrough } from '../../../main/cli/call.js';

describe('callThrough', () => {
  it('turns the event loop before each call, even when the dispatch answers at once', async () => {
    const dispatch = (() => Promise.resolve({ ok: true, value: [] })) as unknown as Dispatch;
    const call = callThrough(dispatch, []);
    let turns = 0;
    // A signal's handler runs as such a callback does: on a turn of the loop, never between promise jobs.
    const count = () => {
      turns++;
      pending = setImmediate(count);
    };
    let pending = setImmediate(count);
    for (let i = 0; i < 3; i++) await call('coders.list', {});
    clearImmediate(pending);
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});
