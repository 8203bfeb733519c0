/**
 * Long work off the main thread: a job runs one operation of job-list.ts in a worker thread
 * with its own connection to the project file, so the main process (the Electron main
 * process, the browser-mode server, the CLI's progress line) keeps answering. Running jobs
 * can be listed with their progress and cancelled (job-registry.ts); `jobs.list` and
 * `jobs.cancel` expose that. Jobs that write the project are run-write-job.ts.
 *
 * Without a project file (an in-memory project) or without the built worker (tests running
 * the TypeScript sources) the operation runs inline on the caller's connection instead.
 */
import { Worker } from 'node:worker_threads';
import type { ReadStore } from '../db/store.js';
import { AppError } from '../errors.js';
import { trackJob, unlistedJob, type JobInfo } from './job-registry.js';
import { jobList, type JobAnswer, type JobInput, type JobName, type JobOutput } from './job-list.js';
import type { Progress } from './progress.js';
import type { JobMessage, JobRequest } from './job-worker.js';
import { passOn } from './passed-json.js';
import { workerScript } from './worker-scripts.js';
import { stopThread } from './stop-thread.js';

export { cancelCall, cancelJob, listJobs, type JobInfo } from './job-registry.js';

/**
 * Reads the app makes on its own after every change (the lists with counts, pages of segments):
 * off the main thread like any job, but not listed, so no progress bar with a Cancel button
 * flashes after each change for work the user did not ask for.
 */
export const UNLISTED: ReadonlySet<JobName> = new Set(['codebook.counts', 'cases.list', 'documents.list', 'segments.query', 'segments.order', 'backup.snapshot']);

/**
 * A page of segments someone scrolled to (sorted or searched over every segment) is waited on
 * to go on working: it runs on threads of the process's priority. Every other job runs on
 * background threads that give way to the main thread and the renderer (thread-priority.ts).
 */
const INTERACTIVE: ReadonlySet<JobName> = new Set(['segments.query', 'segments.order']);
type Lane = 'interactive' | 'background';
const laneOf = (name: JobName): Lane => (INTERACTIVE.has(name) ? 'interactive' : 'background');

/** What a cancelled job (asked at a progress report, at its end, or ended by releaseWorkers) rejects with. */
const jobCancelled = () => new AppError('jobCancelled', 'Cancelled');

export async function runJob<N extends JobName>(store: ReadStore, name: N, input: JobInput<N>): Promise<JobOutput<N>> {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const { info, finish } = UNLISTED.has(name) ? unlistedJob(name) : trackJob(name, () => Atomics.store(cancel, 0, 1));
  const cancelled = () => Atomics.load(cancel, 0) !== 0;
  const progress: Progress = (done, total) => {
    if (cancelled()) throw jobCancelled();
    Object.assign(info, { done, total });
  };
  try {
    const script = workerScript('job-worker');
    const answer = store.path === ':memory:' || !script
      ? await (jobList[name] as (store: ReadStore, input: JobInput<N>, progress: Progress) => JobAnswer<N> | Promise<JobAnswer<N>>)(store, input, progress)
      : await inWorker<N>(script, { path: store.path, lane: laneOf(name) }, { id: info.id, name, input, cancel }, info);
    // A cancel asked during the last step, which reports no progress after it (writing an
    // export's file), is still a cancel: the user does not get the file.
    if (cancelled()) throw jobCancelled();
    return passOn(answer);
  } finally {
    finish();
  }
}

/** What a thread is for: one project file, in one lane; the maps below are keyed by it. */
interface Pool { path: string; lane: Lane }
const keyOf = ({ path, lane }: Pool) => `${lane}:${path}`;
const LANES: readonly Lane[] = ['interactive', 'background'];

/** Idle worker threads by pool, each with its connection open, and when each is let go. */
const idle = new Map<string, Worker[]>();
const idleTimers = new Map<Worker, NodeJS.Timeout>();
/** Threads running a job, by pool, and those stopped by releaseWorkers. */
const busy = new Map<string, Set<Worker>>();
const released = new WeakSet<Worker>();
/** The cancel flag of the job each busy thread runs. */
const cancelOf = new WeakMap<Worker, Int32Array>();

/**
 * Ends every thread holding a connection to `path`, idle or running a job (which fails as
 * cancelled), and the spare started for it, and waits until their connections are closed:
 * restoring a backup must be the file's only user, since it takes the file out of WAL mode.
 */
export async function releaseWorkers(path: string): Promise<void> {
  const keys = LANES.map((lane) => keyOf({ path, lane }));
  const workers = keys.flatMap((key) => [...(idle.get(key) ?? []), ...(busy.get(key) ?? [])]);
  for (const key of keys) idle.delete(key);
  const unused = spare?.path === path ? detachSpare() : null;
  if (unused) workers.push(unused.worker);
  for (const worker of workers) {
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
    released.add(worker);
    // A job running there stops at its next progress report, and its thread then reads the stop.
    const cancel = cancelOf.get(worker);
    if (cancel) Atomics.store(cancel, 0, 1);
  }
  // Asked to end, not terminated: an export may be deflating its zip (stop-thread.ts).
  await Promise.all(workers.map((worker) => stopThread(worker)));
}
// An idle thread (and its connection) is let go after this long.
const IDLE_MS = 60_000;
/**
 * A thread whose heap has grown past this by the end of its job is ended, not kept: an idle
 * thread collects its garbage only when it next works, so a merge's plan (the rows of two large
 * projects, 600 MB) stayed taken beside the merge that followed it. A table or a page needs far less.
 * An object so that a test can watch both outcomes without growing a heap that large.
 */
export const threadKeeping = { maxHeapBytes: 256 * 1024 * 1024 };

/**
 * A thread started for a project before the file may be read (startSpareJobThread), loading its
 * modules meanwhile, and when it is let go if no job takes it.
 */
let spare: { path: string; worker: Worker; timer: NodeJS.Timeout; lost: () => void } | null = null;

/**
 * Starts a job thread for the project at `path` while the file is being checked: a thread takes
 * about a quarter of a second to load the jobs' modules, which the first listing or table after
 * an open (a `casecoder table`) waited for once the check had passed. The
 * thread opens the file only when the first job is given to it, by then checked. Nothing is
 * started where jobs run inline (no built worker).
 */
export function startSpareJobThread(path: string): void {
  const script = workerScript('job-worker');
  if (spare?.path === path || !script) return;
  dropSpare();
  const worker = new Worker(script, { workerData: { path: null } });
  worker.unref();
  const timer = setTimeout(dropSpare, IDLE_MS);
  timer.unref();
  // One that failed to start (its script gone: a build in between) is not handed a job, which it
  // would never answer; its error, which no job waits for, is not the process's.
  const lost = () => {
    if (spare?.worker === worker) dropSpare();
  };
  worker.on('error', lost).on('exit', lost);
  spare = { path, worker, timer, lost };
}

/**
 * The spare thread, no longer the spare (its timer ended), or null when there is none. Its watch
 * stays on, to take the error of one stopped unused; a job's own takes over (takeSpare).
 */
function detachSpare(): { worker: Worker; lost: () => void } | null {
  if (spare === null) return null;
  const { worker, timer, lost } = spare;
  spare = null;
  clearTimeout(timer);
  return { worker, lost };
}

function dropSpare(): void {
  const detached = detachSpare();
  if (detached) void stopThread(detached.worker);
}

/** The spare thread of the pool's project, told its file and its lane's priority; else null. */
function takeSpare(pool: Pool): Worker | null {
  const detached = spare?.path === pool.path ? detachSpare() : null;
  if (detached === null) return null;
  const { worker, lost } = detached;
  worker.off('error', lost).off('exit', lost);
  worker.postMessage({ open: { path: pool.path, background: pool.lane === 'background' } });
  return worker;
}

/** A thread for one job; it keeps the process alive while it works, not while it waits. */
function takeWorker(script: URL, pool: Pool): Worker {
  const key = keyOf(pool);
  const worker = idle.get(key)?.pop() ?? takeSpare(pool) ?? new Worker(script, { workerData: { path: pool.path, background: pool.lane === 'background' } });
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
  worker.ref();
  busy.set(key, (busy.get(key) ?? new Set()).add(worker));
  return worker;
}

function giveBack(pool: Pool, worker: Worker): void {
  const key = keyOf(pool);
  const list = idle.get(key) ?? [];
  idle.set(key, list);
  list.push(worker);
  worker.unref();
  const timer = setTimeout(() => {
    list.splice(list.indexOf(worker), 1);
    idleTimers.delete(worker);
    void stopThread(worker);
  }, IDLE_MS);
  timer.unref();
  idleTimers.set(worker, timer);
}

function inWorker<N extends JobName>(script: URL, pool: Pool, request: JobRequest, info: JobInfo): Promise<JobAnswer<N>> {
  const worker = takeWorker(script, pool);
  cancelOf.set(worker, request.cancel);
  return new Promise<JobAnswer<N>>((resolve, reject) => {
    const done = (fn: () => void, reusable: boolean) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      busy.get(keyOf(pool))?.delete(worker);
      cancelOf.delete(worker);
      // A thread released meanwhile answers (cancelled) before it ends: it is not kept for reuse.
      if (reusable && !released.has(worker)) giveBack(pool, worker);
      else if (!released.has(worker)) void stopThread(worker);
      fn();
    };
    const onMessage = (message: JobMessage) => {
      if (message.id !== request.id) return;
      if (message.type === 'progress') {
        Object.assign(info, { done: message.done, total: message.total });
        return;
      }
      const keep = message.heapBytes <= threadKeeping.maxHeapBytes;
      if (message.type === 'result') done(() => resolve(message.value as JobAnswer<N>), keep);
      else if (message.internal) done(() => reject(new Error(`job ${request.name} failed: ${message.message}`)), keep);
      else done(() => reject(new AppError(message.code, message.message, message.params)), keep);
    };
    const onError = (error: Error) => done(() => reject(error), false);
    const onExit = (code: number) =>
      done(() => reject(released.has(worker) ? jobCancelled() : new Error(`job ${request.name} stopped (exit code ${code})`)), false);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
