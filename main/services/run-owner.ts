/**
 * Whether the process that recorded an import or merge (its owner, migration 015) is still doing
 * it, judged by the process that opens the project: every record used to be read as a run whose
 * process died, so a command run beside a live import said it was cut short, and the app offered
 * to dismiss it (review-cli-1208 #4). A run is cut short only when its owner is provably gone;
 * one that may be alive is not, and one it cannot see (another computer's) is said as begun there.
 *
 * Pure: what the system says of a process id comes in as `see` (this-process.ts asks it).
 */
import type { ImportRunStatus } from '../../shared/entities.js';
import type { RunOwner } from '../db/repos/import-runs.js';

/** This process as an owner, and when this computer last started (ms since 1970). */
export interface Here extends RunOwner {
  bootedAt: number;
}

/** What the system says of a process id: no such process, or one and its start (null where the system does not tell). */
export type ProcessSeen = { exists: false } | { exists: true; started: number | null };

/**
 * How far two readings of one process's start may lie apart: each is reckoned from the clock
 * (now less the time since), which NTP may slew meanwhile (at most 0.5 ms a second, 18 s over ten
 * hours of import). A later process given the same id started after the owner died, so it lies
 * this near only after an owner that lived less than this.
 */
export const SAME_START_MS = 20_000;

export function runOwnerStatus(owner: RunOwner | null, here: Here, see: (pid: number) => ProcessSeen): ImportRunStatus {
  // Recorded before owners were (migration 015): read as it always was, a run whose process died.
  if (owner === null) return 'cutShort';
  // Another computer's processes are not to be seen from here.
  if (owner.host !== here.host) return 'elsewhere';
  // Begun before this computer last started: its process ended with the system.
  if (owner.started < here.bootedAt - SAME_START_MS) return 'cutShort';
  // This very process: a project's jobs end when it is closed, so a run of its own found on
  // opening was cut short by that close (services/import-runs.ts keeps such a record).
  if (owner.pid === here.pid && near(owner.started, here.started)) return 'cutShort';
  const seen = see(owner.pid);
  if (!seen.exists) return 'cutShort';
  // Where the system does not tell when a process started, a live id is taken for the owner.
  if (seen.started === null) return 'running';
  return near(seen.started, owner.started) ? 'running' : 'cutShort';
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_START_MS;
}
