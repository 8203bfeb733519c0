/**
 * Worker-thread entry: reads file after file — each message a document extraction or a sheet
 * read — and posts each result (a plain object: text or refusal). Started by reader-thread.ts
 * from a built file (jobs/worker-scripts.ts: the bundle's in dist/cli unless this module's
 * compiled file, dist/main/import/extract-worker.js, is newer). The thread lives on between
 * files so the parsers' modules are compiled once a batch, not once a file; a parser that hangs
 * or balloons dies with this thread, and the client starts another for the next file.
 */
import { parentPort } from 'node:worker_threads';
import { takeParentMessages } from '../jobs/stop-thread.js';
import type { WorkerJob, WorkerMessage } from './reader-thread.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

// Jobs come one at a time: the client sends the next only after this one's result. A parser
// that throws past its own refusals rejects this handler, which ends the thread with an error
// that refuses that file alone.
// Asked to stop (a cancel, a timeout, an idle thread let go), the thread ends between two tasks,
// where no zlib handle is half-made (jobs/stop-thread.ts).
takeParentMessages(async (message) => {
  const job = message as WorkerJob;
  const options = job.encoding === undefined ? {} : { encoding: job.encoding };
  // Only the readers the jobs need are loaded, each once for the life of the thread.
  const result = job.kind === 'document'
    ? await (await import('./extract-document.js')).extractDocument(job.fileName, job.bytes, {
      ...options, progress: (done, total) => post({ type: 'progress', done, total }),
    })
    : await (await import('./sheet.js')).readSheet(job.fileName, job.bytes, options);
  post({ type: 'result', result });
});
