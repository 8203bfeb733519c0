/**
 * Merges the user is deciding on: planned, shown, and either applied or cancelled. The
 * teammate's file arrives as bytes (the UI has no file paths in browser mode), or, from the
 * command line, as the path of a project file.
 *
 * The long parts run as jobs, off the main thread, with progress and cancel (main/jobs): a
 * REFI-QDA package is written into its private project there, the plan reads both projects
 * there, and applying writes the merge into ours there, as one undoable step.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { MergeChoices, MergePlan } from '../../shared/merge.js';
import { AppError } from '../errors.js';
import type { Store } from '../db/store.js';
import { isRefiProject } from '../refi/parse-project.js';
import { runJob } from '../jobs/run-job.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { withImportRun } from '../services/import-runs.js';
import { openMergeSource, openRefiMergeSource, type MergeSource } from './merge-file.js';

export class PendingMerges {
  private readonly sources = new Map<string, MergeSource>();

  async plan(target: Store, fileName: string, bytes: Buffer): Promise<MergePlan> {
    const source = isRefiProject(fileName)
      ? await openRefiMergeSource(basename(fileName), bytes, (store) => runWriteJob({ store, coderName: null }, 'refi.import', { fileName: basename(fileName), bytes }))
      : this.openUploaded(fileName, bytes);
    return this.planFrom(target, source);
  }

  /** A teammate's project file where it lies, copied as every source is (merge-file.ts), never held in memory whole. */
  planFile(target: Store, path: string, shownAs = path): Promise<MergePlan> {
    return this.planFrom(target, openMergeSource(path, basename(shownAs), shownAs));
  }

  private async planFrom(target: Store, source: MergeSource): Promise<MergePlan> {
    try {
      // Reading both projects whole takes seconds on a large one: a job, off the main thread.
      const outcome = await runJob(target, 'merge.plan', { sourcePath: source.store.path });
      const planId = randomUUID();
      this.sources.set(planId, source);
      return { planId, source: source.name, ...outcome };
    } catch (error) {
      source.dispose();
      throw error;
    }
  }

  private openUploaded(fileName: string, bytes: Buffer): MergeSource {
    const folder = mkdtempSync(join(tmpdir(), 'casecoder-upload-'));
    try {
      const file = join(folder, 'upload.casecoder');
      writeFileSync(file, bytes);
      return openMergeSource(file, basename(fileName), fileName);
    } finally {
      rmSync(folder, { recursive: true, force: true });
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
