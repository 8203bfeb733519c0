/**
 * The durable record of an import or merge while it runs (db/repos/import-runs.ts), so that a
 * project reopened after the process died says which import stopped, when, and which of its
 * files came in (Session reads it on opening). Ended whenever the work ends in a way the user
 * sees: done, cancelled, or failed with its own message.
 *
 * A front door that brings files in one call each (the app's import dialog, the command line)
 * begins the run with every name (beginImportRun) and ends it after the last (endImportRun);
 * each call names its file of the run. A single job (a REFI-QDA package, a merge) records
 * itself (withImportRun) unless it is one file of such a run.
 */
import type { ImportRunKind } from '../../shared/entities.js';
import { beginRun, endRun, type RunFile } from '../db/repos/import-runs.js';
import type { ServiceContext } from './context.js';

export type { RunFile } from '../db/repos/import-runs.js';

export function beginImportRun(ctx: ServiceContext, kind: ImportRunKind, names: readonly string[]): { runId: number } {
  return { runId: beginRun(ctx.store, kind, names) };
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
  const runId = beginRun(ctx.store, kind, [name]);
  try {
    return await work({ runId, position: 0 });
  } finally {
    // A project closed meanwhile keeps the record: its job was ended with the connection.
    if (ctx.store.db.open) endRun(ctx.store, runId);
  }
}
