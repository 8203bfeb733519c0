/**
 * Background threads give way: a job's thread lowers its own scheduling priority, so that when
 * the CPUs are busy (two cores shared with the renderer) the main thread, which answers every
 * request, and the renderer run first, and the job takes what is left. On Linux the nice value
 * belongs to each thread: setpriority with the thread's own id (from /proc/thread-self) lowers
 * that thread alone. Elsewhere Node offers no per-thread priority, and the thread keeps the
 * process's.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { basename } from 'node:path';

/** Nice steps below the process: a thread at +10 gets about a tenth of the CPU time of one at +0 beside it. */
export const BACKGROUND_NICE_STEP = 10;
const LOWEST = 19;

/** The calling thread's id, or null where threads have none to give (not Linux). */
export function currentThreadId(): number | null {
  try {
    const id = Number(basename(readlinkSync('/proc/thread-self')));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Lowers the calling thread's priority by BACKGROUND_NICE_STEP (never raises it). */
export function lowerThreadPriority(): void {
  const id = currentThreadId();
  if (id === null) return;
  try {
    setPriority(id, Math.min(LOWEST, getPriority(id) + BACKGROUND_NICE_STEP));
  } catch {
    // Refused (a sandbox): the job runs at the process's priority, as elsewhere.
  }
}
