/**
 * Messages between two threads where the taker is busy with synchronous work (SQLite inside a
 * transaction) and reads no events: each message is counted in shared memory after it is
 * posted, and the taker waits on the count, then takes the message synchronously.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** Posts `message` and counts it in `counts[slot]`, waking a thread waiting on that count. */
export function postCounted(port: MessagePort, message: unknown, counts: Int32Array, slot: number): void {
  port.postMessage(message);
  Atomics.add(counts, slot, 1);
  Atomics.notify(counts, slot);
}

/**
 * The message after the `taken` already taken, waited for at most `timeoutMs` between counts:
 * 'timed-out' when none came in time (the other thread died or stalled), 'missing' when the
 * count ran ahead of the port (never expected).
 */
export function takeCounted(
  port: MessagePort, counts: Int32Array, slot: number, taken: number, timeoutMs: number,
): { message: unknown } | 'timed-out' | 'missing' {
  let count: number;
  while ((count = Atomics.load(counts, slot)) <= taken) {
    if (Atomics.wait(counts, slot, count, timeoutMs) === 'timed-out') return 'timed-out';
  }
  const received = receiveMessageOnPort(port);
  return received ? { message: received.message } : 'missing';
}
