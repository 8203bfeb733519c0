/**
 * Worker-thread entry of a job that writes (run-write-job.ts): one job per thread. It reads
 * the job's input without the project (parsing a package), then opens the project file itself
 * through Store.open, with the same checks and hardened connection as the main process (a file
 * swapped or altered meanwhile is refused), and writes the job as one undoable step.
 *
 * Cancelling is a state in shared memory, since a busy thread reads no messages: while the
 * thread reads its input, the main side may claim it as cancelled and ask the thread to end
 * (nothing is open, nothing written); once it writes, a cancel is asked for and seen at the next progress
 * report, which throws inside the step so its transaction rolls back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storageError } from '../db/storage-errors.js';
import { Store } from '../db/store.js';
import { AppError } from '../errors.js';
import type { Progress } from './progress.js';
import { writeJobList } from './write-job-list.js';
import { lowerThreadPriority } from './thread-priority.js';
import { takeParentMessages } from './stop-thread.js';
import { JobState, jobCancelled, type WriteJobMessage, type WriteJobRequest } from './write-job-protocol.js';

async function run({ path, name, input, coderName, state }: WriteJobRequest): Promise<void> {
  const post = (message: WriteJobMessage) => parentPort!.postMessage(message);
  const job = writeJobList[name] as {
    readInput?: (input: unknown) => Promise<unknown>;
    write: (ctx: { store: Store; coderName: string | null }, read: unknown, progress: Progress) => unknown;
  };
  try {
    const read = job.readInput ? await job.readInput(input) : input;
    if (Atomics.compareExchange(state, 0, JobState.reading, JobState.writing) !== JobState.reading) throw jobCancelled();
    const progress: Progress = (done, total, stage) => {
      if (Atomics.load(state, 0) === JobState.cancelAsked) throw jobCancelled();
      post({ type: 'progress', done, total, stage });
    };
    // The main process holds this file open, its pages checked when it opened it: the schema is
    // compared again here, but a large project's every page is not read a second time.
    const store = Store.open(path, { pagesKnownSound: true });
    let value: unknown;
    try {
      value = job.write({ store, coderName }, read, progress);
    } finally {
      // Closed before answering: the main side asks this thread to end once it has the answer.
      store.close();
    }
    post({ type: 'result', value });
  } catch (caught) {
    const error = storageError(caught) ?? caught;
    if (error instanceof AppError) post({ type: 'error', code: error.code, message: error.message, params: error.params, internal: false });
    else post({ type: 'error', code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error), params: {}, internal: true });
  }
}

// An import or merge is background work: the main thread and the renderer go first (thread-priority.ts).
lowerThreadPriority();
// The main side asks the thread to end once it has its answer, or on a cancel while the input is
// read; it then stops its parser first (stop-thread.ts).
takeParentMessages();
void run(workerData as WriteJobRequest);
