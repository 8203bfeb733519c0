/**
 * Background jobs run on threads that give way to the main thread (a lower priority, per thread
 * on Linux); the reads someone waits on (a page of segments) keep the process's priority.
 * Real worker threads, bundled from the sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorkers, runJob } from '../../../main/jobs/run-job.js';
import { BACKGROUND_NICE_STEP } from '../../../main/jobs/thread-priority.js';
import { createCase } from '../../../main/services/cases.js';
import { SegmentQuery } from '../../../shared/entities.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
afterEach(async () => {
  await releaseWorkers(t.session.context().store.path);
  t.dispose();
});

/** Each thread of this process by id, with its nice value (field 19 of /proc/…/stat, after the name). */
function niceByThread(): Map<string, number> {
  return new Map(readdirSync('/proc/self/task').map((id) => {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    return [id, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
  }));
}
const mainNice = () => Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
/**
 * The threads lowered since `before` (ids): by id, not by count, as threads of earlier tests in
 * this process may end meanwhile (a count once stayed 4 where a fifth had been lowered).
 */
const loweredSince = (before: ReadonlySet<string>) =>
  [...niceByThread()].filter(([id, nice]) => !before.has(id) && nice === Math.min(19, mainNice() + BACKGROUND_NICE_STEP)).length;

describe.runIf(process.platform === 'linux')('job threads’ priority', () => {
  it('runs a background list on a lowered thread and a page of segments on one of the process’s priority', async () => {
    t = newTestSession();
    t.session.createProject('lanes');
    const ctx = t.session.context();
    createCase(ctx, 'P1', null);
    const before = new Set(niceByThread().keys());

    expect((await runJob(ctx.store, 'segments.query', SegmentQuery.parse({ sort: 'quote' }))).total).toBe(0);
    // The thread that read it stays, idle, for the next page: it was not lowered.
    expect(loweredSince(before)).toBe(0);

    expect((await runJob(ctx.store, 'cases.list', undefined)).map((c) => c.name)).toEqual(['P1']);
    expect(loweredSince(before)).toBe(1);
  });
});
