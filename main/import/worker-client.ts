/**
 * Runs extractDocument / readSheet in a worker thread so the main thread (the window, the
 * browser-mode server) never blocks on a parser. The thread is reused from file to file
 * (reader-pool.ts); a file that overruns its time cap or the thread's heap cap, or that the
 * caller cancels, ends the thread and ends as a refusal like any other (reader-thread.ts).
 * Bytes are copied to the thread unless their owner hands them over (jobs/handed-over.ts).
 */
import type { ExtractResult, ProgressHook } from './extract-document.js';
import { importLimits } from './limits.js';
import { withReader } from './reader-pool.js';
import type { ReadResult, WorkerJob } from './reader-thread.js';
import type { SheetResult } from './sheet.js';
import { workerScript } from '../jobs/worker-scripts.js';

export interface WorkerRunOptions {
  encoding?: string;
  signal?: AbortSignal;
  onProgress?: ProgressHook;
  timeoutSeconds?: number;
  /** The thread's heap cap; tests lower it to see a file overrun it without a gigabyte. */
  heapMb?: number;
  /** The reader's entry: the built one unless given (tests that run the TypeScript sources pass one they built). */
  workerUrl?: URL;
}

/** The built reader entry (worker-scripts.ts: the bundle's, unless the compiled one is newer), else where it would be. */
function defaultWorkerUrl(): URL {
  return workerScript('extract-worker') ?? new URL('./extract-worker.js', import.meta.url);
}

export function extractDocumentInWorker(fileName: string, bytes: Uint8Array, options: WorkerRunOptions = {}): Promise<ExtractResult> {
  return runInWorker({ kind: 'document', fileName, bytes, ...encodingOf(options) }, options) as Promise<ExtractResult>;
}

export function readSheetInWorker(fileName: string, bytes: Uint8Array, options: WorkerRunOptions = {}): Promise<SheetResult> {
  return runInWorker({ kind: 'sheet', fileName, bytes, ...encodingOf(options) }, options) as Promise<SheetResult>;
}

function encodingOf(options: WorkerRunOptions): { encoding?: string } {
  return options.encoding === undefined ? {} : { encoding: options.encoding };
}

function runInWorker(job: WorkerJob, options: WorkerRunOptions): Promise<ReadResult> {
  const { signal, onProgress } = options;
  return withReader(options.workerUrl ?? defaultWorkerUrl(), options.heapMb ?? importLimits.workerHeapMb, (reader) =>
    reader.read(job, { signal, onProgress, timeoutSeconds: options.timeoutSeconds ?? importLimits.timeoutSeconds }));
}
