/**
 * Runs extractDocument / readSheet in a worker thread so the main thread (the window, the
 * browser-mode server) never blocks on a parser. The thread is reused from file to file
 * (reader-pool.ts); a file that overruns its time cap or the thread's heap cap, or that the
 * caller cancels, kills the thread and ends as a refusal like any other (reader-thread.ts).
 */
import type { ExtractResult, ProgressHook } from './extract-document.js';
import { importLimits } from './limits.js';
import { withReader } from './reader-pool.js';
import type { ReadResult, WorkerJob } from './reader-thread.js';
import type { SheetResult } from './sheet.js';

export interface WorkerRunOptions {
  encoding?: string;
  signal?: AbortSignal;
  onProgress?: ProgressHook;
  timeoutSeconds?: number;
  /** The thread's heap cap; tests lower it to see a file overrun it without a gigabyte. */
  heapMb?: number;
  /**
   * The compiled worker entry. Beside this module once built (dist/main/import/); tests that
   * run the TypeScript sources pass the built file.
   */
  workerUrl?: URL;
}

// Beside this module in both builds: dist/main/import/, and dist/cli/ where the bundled command
// line keeps its worker entries next to its chunks under these names (scripts/build-cli.mjs).
export const defaultWorkerUrl = new URL('./extract-worker.js', import.meta.url);

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
  return withReader(options.workerUrl ?? defaultWorkerUrl, options.heapMb ?? importLimits.workerHeapMb, (reader) =>
    reader.read(job, { signal, onProgress, timeoutSeconds: options.timeoutSeconds ?? importLimits.timeoutSeconds }));
}
