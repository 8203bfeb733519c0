/**
 * Long work off the main thread: a job runs one operation of job-list.ts in a worker thread
 * with its own connection to the project file, so the main process (the Electron main
 * process, the browser-mode server, the CLI's progress line) keeps answering. Running jobs
 * can be listed with their progress and cancelled; `jobs.list` and `jobs.cancel` expose that.
 *
 * Without a project file (an in-memory project) or without the built worker (tests running
 * the TypeScript sources) the operation runs inline on the caller's connection instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadStore } from '../db/store.js';
import { AppError } from '../errors.js';
import { jobList, type JobInput, type JobName, type JobOutput, type Progress } from './job-list.js';
import type { JobMessage, JobRequest } from './job-worker.js';

export interface JobInfo {
  id: number;
  name: JobName;
  done: number;
  total: number;
  startedAt: number;
}

const workerUrl = new URL('./job-worker.js', import.meta.url);
const workerBuilt = existsSync(fileURLToPath(workerUrl));

const running = new Map<number, { info: JobInfo; cancel: Int32Array }>();
let nextId = 1;

/** The jobs running now, oldest first. */
export function listJobs(): JobInfo[] {
  return [...running.values()].map(({ info }) => ({ ...info }));
}

/** Asks a job to stop at its next progress report; unknown ids (already finished) are ignored. */
export function cancelJob(id: number): void {
  const job = running.get(id);
  if (job) Atomics.store(job.cancel, 0, 1);
}

export async function runJob<N extends JobName>(store: ReadStore, name: N, input: JobInput<N>): Promise<JobOutput<N>> {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const info: JobInfo = { id: nextId++, name, done: 0, total: 0, startedAt: Date.now() };
  running.set(info.id, { info, cancel });
  const progress: Progress = (done, total) => {
    if (Atomics.load(cancel, 0) !== 0) throw new AppError('jobCancelled', 'Cancelled');
    Object.assign(info, { done, total });
  };
  try {
    if (store.path === ':memory:' || !workerBuilt) {
      const job = jobList[name] as (store: ReadStore, input: JobInput<N>, progress: Progress) => JobOutput<N> | Promise<JobOutput<N>>;
      return await job(store, input, progress);
    }
    return await inWorker(store.path, { id: info.id, name, input, cancel }, info);
  } finally {
    running.delete(info.id);
  }
}

/** Idle worker threads by project file, each with its connection open, and when each is let go. */
const idle = new Map<string, Worker[]>();
const idleTimers = new Map<Worker, NodeJS.Timeout>();
// An idle thread (and its connection) is let go after this long.
const IDLE_MS = 60_000;

/** A thread for one job; it keeps the process alive while it works, not while it waits. */
function takeWorker(path: string): Worker {
  const worker = idle.get(path)?.pop() ?? new Worker(workerUrl, { workerData: { path } });
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
  worker.ref();
  return worker;
}

function giveBack(path: string, worker: Worker): void {
  const list = idle.get(path) ?? [];
  idle.set(path, list);
  list.push(worker);
  worker.unref();
  const timer = setTimeout(() => {
    list.splice(list.indexOf(worker), 1);
    idleTimers.delete(worker);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idleTimers.set(worker, timer);
}

function inWorker<N extends JobName>(path: string, request: JobRequest, info: JobInfo): Promise<JobOutput<N>> {
  const worker = takeWorker(path);
  return new Promise<JobOutput<N>>((resolve, reject) => {
    const done = (fn: () => void, reusable: boolean) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) giveBack(path, worker);
      else void worker.terminate();
      fn();
    };
    const onMessage = (message: JobMessage) => {
      if (message.id !== request.id) return;
      if (message.type === 'progress') Object.assign(info, { done: message.done, total: message.total });
      else if (message.type === 'result') done(() => resolve(message.value as JobOutput<N>), true);
      else if (message.internal) done(() => reject(new Error(`job ${request.name} failed: ${message.message}`)), true);
      else done(() => reject(new AppError(message.code, message.message, message.params)), true);
    };
    const onError = (error: Error) => done(() => reject(error), false);
    const onExit = (code: number) => done(() => reject(new Error(`job ${request.name} stopped (exit code ${code})`)), false);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
