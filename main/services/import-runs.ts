/**
 * The durable record of an import or merge while it runs (db/repos/import-runs.ts), so that a
 * project reopened after the process died says which import stopped, when, and which of its
 * files came in (Session reads it on opening). It names this process as its owner, so that a
 * process opening the project meanwhile says the run is still going, not cut short
 * (run-owner.ts). Ended whenever the work ends in a way the user sees: done, cancelled, or failed
 * with its own message.
 *
 * A front door that brings files in one call each (the app's import dialog, the command line)
 * begins the run with every name (beginImportRun) and ends it after the last (endImportRun);
 * each call names its file of the run. A single job (a REFI-QDA package, a merge) records
 * itself (withImportRun) unless it is one file of such a run.
 */
import type { ImportRunKind, InterruptedImport } from '../../shared/entities.js';
import { beginRun, endRun, readRuns, type RunFile } from '../db/repos/import-runs.js';
import type { ReadStore } from '../db/store.js';
import type { ServiceContext } from './context.js';
import { runOwnerStatus } from './run-owner.js';
import { here, seeProcess, thisProcess } from './this-process.js';

export type { RunFile } from '../db/repos/import-runs.js';

export function beginImportRun(ctx: ServiceContext, kind: ImportRunKind, names: readonly string[]): { runId: number } {
  return { runId: beginRun(ctx.store, kind, names, thisProcess()) };
}

/** The runs recorded in the project (or run `only`), each judged by its owner: cut short, or still running elsewhere. */
export function recordedRuns(store: ReadStore, only?: number): InterruptedImport[] {
  const runs = readRuns(store, only);
  // Asked only when there is a run to judge: on macOS, this process's start costs a run of ps.
  if (runs.length === 0) return [];
  const me = here();
  return runs.map(({ owner, ...run }) => {
    const status = runOwnerStatus(owner, me, seeProcess);
    return { ...run, status, host: status === 'elsewhere' && owner ? owner.host : null };
  });
}

export function endImportRun(ctx: ServiceContext, runId: number): void {
  endRun(ctx.store, runId);
}

/**
 * Runs one job under a record of its own, begun before it and ended after it however it ends
 * in this process; `file` is the caller's run when the job is one file of a batch, which then
 * records nothing of its own.
 */
export async function withImportRun<T>(
  ctx: ServiceContext, kind: ImportRunKind, name: string, file: RunFile | undefined, work: (file: RunFile) => Promise<T>,
): Promise<T> {
  if (file) return work(file);
  const runId = beginRun(ctx.store, kind, [name], thisProcess());
  try {
    return await work({ runId, position: 0 });
  } finally {
    // A project closed meanwhile keeps the record: its job was ended with the connection.
    if (ctx.store.db.open) endRun(ctx.store, runId);
  }
}
