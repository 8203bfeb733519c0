/**
 * The longest the main thread's event loop went without turning while `work` ran: a ticker every
 * 5 ms notes each gap, and the stretch after the last tick counts too (work may end in a block).
 */
export async function longestLoopGap<T>(work: () => Promise<T>): Promise<{ value: T; maxGap: number; duration: number }> {
  let last = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 5);
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
