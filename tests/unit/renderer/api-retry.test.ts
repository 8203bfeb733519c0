/**
 * The renderer's calls: a write refused while the backup on open is written (projectBackingUp)
 * is tried again until it goes through; any other error is thrown at once, tried once.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/contract.js';

let answers: Result<unknown>[] = [];
let calls = 0;
let api: typeof import('../../../renderer/src/api.js');

beforeAll(async () => {
  // The desktop bridge stands in for the transport (api.ts reads it when loaded).
  (globalThis as { window?: unknown }).window = {
    casecoder: { call: async () => (calls++, answers.shift() ?? { ok: true, value: 'late' }) },
  };
  api = await import('../../../renderer/src/api.js');
});
afterEach(() => {
  vi.useRealTimers();
  answers = [];
  calls = 0;
});

const refused = { ok: false, error: { code: 'projectBackingUp', message: 'backing up', params: {} } } as const;

describe('call', () => {
  it('tries a write refused for the backup on open again until it goes through', async () => {
    vi.useFakeTimers();
    answers = [refused, refused, { ok: true, value: { segmentId: 7 } }];
    const pending = api.call('coders.list', {} as never);
    await vi.advanceTimersByTimeAsync(api.BACKUP_RETRY_MS * 2);
    await expect(pending).resolves.toEqual({ segmentId: 7 });
    expect(calls).toBe(3);
  });

  it('stops trying once another project is opened: the write was meant for the old one', async () => {
    vi.useFakeTimers();
    answers = [refused, { ok: true, value: { path: 'b.casecoder' } }];
    const pending = api.call('coders.list', {} as never);
    const settled = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    await api.call('project.open', { path: 'b.casecoder' } as never);
    await vi.advanceTimersByTimeAsync(api.BACKUP_RETRY_MS * 4);
    expect(await settled).toMatchObject({ error: { code: 'projectBackingUp' } });
    expect(calls).toBe(2);
  });

  it('throws any other error at once', async () => {
    answers = [{ ok: false, error: { code: 'projectBusy', message: 'busy', params: {} } }];
    await expect(api.call('coders.list', {} as never)).rejects.toMatchObject({ error: { code: 'projectBusy' } });
    expect(calls).toBe(1);
  });
});
