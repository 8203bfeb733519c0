/**
 * The longest the main thread's event loop went without turning while `work` ran: a ticker every
 * `tickMs` notes each gap, and the stretch after the last tick counts too (work may end in a
 * block). The bench times app calls with it; tests check that jobs keep the loop turning.
 */
export async function longestLoopGap<T>(work: () => Promise<T>, tickMs = 5): Promise<{ value: T; maxGap: number; duration: number }> {
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, tickMs);
  const started = performance.now();
  let value: T;
  try {
    value = await work();
  } finally {
    clearInterval(ticker);
  }
  maxGap = Math.max(maxGap, performance.now() - last);
  return { value, maxGap, duration: performance.now() - started };
}
