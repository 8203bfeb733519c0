/**
 * Worker-thread entry that computes documents' full-text index columns for a writing thread
 * (index-columns-ahead.ts): one text in, its columns out, in order. It keeps the priority of
 * the thread that started it (Linux threads inherit it), which waits on its answers. Each answer is counted in
 * shared memory after it is posted, so the writing thread, busy with SQLite and reading no
 * events, waits on the count and then takes the answer synchronously.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { documentColumns } from '../search/index-text.js';

const { port, answered } = workerData as { port: MessagePort; answered: Int32Array };

port.on('message', (text: string) => {
  try {
    port.postMessage({ columns: documentColumns(text) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
