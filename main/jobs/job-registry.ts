/**
 * The jobs running now, read-only (run-job.ts) and writing (run-write-job.ts) alike: listed with
 * their progress (`jobs.list`) and cancelled by id (`jobs.cancel`). Each kind says itself how it
 * is cancelled.
 */
import type { JobStage } from '../../shared/contract.js';

export interface JobInfo {
  id: number;
  name: string;
  done: number;
  total: number;
  stage?: JobStage;
  startedAt: number;
}

const running = new Map<number, { info: JobInfo; cancel: () => void }>();
let nextId = 1;

/** The jobs running now, oldest first. */
export function listJobs(): JobInfo[] {
  return [...running.values()].map(({ info }) => ({ ...info }));
}

/** Asks a job to stop; unknown ids (already finished) are ignored. */
export function cancelJob(id: number): void {
  running.get(id)?.cancel();
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
  running.set(info.id, { info, cancel });
  return { info, finish: () => running.delete(info.id) };
}
