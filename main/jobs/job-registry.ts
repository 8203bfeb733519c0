/**
 * The jobs running now, read-only (run-job.ts) and writing (run-write-job.ts) alike: listed with
 * their progress (`jobs.list`) and cancelled by id (`jobs.cancel`) or by the call they serve
 * (`jobs.cancelCall`, call-scope.ts). Each kind says itself how it is cancelled.
 */
import type { JobStage } from '../../shared/contract.js';
import { currentCall } from './call-scope.js';

export interface JobInfo {
  id: number;
  name: string;
  done: number;
  total: number;
  stage?: JobStage;
  startedAt: number;
}

const running = new Map<number, { info: JobInfo; cancel: () => void; callId: string | undefined }>();
let nextId = 1;

/**
 * Calls cancelled before any job of theirs started: the page's cancel may overtake its call on
 * the way (two requests, two connections), and a job that starts later for such a call is
 * stopped at once. The last few are enough: a call is cancelled moments after it was sent.
 */
const cancelledEarly = new Set<string>();
const CANCELLED_EARLY_KEPT = 64;

/** The jobs running now, oldest first. */
export function listJobs(): JobInfo[] {
  return [...running.values()].map(({ info }) => ({ ...info }));
}

/** Asks a job to stop; unknown ids (already finished) are ignored. */
export function cancelJob(id: number): void {
  running.get(id)?.cancel();
}

/**
 * Asks every listed job serving the call to stop (an unlisted one, a read several calls share, is
 * no one call's to stop); a call none serves yet is remembered for its jobs to come.
 */
export function cancelCall(callId: string): void {
  let found = false;
  for (const job of running.values()) {
    if (job.callId !== callId) continue;
    found = true;
    job.cancel();
  }
  if (found) return;
  cancelledEarly.add(callId);
  if (cancelledEarly.size > CANCELLED_EARLY_KEPT) cancelledEarly.delete(cancelledEarly.values().next().value!);
}

/**
 * A job's info that is not listed: reads the app makes on its own (run-job.ts). Its id is
 * unique all the same, since a worker's messages are matched to the job by it.
 */
export function unlistedJob(name: string): { info: JobInfo; finish: () => void } {
  return { info: { id: nextId++, name, done: 0, total: 0, startedAt: Date.now() }, finish: () => {} };
}

/** Lists a job until `finish`; its progress is written into the returned info. */
export function trackJob(name: string, cancel: () => void): { info: JobInfo; finish: () => void } {
  const info: JobInfo = { id: nextId++, name, done: 0, total: 0, startedAt: Date.now() };
  const callId = currentCall();
  running.set(info.id, { info, cancel, callId });
  if (callId !== undefined && cancelledEarly.delete(callId)) cancel();
  return { info, finish: () => running.delete(info.id) };
}
