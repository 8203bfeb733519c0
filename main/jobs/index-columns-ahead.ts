/**
 * The full-text index columns of a run of documents, computed a few documents ahead in a thread
 * of its own while the writing thread inserts rows (an import, a rebuild of the index).
 * Splitting each text into words, forms and stems is pure JavaScript, about 60% of the index's
 * cost; on a machine with two cores it now overlaps SQLite's work instead of adding to it. The
 * writing thread takes the columns in document order; what it writes is exactly what it would
 * have computed itself.
 *
 * Small runs are computed in place (starting a thread costs more than it saves), as is
 * everything when the worker entry is not built (running from the TypeScript sources) or the
 * thread fails or stalls: the same columns, only not ahead.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { takeCounted } from './counted-port.js';
import { documentColumns, type DocumentColumns } from '../search/index-text.js';
import { workerScript } from './worker-scripts.js';

/** Below this much text in all (characters or UTF-8 bytes: either decides), the columns are computed in place. */
export const THREAD_MIN_SIZE = 2_000_000;
/** Texts handed to the thread before their columns are taken: enough to keep it busy, few enough to bound memory. */
export const IN_FLIGHT = 4;
/**
 * A thread that has not answered one text in this long is given up on (one that failed to start
 * never answers, and its error cannot reach a caller blocked waiting): a 50 MB text, the largest
 * an import takes, needs a few seconds.
 */
const STALL_MS = 15_000;

interface Thread {
  worker: Worker;
  port: MessagePort;
  answered: Int32Array;
}

export class IndexColumnsAhead {
  private thread: Thread | null = null;
  private sent = 0;
  private taken = 0;

  /**
   * The columns of `count` texts, text i being `textAt(i)` (asked for once each, a few ahead of
   * the one taken, so a caller reading them from the database holds only those); `size`, their
   * length in all, decides whether a thread is worth starting.
   */
  constructor(
    private readonly count: number,
    private readonly textAt: (index: number) => string,
    size: number,
    minSize = THREAD_MIN_SIZE,
  ) {
    const script = workerScript('index-columns-worker');
    if (script === null || size < minSize) return;
    const answered = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, { workerData: { port: port2, answered }, transferList: [port2] });
    // Failures show as a missing answer (next() then computes in place), not as an event: the
    // writing thread reads no events while it writes.
    worker.on('error', () => {});
    worker.unref();
    this.thread = { worker, port: port1, answered };
    this.sendAhead();
  }

  /** The columns of the next text, in the order given. */
  next(): DocumentColumns {
    const index = this.taken++;
    if (index >= this.count) throw new Error('IndexColumnsAhead: no text left');
    const answer = this.thread ? this.answer(index) : null;
    if (answer === null) return documentColumns(this.textAt(index));
    this.sendAhead();
    return answer;
  }

  /** Stops the thread (call when done, or when the writing stops early). */
  close(): void {
    if (!this.thread) return;
    // Terminated outright: it only splits words, and never holds a zlib handle, whose
    // half-made state is what makes terminate() dangerous (stop-thread.ts).
    void this.thread.worker.terminate();
    this.thread.port.close();
    this.thread = null;
  }

  private sendAhead(): void {
    while (this.thread && this.sent < this.count && this.sent < this.taken + IN_FLIGHT) {
      this.thread.port.postMessage(this.textAt(this.sent++));
    }
  }

  /** The thread's answer for text `index`, or null (thread closed) when it failed or stalled. */
  private answer(index: number): DocumentColumns | null {
    const { answered, port } = this.thread!;
    const taken = takeCounted(port, answered, 0, index, STALL_MS);
    const columns = typeof taken === 'object' ? (taken.message as { columns?: DocumentColumns }).columns : undefined;
    if (!columns) {
      this.close();
      return null;
    }
    return columns;
  }
}
