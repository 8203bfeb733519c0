/**
 * Preloaded into a measured process (`node --import …/probe.js`): on exit it writes the
 * process's peak resident memory and longest event-loop block to $BENCH_PROBE_FILE, so whole
 * CLI processes are measured without changing them.
 */
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // SIGUSR2 starts the event-loop watch afresh: a long-running server's start-up is not its serving.
  process.on('SIGUSR2', () => loop.reset());
  process.on('exit', () => {
    loop.disable();
    writeFileSync(file, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, loopMaxMs: loop.max / 1e6 }));
  });
}
