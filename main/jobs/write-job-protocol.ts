/** What the main process and a writing job's thread (write-job-worker.ts) say to each other. */
import type { JobStage } from '../../shared/contract.js';
import { AppError } from '../errors.js';
import type { WriteJobName } from './write-job-list.js';

/**
 * The heap a writing thread may use, and a thread it starts to read its input (a REFI-QDA
 * package's parser). Past it the thread alone is stopped (the process lives on); the file
 * limits (main/refi/limits.ts, main/import/limits.ts) keep real work far below.
 */
export const WRITE_JOB_HEAP_MB = 3072;

export interface WriteJobRequest {
  path: string;
  name: WriteJobName;
  input: unknown;
  coderName: string | null;
  /** One Int32 in shared memory: the job's state (JobState). */
  state: Int32Array;
}

/**
 * The job's state; each side moves it only by compare-and-exchange, so a cancel and the start
 * of writing cannot cross: either the thread is stopped before it opens the project, or it
 * sees the cancel at its next progress report, inside its transaction.
 */
export const JobState = { reading: 0, writing: 1, cancelledBeforeWriting: 2, cancelAsked: 3 } as const;

export type WriteJobMessage =
  | { type: 'progress'; done: number; total: number; stage?: JobStage }
  | { type: 'result'; value: unknown }
  | { type: 'error'; code: string; message: string; params: Record<string, string | number>; internal: boolean };

export function jobCancelled(): AppError {
  return new AppError('jobCancelled', 'Cancelled; nothing was changed');
}
