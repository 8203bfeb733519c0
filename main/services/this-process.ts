/**
 * This process as the owner of the imports and merges it records (migration 015), and what the
 * system says of another process id, for run-owner.ts to judge whether a recorded owner lives.
 *
 * A process's start is what tells a live owner from a later process given its id. It is read
 * from the system where the system tells it: Linux's /proc, macOS's ps. Windows tells it only
 * through tools too slow to start on every opening, so there a live id is taken for the owner
 * (a record begun before the computer last started is still known for cut short).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { MAX_HOST_CHARACTERS, MAX_PID, type RunOwner } from '../db/repos/import-runs.js';
import type { Here, ProcessSeen } from './run-owner.js';

/** Linux's clock ticks a second in /proc (USER_HZ): 100 on every architecture CaseCoder is built for. */
const USER_HZ = 100;

let owner: RunOwner | undefined;

/** This process as a record names it; its start as the system tells it, so that others read the same. */
export function thisProcess(): RunOwner {
  owner ??= {
    host: hostKey(hostname()),
    pid: process.pid,
    started: startOf(seeProcess(process.pid)) ?? Math.round(Date.now() - process.uptime() * 1000),
  };
  return owner;
}

export function here(): Here {
  return { ...thisProcess(), bootedAt: Math.round(Date.now() - uptime() * 1000) };
}

/**
 * Whether process `pid` is there, and when it started. One that has exited but whose parent has
 * not yet collected it (a zombie: an import killed by a script that has not waited for it) is not.
 */
export function seeProcess(pid: number): ProcessSeen {
  if (!Number.isInteger(pid) || pid < 1 || pid > MAX_PID) return { exists: false };
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: there is such a process, another user's.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return { exists: false };
  }
  try {
    if (process.platform === 'linux') return linuxProcess(pid);
    if (process.platform === 'darwin') return psProcess(pid);
  } catch {
    // Gone meanwhile, or the system refused: there, its start not known.
  }
  return { exists: true, started: null };
}

/**
 * A computer's name as the record holds it (printable ASCII, within the schema's bound): any
 * other character written as in a URL, so that the same computer always gives the same key.
 */
export function hostKey(name: string): string {
  return (name.replace(/[^ -~]/gu, (c) => encodeURIComponent(c)) || '?').slice(0, MAX_HOST_CHARACTERS);
}

function startOf(seen: ProcessSeen): number | null {
  return seen.exists ? seen.started : null;
}

/**
 * /proc/PID/stat: field 3 the state (Z, X: exited), field 22 the start in ticks since boot; the
 * name before them may hold spaces and parentheses.
 */
export function linuxProcess(pid: number): ProcessSeen {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return { exists: false };
  const ticks = Number(fields[19]);
  const sinceBoot = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  if (!Number.isFinite(ticks) || !Number.isFinite(sinceBoot)) return { exists: true, started: null };
  return { exists: true, started: Math.round(Date.now() - (sinceBoot - ticks / USER_HZ) * 1000) };
}

/** ps's state (Z: exited) and time since the process started, to the second. */
export function psProcess(pid: number): ProcessSeen {
  const [state = '', etime = ''] = execFileSync('ps', ['-o', 'stat=,etime=', '-p', String(pid)], {
    encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, timeout: 2000,
  }).trim().split(/\s+/);
  if (state.startsWith('Z')) return { exists: false };
  const seconds = elapsedSeconds(etime);
  return { exists: true, started: seconds === null ? null : Math.round(Date.now() - seconds * 1000) };
}

/** ps's etime, `[[dd-]hh:]mm:ss`, in seconds. */
export function elapsedSeconds(etime: string): number | null {
  const parts = /^(?:(?:(\d+)-)?(\d+):)?(\d+):(\d+)$/.exec(etime.trim());
  if (!parts) return null;
  const [days = 0, hours = 0, minutes = 0, seconds = 0] = parts.slice(1).map((part) => Number(part ?? 0));
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}
