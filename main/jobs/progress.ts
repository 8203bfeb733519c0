import type { JobStage } from '../../shared/contract.js';

/**
 * How long work says how far it is: `done` of `total`, and `stage`, what it is doing once its
 * count no longer moves (shared/contract.ts, jobStages).
 */
export type Progress = (done: number, total: number, stage?: JobStage) => void;
