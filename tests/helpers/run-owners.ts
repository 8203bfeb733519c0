/**
 * Owners for import runs a test records (main/db/repos/import-runs.ts, migration 015): a process
 * of this computer that has ended, as a killed import leaves its record, and one alive until
 * stopped, standing for another CaseCoder at work.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import type { RunOwner } from '../../main/db/repos/import-runs.js';
import { seeProcess, thisProcess } from '../../main/services/this-process.js';

export function endedOwner(): RunOwner {
  const started = Date.now();
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return { host: thisProcess().host, pid: pid!, started };
}

export interface LiveOwner {
  owner: RunOwner;
  stop(): Promise<void>;
}

/** A sleeping process, its start read as the system tells it (as that process would record itself). */
export async function liveOwner(): Promise<LiveOwner> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  const seen = seeProcess(child.pid!);
  if (!seen.exists) throw new Error('the sleeping process is not there');
  return {
    owner: { host: thisProcess().host, pid: child.pid!, started: seen.started ?? Date.now() },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
