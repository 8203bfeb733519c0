/**
 * One worker thread (extract-worker.ts) that reads file after file, so a batch pays the thread's
 * start — 100–200 ms compiling the parsers' modules — once rather than once a file. Each file
 * keeps its own caps: one that overruns its time, overruns the thread's heap or crashes the
 * thread is refused with its own reason, and the next file gets a new thread. So is one whose
 * reading grows the process's memory past a bound: the heap cap counts no ArrayBuffer, and
 * parsers inflate into them (review-hostile-1207 #4). Cancel ends the
 * thread (asked to end itself, terminated only if it does not within a few seconds); a read
 * asked for after it is refused as cancelled without starting one.
 */
import { Worker } from 'node:worker_threads';
import { handedOverMemory } from '../jobs/handed-over.js';
import { stopThread } from '../jobs/stop-thread.js';
import type { ExtractResult, ProgressHook } from './extract-document.js';
import { importLimits } from './limits.js';
import { refuse, type ImportRefusal } from './refusal.js';
import type { SheetResult } from './sheet.js';

export interface WorkerJob {
  kind: 'document' | 'sheet';
  fileName: string;
  bytes: Uint8Array;
  encoding?: string;
}

export type ReadResult = ExtractResult | SheetResult;

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ReadResult };

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ProgressHook | undefined;
  timeoutSeconds: number;
}

/** The file being read: where its progress and its answer go. */
interface Pending {
  fileName: string;
  settle(result: ReadResult): void;
  onProgress: ProgressHook | undefined;
}

let threadsStarted = 0;

const MB = 1024 * 1024;
/**
 * How often the process's memory is looked at while a file is read: a PDF bomb's streams grew it
 * by about 150 MB a second, so the bound is overrun by a few MB at most before it is seen.
 */
const MEMORY_SAMPLE_MS = 50;

/** Threads started in this process so far: how tests see that a batch used one. */
export function readerThreadsStarted(): number {
  return threadsStarted;
}

export class ReaderThread {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  /**
   * The end of the thread last stopped, while it has not come: the next file waits for it. A
   * thread stopped past the memory bound may go on inflating through its grace, and the next
   * file's reading was charged with that growth and refused as well.
   */
  private stopping: Promise<void> | undefined;

  /** `memoryMb`: what the process's resident memory may grow by while one file is read. */
  constructor(readonly workerUrl: URL, readonly heapMb: number, readonly memoryMb: number = importLimits.readerMemoryMb) {}

  /** True while a thread is up: after a timeout, crash or cancel the next read starts a new one. */
  get alive(): boolean {
    return this.worker !== undefined;
  }

  /** One file; the caller waits for it before asking for the next. */
  read(job: WorkerJob, options: ReadOptions): Promise<ReadResult> {
    if (this.pending) throw new Error('ReaderThread reads one file at a time');
    const { signal, timeoutSeconds: seconds } = options;
    if (signal?.aborted) return Promise.resolve(refused(cancelled(job.fileName)));
    const stopping = this.stopping;
    if (stopping) return stopping.then(() => this.read(job, options));
    const worker = this.worker ?? this.start();
    return new Promise((resolve) => {
      const settle = (result: ReadResult) => {
        this.pending = undefined;
        clearTimeout(timer);
        clearInterval(memoryWatch);
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };
      const onAbort = () => this.fail(cancelled(job.fileName));
      const timer = setTimeout(
        () => this.fail(refuse('timeout', job.fileName, `reading it took longer than ${seconds} seconds`, { seconds })),
        seconds * 1000,
      );
      // The thread lives in this process, so the process's memory is what its reading costs
      // (another import or job at the same time counts too: the bound is far above what a file needs).
      const memoryAtStart = process.memoryUsage.rss();
      const memoryWatch = setInterval(() => {
        if (process.memoryUsage.rss() - memoryAtStart > this.memoryMb * MB) this.fail(outOfMemory(job.fileName, this.memoryMb));
      }, MEMORY_SAMPLE_MS);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending = { fileName: job.fileName, settle, onProgress: options.onProgress };
      try {
        worker.postMessage(job, handedOverMemory(job.bytes));
      } catch (error) {
        // An array whose memory already moved elsewhere cannot be sent, nor could it be read.
        this.fail(refuse('corrupt', job.fileName, `the file could not be handed to the reader: ${(error as Error).message}`, { detail: (error as Error).message }));
      }
    });
  }

  /** Asks the thread to end itself, not terminated: it may be inflating (jobs/stop-thread.ts). */
  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const stopped = stopThread(worker).finally(() => {
      if (this.stopping === stopped) this.stopping = undefined;
    });
    this.stopping = stopped;
  }

  private start(): Worker {
    threadsStarted++;
    const worker = new Worker(this.workerUrl, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    this.worker = worker;
    // A thread replaced after a timeout or cancel may still speak while it dies: only the
    // current thread's words reach the file being read.
    const current = () => this.worker === worker;
    worker.on('message', (message: WorkerMessage) => {
      if (!current()) return;
      if (message.type === 'progress') this.pending?.onProgress?.(message.done, message.total);
      else this.pending?.settle(message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!current()) return;
      const fileName = this.pending?.fileName ?? '';
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.fail(outOfMemory(fileName, this.heapMb));
      } else {
        this.fail(refuse('corrupt', fileName, `the file could not be read: ${error.message}`, { detail: error.message }));
      }
    });
    worker.on('exit', () => {
      if (current()) this.fail(refuse('corrupt', this.pending?.fileName ?? '', 'the reader stopped without an answer'));
    });
    // An idle thread must not keep a process (the CLI) from ending; while a file is read, its
    // time cap's timer keeps the process waiting for the answer. (After the listeners: adding
    // one to the thread's port holds it again.)
    worker.unref();
    return worker;
  }

  /** The file being read (if any) is refused and the thread goes; the next read starts another. */
  private fail(refusal: ImportRefusal): void {
    this.close();
    this.pending?.settle(refused(refusal));
  }
}

function outOfMemory(fileName: string, limit: number): ImportRefusal {
  return refuse('tooLarge', fileName, `reading it needed more than ${limit} MB of memory`, { limit, unit: 'MB' });
}

function cancelled(fileName: string): ImportRefusal {
  return refuse('cancelled', fileName, 'the import was cancelled');
}

function refused(refusal: ImportRefusal): ReadResult {
  return { ok: false, refusal: refusal.toRefusal() };
}
