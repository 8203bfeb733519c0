/**
 * Worker-thread entry of jobs (run-job.ts): keeps its own read-only connection to one project
 * file and runs the operations it is sent, one at a time, posting progress and each result.
 * The thread stays for the next job, so a table costs no thread start-up. Cancellation is a
 * flag in shared memory that the operation's progress calls read, since a busy thread reads
 * no messages. A background thread lowers its own priority first (thread-priority.ts).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { JobReader } from '../db/repos/analysis.js';
import { AppError } from '../errors.js';
import { jobList, type JobName } from './job-list.js';
import type { Progress } from './progress.js';
import type { ReadStore } from '../db/store.js';
import { lowerThreadPriority } from './thread-priority.js';
import { postAnswer } from './passed-json.js';
import { COLLECT_WHEN_IDLE_MS, collectIfGrown } from './idle-collect.js';
import { takeParentMessages } from './stop-thread.js';

export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
  cancel: Int32Array;
}

export type JobMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  /**
   * `heapBytes`: the thread's heap after the job, garbage included (run-job.ts ends a thread grown
   * too large), a failed or cancelled job's too: one stopped half-way may have grown as much.
   */
  | { id: number; type: 'result'; value: unknown; heapBytes: number }
  | { id: number; type: 'error'; code: string; message: string; params: Record<string, string | number>; internal: boolean; heapBytes: number };

/** The file this thread reads, and whether it gives way (thread-priority.ts). */
interface OpenFile {
  path: string;
  background: boolean;
}

let store: JobReader | null = null;
function open({ path, background }: OpenFile): void {
  if (background) lowerThreadPriority();
  store = new JobReader(path);
}

// A spare thread (run-job.ts, startSpareJobThread) is started with no file and loads its modules
// meanwhile; the first message it is sent names the file, once the file has passed its check.
const started = workerData as OpenFile | { path: null };
if (started.path !== null) open(started);
const post = (message: JobMessage) => parentPort!.postMessage(message);

async function run({ id, name, input, cancel }: JobRequest): Promise<void> {
  clearTimeout(idleCollection);
  const progress: Progress = (done, total) => {
    if (Atomics.load(cancel, 0) !== 0) throw new AppError('jobCancelled', 'Cancelled');
    post({ id, type: 'progress', done, total });
  };
  try {
    const job = jobList[name] as (store: ReadStore, input: unknown, progress: Progress) => unknown;
    const value = await job(store!, input, progress);
    // JSON texts are moved, not copied: the main thread then spends nothing on them (passed-json.ts).
    postAnswer(parentPort!, { id, type: 'result', value, heapBytes: heapBytes() } satisfies JobMessage);
  } catch (error) {
    if (error instanceof AppError) post({ id, type: 'error', code: error.code, message: error.message, params: error.params, internal: false, heapBytes: heapBytes() });
    else post({ id, type: 'error', code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error), params: {}, internal: true, heapBytes: heapBytes() });
  }
  // Answered: the job's garbage goes once the thread has stayed idle a moment (idle-collect.ts),
  // not between two pages of a list scrolled through, which the collection would hold up.
  idleCollection = setTimeout(() => collectIfGrown(heapBytes()), COLLECT_WHEN_IDLE_MS);
}

let idleCollection: NodeJS.Timeout | undefined;

const heapBytes = () => getHeapStatistics().total_heap_size;

// Jobs arrive one at a time: run-job.ts sends the next only after this one's answer.
// Asked to stop (releaseWorkers, an idle thread let go), the thread ends between two tasks,
// where no zlib handle of an export's zip is half-made (stop-thread.ts).
takeParentMessages((message) => {
  if (typeof message === 'object' && message !== null && 'open' in message) open((message as { open: OpenFile }).open);
  else void run(message as JobRequest);
});
