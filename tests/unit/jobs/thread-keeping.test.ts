/**
 * A job thread is kept for the next job unless its heap grew past a bound: an idle thread
 * collects its garbage only when it next works, so the heap a merge's plan grew (600 MB on the
 * reference corpus) stayed taken beside the merge itself; a job that failed or was cancelled
 * half-way is judged alike. Real worker threads, bundled from the sources.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorkers, runJob, threadKeeping } from '../../../main/jobs/run-job.js';
import { createCase } from '../../../main/services/cases.js';
import { ComparisonRequest } from '../../../shared/method/comparison.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

const bound = threadKeeping.maxHeapBytes;
let t: TestSession;
afterEach(async () => {
  threadKeeping.maxHeapBytes = bound;
  await releaseWorkers(t.session.context().store.path);
  t.dispose();
});

const threads = () => new Set(readdirSync('/proc/self/task'));
/** Waits until no thread started since `before` is left, or a second has passed; how many are left. */
async function threadsLeft(before: ReadonlySet<string>): Promise<number> {
  const left = () => [...threads()].filter((id) => !before.has(id)).length;
  for (let waited = 0; left() > 0 && waited < 1000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return left();
}

describe.runIf(process.platform === 'linux')('job threads kept between jobs', () => {
  it('keeps a thread whose heap stayed small and ends one whose heap grew past the bound', async () => {
    t = newTestSession();
    t.session.createProject('threads');
    const ctx = t.session.context();
    createCase(ctx, 'P1', null);

    const before = threads();
    expect((await runJob(ctx.store, 'cases.list', undefined)).map((c) => c.name)).toEqual(['P1']);
    expect(await threadsLeft(before)).toBeGreaterThan(0);
    await releaseWorkers(ctx.store.path);
    expect(await threadsLeft(before)).toBe(0);

    // Any heap is past a bound of one byte: the same job now ends its thread.
    threadKeeping.maxHeapBytes = 1;
    expect((await runJob(ctx.store, 'cases.list', undefined)).map((c) => c.name)).toEqual(['P1']);
    expect(await threadsLeft(before)).toBe(0);
  });

  it('keeps or ends the thread of a job that failed by the same bound: one stopped half-way may have grown as much', async () => {
    t = newTestSession();
    t.session.createProject('threads');
    const { store } = t.session.context();
    const before = threads();
    const refused = () => runJob(store, 'comparison.build', ComparisonRequest.parse({ by: { attributeId: 999 } })).then(() => null, (error: unknown) => error);
    expect(await refused()).toMatchObject({ code: 'notFound' });
    expect(await threadsLeft(before)).toBeGreaterThan(0);
    await releaseWorkers(store.path);

    threadKeeping.maxHeapBytes = 1;
    expect(await refused()).toMatchObject({ code: 'notFound' });
    expect(await threadsLeft(before)).toBe(0);
  });
});
