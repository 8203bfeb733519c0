/**
 * One kill point: start the worker on the project, SIGKILL it at the planned moment, and
 * collect what it acknowledged before dying.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Ack, HistoryKind } from './model.js';

// The case table the worker's imports read (the bundled worker is not beside the fixtures).
const CASE_TABLE = fileURLToPath(new URL('../fixtures/case-table-programmers.csv', import.meta.url));

export interface RoundPlan {
  workerSeed: number;
  /** Pages of WAL before SQLite checkpoints, or 'app': the app's own (store.ts: when writes pause, and at a bound). */
  autocheckpoint: number | 'app';
  /** Counted from the worker's start (kills land while it opens and recovers) or from `ready`. */
  killAfter: 'spawn' | 'ready';
  delayMs: number;
}

export interface RoundLog {
  acks: Ack[];
  /** The history kind of the action that had begun but was not acknowledged, if any. */
  inFlight: HistoryKind | null;
  ready: boolean;
}

interface Begin {
  begin: number;
  action: string;
  history: HistoryKind;
}

/** `worker` is the bundled worker's script (build.ts). */
export function runRound(worker: string, project: string, plan: RoundPlan): Promise<RoundLog> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, project, String(plan.workerSeed), String(plan.autocheckpoint), CASE_TABLE], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: RoundLog = { acks: [], inFlight: null, ready: false };
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (plan.killAfter === 'spawn') timer = setTimeout(kill, plan.delayMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      // Only whole lines count: a line cut short by the kill was never acknowledged.
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = JSON.parse(pending.slice(0, newline)) as Partial<Ack & Begin & { ready: true }>;
        pending = pending.slice(newline + 1);
        if (line.ready) {
          log.ready = true;
          if (plan.killAfter === 'ready') timer = setTimeout(kill, plan.delayMs);
        } else if (line.begin !== undefined) {
          log.inFlight = line.history!;
        } else if (line.ack !== undefined) {
          log.acks.push(line as Ack);
          log.inFlight = null;
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(log);
      else reject(new Error(`the crash worker exited by itself (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });
}
