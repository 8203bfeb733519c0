/**
 * A REFI-QDA package parsed in a thread of its own (refi-parse-worker.ts) while the import
 * writes what is parsed so far: on a machine with two cores, reading the project XML and
 * computing index columns (about half an import's work) overlap SQLite's instead of preceding
 * it. The parts come in the order the import writes them (model.ts RefiParts).
 *
 * When the worker entry is not built (running from the TypeScript sources) the file is parsed
 * whole in this thread first, and handed on the same way.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { RefiHead, RefiParts, RefiSourcePart, RefiTail } from '../refi/model.js';
import { parseRefi } from '../refi/parse-project.js';
import { wholeProjectParts } from '../refi/project-parts.js';
import { takeCounted } from './counted-port.js';
import { unpackSelections } from './packed-selections.js';
import { handedOverMemory } from './handed-over.js';
import { POSTED, SLOTS, STOPPED, TAKEN, type RefiPartMessage } from './refi-parse-protocol.js';
import { ownThread, stopThread } from './stop-thread.js';
import { WRITE_JOB_HEAP_MB } from './write-job-protocol.js';
import { workerScript } from './worker-scripts.js';

/**
 * Longest wait for the parser's next message: a thread that died (past its heap, most likely:
 * its error cannot reach a writer blocked waiting) is given up on. The longest step between
 * messages is parsing one source, or checking every reference once the file is read: seconds
 * for the largest files.
 */
const STALL_MS = 60_000;

/** The parser thread's heap, and the longest wait for its next message (tests make them small). */
export interface ParserLimits {
  heapMb: number;
  stallMs: number;
}

export async function readRefiParts(fileName: string, bytes: Uint8Array, limits: ParserLimits = { heapMb: WRITE_JOB_HEAP_MB, stallMs: STALL_MS }): Promise<RefiParts> {
  const script = workerScript('refi-parse-worker');
  if (script) return new RefiParseAhead(script, fileName, bytes, limits);
  return wholeProjectParts(await parseRefi(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
}

class RefiParseAhead implements RefiParts {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly counts = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  private taken = 0;
  private headPart: RefiHead | null = null;
  private tailPart: RefiTail | null = null;
  private refusal: Error | null = null;

  constructor(script: URL, private readonly fileName: string, bytes: Uint8Array, private readonly limits: ParserLimits) {
    const { port1, port2 } = new MessageChannel();
    const counts = this.counts;
    this.worker = ownThread(new Worker(script, {
      workerData: { fileName, bytes, port: port2, counts: this.counts },
      // The package moves to the parser when its owner handed it over (the write job's thread does).
      transferList: [port2, ...handedOverMemory(bytes)],
      // As the writing thread's: the parser holds what that thread held when it parsed.
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    }), () => {
      // It may be waiting for the importer to take what it posted: wake it to see the stop.
      Atomics.store(counts, STOPPED, 1);
      Atomics.notify(counts, TAKEN);
    });
    // A failure shows as a missing message (take() then gives up), not as an event: the
    // writing thread reads no events while it writes.
    this.worker.on('error', () => {});
    this.worker.unref();
    this.port = port1;
  }

  head(): RefiHead {
    if (!this.headPart) {
      const message = this.take();
      if (message.type !== 'head') throw new Error(`REFI-QDA parser: expected the head, got ${message.type}`);
      this.headPart = message.head;
    }
    return this.headPart;
  }

  nextSource(): RefiSourcePart | null {
    this.head();
    if (this.tailPart) return null;
    const message = this.take();
    if (message.type === 'tail') {
      this.tailPart = message.tail;
      return null;
    }
    if (message.type !== 'source') throw new Error(`REFI-QDA parser: expected a source, got ${message.type}`);
    const { source, selections, columns, done, total } = message;
    return { source: { ...source, selections: unpackSelections(selections) }, columns, done, total };
  }

  tail(): RefiTail {
    if (!this.tailPart) throw new Error('REFI-QDA parser: the tail is taken after the last source');
    return this.tailPart;
  }

  /**
   * The parser's refusal when the file turns out refused: what the writing stumbled on (two
   * selections with one GUID, say) may be what the checks of the whole file refuse, and their
   * message says what is wrong with the file. A cancel, or a refusal already given, stands.
   */
  explain(error: unknown): unknown {
    if (error instanceof AppError || this.refusal || this.tailPart) return error;
    try {
      while (!this.tailPart) this.nextSource();
    } catch (refused) {
      if (refused instanceof AppError) return refused;
    }
    return error;
  }

  /** Asks the parser to end itself (stop-thread.ts: terminating a thread that inflates can abort the process). */
  close(): void {
    void stopThread(this.worker);
    this.port.close();
  }

  private take(): RefiPartMessage {
    if (this.refusal) throw this.refusal;
    const taken = takeCounted(this.port, this.counts, POSTED, this.taken, this.limits.stallMs);
    if (taken === 'timed-out') {
      const limit = this.limits.heapMb;
      throw (this.refusal = new AppError(
        'refiReadStopped',
        `Reading ${this.fileName} stopped before its end: it may need more than ${limit} MB of memory. The project was not changed.`,
        { fileName: this.fileName, limit },
      ));
    }
    if (taken === 'missing') throw (this.refusal = new Error('REFI-QDA parser: a counted message is missing'));
    const message = taken.message as RefiPartMessage;
    Atomics.store(this.counts, TAKEN, ++this.taken);
    Atomics.notify(this.counts, TAKEN);
    if (message.type === 'error') {
      throw (this.refusal = message.code === 'internal' ? new Error(message.message) : new AppError(message.code, message.message, message.params));
    }
    return message;
  }
}
