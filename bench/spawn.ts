/**
 * Runs a measured Node process with a time budget: a budget overrun kills it (SIGKILL) and is
 * reported as a timeout, so one quadratic operation cannot hang the whole run.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoopGap, ProbeReport } from './probe.js';

export interface Measured {
  status: 'ok' | 'failed' | 'timeout';
  wallMs: number;
  stdout: string;
  stderr: string;
  /** From the probe: null when the process was killed before it could write it. */
  maxRssMB: number | null;
  loopMaxMs: number | null;
  /** The longest gap between the probe's 10 ms ticks and the main thread's time on a CPU in it (probe.ts). */
  longestGap: LoopGap | null;
}

const PROBE = pathToFileURL(join(import.meta.dirname, 'probe.js')).href;

export async function runNode(args: string[], options: { cwd: string; budgetMs: number; probeFile: string; extraNodeArgs?: string[] }): Promise<Measured> {
  rmSync(options.probeFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.extraNodeArgs ?? []), '--import', PROBE, ...args], {
    cwd: options.cwd,
    env: { ...process.env, BENCH_PROBE_FILE: options.probeFile, CASECODER_CODER: 'Bench' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout = keepTail(stdout + s); });
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr = keepTail(stderr + s); });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.budgetMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  let probe: ProbeReport | null = null;
  try {
    probe = JSON.parse(readFileSync(options.probeFile, 'utf8')) as ProbeReport;
  } catch {
    probe = null;
  }
  return {
    status: timedOut ? 'timeout' : code === 0 ? 'ok' : 'failed',
    wallMs, stdout, stderr, maxRssMB: probe?.maxRssMB ?? null, loopMaxMs: probe?.loopMaxMs ?? null, longestGap: probe?.longestGap ?? null,
  };
}

/** Output can be large (a CLI listing); only its end is needed, for the result line or the error. */
function keepTail(text: string): string {
  return text.length > 1 << 20 ? text.slice(-(1 << 20)) : text;
}
