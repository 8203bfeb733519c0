/**
 * "Import its data into a fresh project": what CaseCoder offers for a project file altered
 * outside it, which it refuses to open. The file is copied to a private folder (never opened
 * where it lies), the rows of CaseCoder's own tables are read from the copy into a project our
 * migrations built (db/salvage-copy.ts), and that is merged into a new project, so each row
 * passes the same checks as a teammate's file. Nothing of the file's own schema (views,
 * triggers, expressions) is carried or run; its undo history stays behind.
 *
 * The copying and the merge run as a write job (project.salvage), on a thread of their own: for
 * a large project they take as long as any merge (tens of seconds for the reference corpus),
 * which the app's main thread must not be held for.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MergeCounts } from '../../shared/merge.js';
import { checkProjectHeader } from '../db/project-file.js';
import { copyWithLog, removeWithSidecars } from '../db/project-sidecars.js';
import { copyKnownRows } from '../db/salvage-copy.js';
import { Store } from '../db/store.js';
import { AppError } from '../errors.js';
import type { Progress } from '../jobs/progress.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { applyMergeFrom } from '../merge/merge-file.js';

export interface SalvageOutcome {
  /** Rows carried into the new project, by kind. */
  added: MergeCounts;
  /** Rows left behind: broken constraints, dangling references, or refused by merge's checks. */
  leftBehind: number;
}

/** Builds a new project at `target` (which must not exist) from the data in `source`. */
export async function salvageInto(source: string, target: string, name: string): Promise<SalvageOutcome> {
  checkProjectHeader(source);
  if (existsSync(target)) throw new AppError('projectExists', `${target} already exists`, { path: target });
  const store = Store.create(target, name);
  let outcome: SalvageOutcome;
  try {
    outcome = await runWriteJob({ store, coderName: null }, 'project.salvage', { source });
  } catch (error) {
    store.close();
    // A half-made project is no use to anyone.
    removeWithSidecars(target);
    throw error;
  }
  store.close();
  return outcome;
}

/**
 * The salvage's work, in the write job's thread: `source`'s rows merged into `target`, a new
 * project, in one undoable step. `progress` may throw (a cancel) to roll the step back.
 */
export function salvageRows(target: Store, source: string, progress?: Progress): SalvageOutcome {
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-salvage-'));
  try {
    const copy = join(folder, 'altered.casecoder');
    copyWithLog(source, copy);
    const clean = join(folder, 'clean.casecoder');
    const copied = copyKnownRows(copy, clean);
    // Built by our own migrations just now: its pages are sound, and merge judges each row (check-rows.ts).
    const rows = Store.open(clean, { pagesKnownSound: true, rowsCheckedByMerge: true });
    try {
      const outcome = applyMergeFrom(target, rows.reader, {}, progress);
      return { added: outcome.added, leftBehind: copied.dropped + outcome.refused.length };
    } finally {
      rows.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
