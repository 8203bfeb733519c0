/**
 * Runs extractDocument / readSheet in a worker thread so the main thread (the window, the
 * browser-mode server) never blocks on a parser. The worker is killed when the time cap
 * passes or the caller aborts, and its heap is capped; each ends as a refusal like any other.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractResult, ProgressHook } from './extract-document.js';
import { importLimits } from './limits.js';
import { refuse, type Refusal } from './refusal.js';
import type { SheetResult } from './sheet.js';

export interface WorkerJob {
  kind: 'document' | 'sheet';
  fileName: string;
  bytes: Uint8Array;
  encoding?: string;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ExtractResult | SheetResult };

export interface WorkerRunOptions {
  encoding?: string;
  signal?: AbortSignal;
  onProgress?: ProgressHook;
  timeoutSeconds?: number;
  /**
   * The compiled worker entry. Beside this module once built (dist/main/import/); tests that
   * run the TypeScript sources pass the built file.
   */
  workerUrl?: URL;
}

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

function runInWorker(job: WorkerJob, options: WorkerRunOptions): Promise<ExtractResult | SheetResult> {
  const refusal = (value: Refusal) => ({ ok: false as const, refusal: value });
  if (options.signal?.aborted) return Promise.resolve(refusal(refuse('cancelled', job.fileName, 'the import was cancelled').toRefusal()));
  const seconds = options.timeoutSeconds ?? importLimits.timeoutSeconds;
  return new Promise((resolve) => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: importLimits.workerHeapMb },
    });
    let settled = false;
    const finish = (result: ExtractResult | SheetResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      resolve(result);
    };
    const onAbort = () => finish(refusal(refuse('cancelled', job.fileName, 'the import was cancelled').toRefusal()));
    const timer = setTimeout(
      () => finish(refusal(refuse('timeout', job.fileName, `reading it took longer than ${seconds} seconds`, { seconds }).toRefusal())),
      seconds * 1000,
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else finish(message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const limit = importLimits.workerHeapMb;
        finish(refusal(refuse('tooLarge', job.fileName, `reading it needed more than ${limit} MB of memory`, { limit, unit: 'MB' }).toRefusal()));
      } else {
        finish(refusal(refuse('corrupt', job.fileName, `the file could not be read: ${error.message}`, { detail: error.message }).toRefusal()));
      }
    });
    worker.on('exit', () => finish(refusal(refuse('corrupt', job.fileName, 'the reader stopped without an answer').toRefusal())));
  });
}
