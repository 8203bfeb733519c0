/**
 * Preloaded into a measured process (`node --import …/probe.js`): on exit it writes the
 * process's peak resident memory and longest event-loop block to $BENCH_PROBE_FILE, so whole
 * CLI processes are measured without changing them.
 *
 * Beside the block's length it notes how the main thread spent it (Linux: its schedstat): on a
 * CPU (the app's own work), ready but waiting for a CPU (other processes, Chromium on two cores,
 * held them), or neither (blocked: a synchronous wait, disk I/O); and how much of it garbage
 * collection pauses covered. The target is judged on the length.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export interface LoopGap {
  ms: number;
  onCpuMs: number;
  /** Ready to run, waiting for a CPU. */
  readyMs: number;
  /** Covered by the main thread's garbage collection pauses (their wall time: on a CPU or waiting for one). */
  gcMs: number;
}

/** What the probe writes. */
export interface ProbeReport {
  maxRssMB: number;
  loopMaxMs: number;
  longestGap: LoopGap | null;
}

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const gaps = watchGaps();
  // SIGUSR2 starts the event-loop watch afresh: a long-running server's start-up is not its serving.
  process.on('SIGUSR2', () => {
    loop.reset();
    gaps.reset();
  });
  process.on('exit', () => {
    loop.disable();
    const report: ProbeReport = { maxRssMB: process.resourceUsage().maxRSS / 1024, loopMaxMs: loop.max / 1e6, longestGap: gaps.longest() };
    writeFileSync(file, JSON.stringify(report));
  });
}

/** The longest stretch between two 10 ms ticks, and the main thread's time on a CPU, ready for one and in GC pauses within it. */
function watchGaps(): { reset(): void; longest(): LoopGap | null } {
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  // schedstat: nanoseconds on a CPU, nanoseconds ready and waiting for one, time slices.
  const sample = (): { at: number; run: number; ready: number } | null => {
    try {
      const [run, ready] = readFileSync(schedstat, 'utf8').split(' ').map(Number);
      return { at: performance.now(), run: run!, ready: ready! };
    } catch {
      return null;
    }
  };
  if (sample() === null) return { reset() {}, longest: () => null };
  let last = sample()!;
  let worst: (Omit<LoopGap, 'gcMs'> & { from: number }) | null = null;
  // GC entries arrive after the gap they fell in, so pauses are kept from the longest gap's start
  // (or the last tick's, where any longer gap would start) and summed when the report is written.
  const pauses: { from: number; to: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ from: entry.startTime, to: entry.startTime + entry.duration });
    const keepFrom = Math.min(worst?.from ?? Infinity, last.at);
    while (pauses.length > 0 && pauses[0]!.to < keepFrom) pauses.shift();
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => {
    const now = sample()!;
    const ms = now.at - last.at;
    if (!worst || ms > worst.ms) worst = { ms, from: last.at, onCpuMs: (now.run - last.run) / 1e6, readyMs: (now.ready - last.ready) / 1e6 };
    last = now;
  }, 10).unref();
  return {
    reset() {
      worst = null;
      last = sample()!;
    },
    longest: () => {
      if (!worst) return null;
      const { from, ...gap } = worst;
      const to = from + gap.ms;
      const gcMs = pauses.reduce((sum, p) => sum + Math.max(0, Math.min(p.to, to) - Math.max(p.from, from)), 0);
      return { ...gap, gcMs };
    },
  };
}
