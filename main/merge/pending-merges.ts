/**
 * Merges the user is deciding on: planned, shown, and either applied or cancelled. The
 * teammate's file is read where it lies: the path the command line or the desktop app names, or
 * browser mode's upload of it (main/api/uploads.ts), never held in memory whole.
 *
 * The long parts run as jobs, off the main thread, with progress and cancel (main/jobs): a
 * REFI-QDA package is written into its private project there, the plan reads both projects
 * there, and applying writes the merge into ours there, as one undoable step.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { MergeChoices, MergePlan } from '../../shared/merge.js';
import { isRefiProject } from '../../shared/refi-format.js';
import { AppError } from '../errors.js';
import type { Store } from '../db/store.js';
import { runJob } from '../jobs/run-job.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { withImportRun } from '../services/import-runs.js';
import { openMergeSource, openRefiMergeSource, type MergeSource } from './merge-file.js';

export class PendingMerges {
  private readonly sources = new Map<string, MergeSource>();

  /**
   * `shownAs`: the file as the user named it, which messages say and whose extension tells a
   * REFI-QDA package (written into a private project first) from a project (copied, or moved
   * when `owned`: merge-file.ts).
   */
  async plan(target: Store, path: string, shownAs: string, owned = false): Promise<MergePlan> {
    const fileName = basename(shownAs);
    const source = isRefiProject(fileName)
      ? await openRefiMergeSource(fileName, (store) => runWriteJob({ store, coderName: null }, 'refi.import', { fileName, path }))
      : await openMergeSource(path, fileName, shownAs, owned);
    // Reading both projects whole takes seconds on a large one: a job, off the main thread.
    try {
      const outcome = await runJob(target, 'merge.plan', { sourcePath: source.store.path });
      const planId = randomUUID();
      this.sources.set(planId, source);
      return { planId, source: source.name, ...outcome };
    } catch (error) {
      source.dispose();
      throw error;
    }
  }

  /**
   * Writes the planned merge. The plan is used up either way; cancelled, it changed nothing
   * and is planned again to retry.
   */
  async apply(target: Store, planId: string, choices: MergeChoices): Promise<MergePlan> {
    // A refusal (another job writing, the backup on open) leaves the plan in place to try again.
    target.assertWritable();
    const source = this.take(planId);
    const ctx = { store: target, coderName: null };
    try {
      // Recorded while it writes: a merge the process dies in is said when the project next opens.
      const outcome = await withImportRun(ctx, 'merge', source.name, undefined, (file) =>
        runWriteJob(ctx, 'merge.apply', { sourcePath: source.store.path, choices, file }));
      return { planId, source: source.name, ...outcome };
    } finally {
      source.dispose();
    }
  }

  cancel(planId: string): void {
    this.take(planId).dispose();
  }

  clear(): void {
    for (const source of this.sources.values()) source.dispose();
    this.sources.clear();
  }

  private take(planId: string): MergeSource {
    const source = this.sources.get(planId);
    if (!source) throw new AppError('mergeExpired', 'That merge is no longer pending; plan it again');
    this.sources.delete(planId);
    return source;
  }
}
