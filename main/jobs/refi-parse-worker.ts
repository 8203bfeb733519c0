/**
 * Worker-thread entry that parses a REFI-QDA file for an import writing in another thread
 * (refi-parse-ahead.ts), and computes sources' index columns while the writer is busy: the
 * project's head, then each source as it closes, then the tail once the whole file is read and
 * checked, or the refusal. A file read whole (a bare .qde, a codebook, a project without text
 * sources) is handed on in the same order once read.
 *
 * Messages are counted as they are posted (counted-port.ts: the writing thread, busy with SQLite,
 * reads no events), and this thread waits while AHEAD are untaken, which bounds the sources held
 * in messages.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { headOf, tailOf } from '../refi/project-parts.js';
import { parseRefi } from '../refi/parse-project.js';
import type { RefiTextSource } from '../refi/model.js';
import { documentColumns } from '../search/index-text.js';
import { postCounted } from './counted-port.js';
import { packSelections } from './packed-selections.js';
import { AHEAD, POSTED, STOPPED, TAKEN, type RefiPartMessage } from './refi-parse-protocol.js';
import { takeParentMessages } from './stop-thread.js';

const { fileName, bytes, port, counts } = workerData as { fileName: string; bytes: Uint8Array; port: MessagePort; counts: Int32Array };

function post(message: RefiPartMessage): void {
  postCounted(port, message, counts, POSTED);
}

function postSource(source: RefiTextSource, done: number, total: number): void {
  let taken: number;
  while (Atomics.load(counts, POSTED) - (taken = Atomics.load(counts, TAKEN)) >= AHEAD) {
    // Asked to stop while waiting (stop-thread.ts): between two sources no zlib handle is half-made.
    if (Atomics.load(counts, STOPPED)) process.exit(0);
    Atomics.wait(counts, TAKEN, taken);
  }
  // The columns are computed here only while the writer has parts still to take. When it has
  // none it is waiting for this thread, so it gets the source at once and computes them itself
  // (import-into-project.ts): the two threads share that work by how busy each is.
  const writerBusy = Atomics.load(counts, POSTED) > Atomics.load(counts, TAKEN);
  const { selections, ...rest } = source;
  const columns = source.text !== null && writerBusy ? documentColumns(source.text) : null;
  post({ type: 'source', source: rest, selections: packSelections(selections), columns, done, total });
}

async function run(): Promise<void> {
  let streamed = false;
  try {
    const project = await parseRefi(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      head: (head) => {
        streamed = true;
        post({ type: 'head', head });
      },
      source: postSource,
    });
    if (!streamed) {
      post({ type: 'head', head: headOf(project) });
      project.sources.forEach((source, i) => postSource(source, i + 1, project.sources.length));
    }
    post({ type: 'tail', tail: tailOf(project) });
  } catch (error) {
    if (error instanceof AppError) post({ type: 'error', code: error.code, message: error.message, params: error.params });
    else post({ type: 'error', code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error), params: {} });
  }
}

// Asked to stop while parsing, the thread ends between two pieces of the file (stop-thread.ts).
// Once parsed it ends by itself: the listener must not hold it.
takeParentMessages();
parentPort!.unref();
void run();
