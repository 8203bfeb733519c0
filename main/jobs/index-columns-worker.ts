/**
 * Worker-thread entry that computes documents' full-text index columns for a writing thread
 * (index-columns-ahead.ts): one text in, its columns out, in order. It keeps the priority of
 * the thread that started it (Linux threads inherit it), which waits on its answers, taking them
 * synchronously as counted-port.ts counts them: it is busy with SQLite and reads no events.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { documentColumns, type DocumentColumns } from '../search/index-text.js';
import { postCounted } from './counted-port.js';

const { port, answered } = workerData as { port: MessagePort; answered: Int32Array };

port.on('message', (text: string) => {
  let answer: { columns: DocumentColumns } | { error: string };
  try {
    answer = { columns: documentColumns(text) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  postCounted(port, answer, answered, 0);
});
