/**
 * Jobs that write the project (write-job-list.ts: a REFI-QDA import, a merge) run in a worker
 * thread of their own, which parses off the main thread, opens the project file itself and
 * writes one undoable step, so the main process keeps answering (an import of a large package
 * blocked it for seconds). They are listed and cancelled like the read-only jobs (run-job.ts).
 *
 * While one runs, writes to that project from the main process are refused with a clear
 * message (write-gate.ts); reads go on. A thread that dies (a crash, its memory cap) leaves
 * its transaction uncommitted, so the project is unchanged; the caller gets an AppError.
 *
 * Without a project file (an in-memory project) or without the built worker (tests running
 * the TypeScript sources) the job runs inline on the caller's connection, with the same
 * progress and cancel.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { Migrated } from '../db/store.js';
import type { ServiceContext } from '../services/context.js';
import { trackJob } from './job-registry.js';
import type { Progress } from './progress.js';
import { holdWrites } from './write-gate.js';
import { writeJobList, type WriteJobInput, type WriteJobName, type WriteJobOutput } from './write-job-list.js';
import { JobState, WRITE_JOB_HEAP_MB, jobCancelled, type WriteJobMessage, type WriteJobRequest } from './write-job-protocol.js';
import { workerScript } from './worker-scripts.js';
import { STOP_GRACE_MS, stopThread } from './stop-thread.js';

export { WRITE_JOB_HEAP_MB } from './write-job-protocol.js';

type AnyWriteJob = {
  readInput?: (input: unknown) => Promise<unknown>;
  write: (ctx: ServiceContext, read: unknown, progress: Progress) => unknown;
};

export async function runWriteJob<N extends WriteJobName>(ctx: ServiceContext, name: N, input: WriteJobInput<N>): Promise<WriteJobOutput<N>> {
  const script = workerScript('write-job-worker');
  if (ctx.store.path === ':memory:' || !script) return runInline(ctx, name, input) as WriteJobOutput<N>;
  const release = holdWrites(ctx.store);
  try {
    return (await inWorker(script, { path: ctx.store.path, name, input, coderName: ctx.coderName, state: new Int32Array(new SharedArrayBuffer(4)) })) as WriteJobOutput<N>;
  } finally {
    release();
  }
}

/**
 * Brings a project file that no connection of ours holds up to this version's schema, on a
 * thread of its own (its Store.open runs the migrations), so opening a project written by an
 * older CaseCoder does not hold the main thread: 5 s for the reference corpus from version 7. Its
 * pages must have been checked already. Without the built worker (tests running the sources)
 * it does nothing: the open that follows migrates as before.
 */
export async function migrateInWorker(path: string, coderName: string | null): Promise<Migrated | null> {
  const script = workerScript('write-job-worker');
  if (!script) return null;
  return (await inWorker(script, { path, name: 'project.migrate', input: {}, coderName, state: new Int32Array(new SharedArrayBuffer(4)) })) as Migrated | null;
}

async function runInline(ctx: ServiceContext, name: WriteJobName, input: unknown): Promise<unknown> {
  let cancelled = false;
  const { info, finish } = trackJob(name, () => (cancelled = true));
  const progress: Progress = (done, total, stage) => {
    if (cancelled) throw jobCancelled();
    Object.assign(info, { done, total, stage });
  };
  try {
    const job = writeJobList[name] as AnyWriteJob;
    // A job with no input to read writes before this function first yields, as a direct call would.
    const read = job.readInput ? await job.readInput(input) : input;
    if (cancelled) throw jobCancelled();
    return job.write(ctx, read, progress);
  } finally {
    finish();
  }
}

function inWorker(script: URL, request: WriteJobRequest): Promise<unknown> {
  const { state } = request;
  const worker = new Worker(script, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WRITE_JOB_HEAP_MB } });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      // Asked, not terminated: its parser may be inflating (stop-thread.ts). It first stops its
      // own parser, which may take that thread's grace, hence twice the wait.
      void stopThread(worker, 2 * STOP_GRACE_MS);
      outcome();
    };
    const { info, finish } = trackJob(request.name, () => {
      // Still reading its input: nothing is open or written, so the thread is simply ended.
      if (Atomics.compareExchange(state, 0, JobState.reading, JobState.cancelledBeforeWriting) === JobState.reading) {
        settle(() => reject(jobCancelled()));
      } else {
        Atomics.compareExchange(state, 0, JobState.writing, JobState.cancelAsked);
      }
    });
    worker.on('message', (message: WriteJobMessage) => {
      if (message.type === 'progress') Object.assign(info, { done: message.done, total: message.total, stage: message.stage });
      else if (message.type === 'result') settle(() => resolve(message.value));
      else if (message.internal) settle(() => reject(new Error(`job ${request.name} failed: ${message.message}`)));
      else settle(() => reject(new AppError(message.code, message.message, message.params)));
    });
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(threadFailed(error))));
    worker.on('exit', (code) => settle(() => reject(threadFailed(new Error(`exit code ${code}`)))));
  });
}

/** A thread that died before it answered: what it had begun to write was never committed. */
function threadFailed(error: Error & { code?: string }): AppError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError('jobOutOfMemory', `The work needed more than ${WRITE_JOB_HEAP_MB} MB of memory and was stopped; the project was not changed`, {
      limit: WRITE_JOB_HEAP_MB,
    });
  }
  return new AppError('jobFailed', `The work stopped unexpectedly (${error.message}); the project was not changed`, { detail: error.message });
}
