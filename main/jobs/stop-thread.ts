/**
 * Stopping a worker thread that may be inflating (a REFI-QDA package's parser, the document
 * reader, a job writing a zip): it is asked to end itself, and `terminate()` is only the fallback.
 *
 * Why: `terminate()` stops a thread's JavaScript at any instruction. Landing between a zlib
 * handle's creation and its init (inside node:zlib's constructor: inflateRawSync, a yauzl
 * stream, DecompressionStream) it leaves a half-made handle that the thread's cleanup closes,
 * and Node (v20, node_zlib.cc "close before init") aborts the whole PROCESS: the Electron main
 * process or the browser-mode server, with everything the user had open. A thread that ends
 * itself does so from a message handler or a check of its own, where no handle is half-made.
 */
import { parentPort, type Worker } from 'node:worker_threads';

/**
 * How long a thread asked to stop may take to end itself before it is terminated: one busy in a
 * synchronous step (a parser stuck in a pathological file) reads no message until it ends.
 */
export const STOP_GRACE_MS = 3_000;

const STOP = 'casecoder:stop-thread';

/** Threads this thread started and has not seen end, with how each is asked to stop. */
const started = new Map<Worker, () => void>();

/**
 * Registers a thread this one starts, so that `stopThread` asks it properly and a thread that is
 * itself asked to stop first stops it (a parent's end tears its threads down as terminate does).
 * `ask` wakes a thread that may be blocked in Atomics.wait, where it reads no message.
 */
export function ownThread(worker: Worker, ask: () => void = () => {}): Worker {
  started.set(worker, ask);
  worker.once('exit', () => started.delete(worker));
  return worker;
}

/**
 * Asks `worker` to end itself and resolves once it has exited; if it has not within `graceMs`
 * it is terminated: a thread stuck in native code or a long synchronous step must still go.
 */
export function stopThread(worker: Worker, graceMs = STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    // An exited worker's threadId is -1: nothing to wait for.
    if (worker.threadId === -1) {
      resolve();
      return;
    }
    const timer = setTimeout(() => void worker.terminate(), graceMs);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    started.get(worker)?.();
    worker.postMessage(STOP);
  });
}

/**
 * Worker side: hands each message from the parent to `take`, except the request to stop, which
 * stops this thread's own threads (each by its own exit, or its fallback) and then ends this one
 * with exit code 0. A message handler runs between tasks, never inside zlib's constructor.
 */
export function takeParentMessages(take: (message: unknown) => void = () => {}): void {
  parentPort!.on('message', (message: unknown) => {
    if (message !== STOP) take(message);
    else void stopOwnThenExit();
  });
}

async function stopOwnThenExit(): Promise<void> {
  // Until none is left: work still under way (reading a job's input) may start one meanwhile.
  // The last check and the exit run in one go, so none can start between them.
  while (started.size > 0) await Promise.all([...started.keys()].map((worker) => stopThread(worker)));
  process.exit(0);
}
