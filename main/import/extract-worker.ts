/**
 * Worker-thread entry: runs one document extraction or sheet read and posts the result (a
 * plain object: text or refusal). Started by worker-client.ts from the built file
 * (dist/main/import/extract-worker.js); a parser that hangs or balloons dies with this
 * thread, not with the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './worker-client.js';

const job = workerData as WorkerJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const options = job.encoding === undefined ? {} : { encoding: job.encoding };
// Only the reader the job needs is loaded.
const result = job.kind === 'document'
  ? await (await import('./extract-document.js')).extractDocument(job.fileName, job.bytes, {
    ...options, progress: (done, total) => post({ type: 'progress', done, total }),
  })
  : await (await import('./sheet.js')).readSheet(job.fileName, job.bytes, options);
post({ type: 'result', result });
