import { readFileSync } from 'node:fs';

/**
 * The longest the main thread's event loop went without turning while `work` ran: a ticker every
 * `tickMs` notes each gap, and the stretch after the last tick counts too (work may end in a
 * block). The bench times app calls with it; tests check that jobs keep the loop turning.
 *
 * Beside each gap's length, the part of it the thread was not kept waiting for a CPU (`maxBusy`,
 * the most of any gap): on a loaded machine a gap can be long while the thread was ready but
 * other threads held the cores, which is the machine's doing; a thread doing the work itself,
 * or blocked waiting on it, is busy throughout. Linux only (schedstat); elsewhere `maxBusy` is
 * the longest gap.
 */
export async function longestLoopGap<T>(work: () => Promise<T>, tickMs = 5): Promise<{ value: T; maxGap: number; maxBusy: number; duration: number }> {
  let last = performance.now();
  let lastWait = runQueueMs();
  let maxGap = 0;
  let maxBusy = 0;
  const tick = () => {
    const now = performance.now();
    const wait = runQueueMs();
    maxGap = Math.max(maxGap, now - last);
    maxBusy = Math.max(maxBusy, now - last - (wait === null || lastWait === null ? 0 : wait - lastWait));
    last = now;
    lastWait = wait;
  };
  const ticker = setInterval(tick, tickMs);
  const started = performance.now();
  let value: T;
  try {
    value = await work();
  } finally {
    clearInterval(ticker);
  }
  tick();
  return { value, maxGap, maxBusy, duration: performance.now() - started };
}

/**
 * Milliseconds this thread has spent ready to run but waiting for a CPU (the second figure of
 * Linux's /proc/thread-self/schedstat), or null where it cannot be read.
 */
function runQueueMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}
