/**
 * Threads that may be inflating end by themselves when stopped, never by terminate(): a
 * terminate landing inside node:zlib's constructor aborts the whole process (stop-thread.ts).
 * The abort is a race no test hits reliably, so this holds the contract that prevents it: the
 * REFI-QDA parser and a cancelled import's thread exit with code 0 (terminate gives 1) and
 * terminate() is not called; a thread that does not end itself is still terminated after the wait.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelJob, listJobs, releaseWorkers, runJob } from '../../../main/jobs/run-job.js';
import { runWriteJob } from '../../../main/jobs/run-write-job.js';
import { readRefiParts } from '../../../main/jobs/refi-parse-ahead.js';
import { stopThread } from '../../../main/jobs/stop-thread.js';
import { bigPackage, useProjects } from './job-test-helpers.js';
import { useJobWorkers } from './worker-bundle.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

useJobWorkers();
const project = useProjects();

/**
 * Runs `start`, and watches the worker thread it starts (the first to be given a listener
 * meanwhile; other threads, of earlier tests or of a project's file check, are left out).
 */
function watchStart<T>(start: () => T) {
  const on = vi.spyOn(Worker.prototype, 'on');
  const terminate = vi.spyOn(Worker.prototype, 'terminate');
  const value = start();
  const thread = on.mock.contexts[0] as Worker;
  on.mockRestore();
  // Listened for at once: the thread cannot have ended yet.
  const exitCode = new Promise<number>((resolve) => thread.once('exit', resolve));
  return { value, thread, terminate, exitCode };
}

/** The thread ended by its own exit (code 0), not by terminate() (code 1). */
async function expectEndedByItself({ thread, terminate, exitCode }: ReturnType<typeof watchStart>) {
  expect(await exitCode).toBe(0);
  expect(terminate.mock.contexts).not.toContain(thread);
}

afterEach(() => vi.restoreAllMocks());

describe('stopping a thread that may be inflating', () => {
  it('the parser stopped while it reads the package ends by itself', async () => {
    const watched = watchStart(() => readRefiParts('study.qdpx', bigPackage(200)));
    (await watched.value).close();
    await expectEndedByItself(watched);
  });

  it('the parser stopped while it waits for the importer to take its sources ends by itself', async () => {
    const watched = watchStart(() => readRefiParts('study.qdpx', bigPackage(200)));
    const parts = await watched.value;
    parts.head();
    parts.nextSource();
    // It posts a few sources ahead, then waits in Atomics.wait, where it reads no message.
    await new Promise((resolve) => setTimeout(resolve, 300));
    parts.close();
    await expectEndedByItself(watched);
  });

  it('a cancel while the package is parsed ends the import thread by its own exit', async () => {
    const { t } = project();
    const watched = watchStart(() => runWriteJob(t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bigPackage(200)) }));
    // Once the thread has started its parser, which is then inflating.
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (const { id } of listJobs()) cancelJob(id);
    await expect(watched.value).rejects.toMatchObject({ code: 'jobCancelled' });
    await expectEndedByItself(watched);
  });

  it("a read job's thread let go before a backup is restored ends by itself", async () => {
    // An export job's thread may be deflating its zip.
    const { store } = project();
    const watched = watchStart(() => runJob(store, 'cases.list', undefined));
    await watched.value;
    await releaseWorkers(store.path);
    await expectEndedByItself(watched);
  });

  it('a thread that does not end itself is terminated after the wait', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const stuck = new Worker('for (;;);', { eval: true });
    await new Promise((resolve) => stuck.once('online', resolve));
    const exitCode = new Promise<number>((resolve) => stuck.once('exit', resolve));
    const started = Date.now();
    await stopThread(stuck, 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(terminate.mock.contexts).toEqual([stuck]);
    expect(await exitCode).toBe(1);
  });
});
