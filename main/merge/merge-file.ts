/**
 * Merging from a file: the teammate's project is copied into a temporary folder and opened
 * there, so their file is never touched (opening runs migrations, which write).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { copyFile, mkdtemp, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { MergeChoices } from '../../shared/merge.js';
import { recordStep } from '../db/history.js';
import { AppError } from '../errors.js';
import { openProjectChecked } from '../jobs/open-checked.js';
import { Store, type ReadStore, type WriteStore } from '../db/store.js';
import { mergeProjects, type MergeOptions, type MergeOutcome } from './merge.js';

export interface MergeSource {
  store: Store;
  name: string;
  dispose(): void;
}

/**
 * A private, disposable copy of the project to merge from (a .casecoder file). `shownPath` is
 * the file as the user named it (an upload is first written to a temporary file): a refusal
 * names it, never the temporary copy the user has not heard of. `owned`: the file is ours to
 * take (an upload, already private): moved, not copied, which for a team's project of 224 MB
 * spares a second copy on the disk and the time to write it.
 *
 * Copied, checked and (written by an older CaseCoder) migrated without blocking the calling
 * thread: on the reference corpus's project the check alone held the app's main thread for 0.5 s.
 */
export async function openMergeSource(path: string, name = basename(path), shownPath = path, owned = false): Promise<MergeSource> {
  const folder = await mkdtemp(join(tmpdir(), 'casecoder-merge-'));
  const copy = join(folder, 'theirs.casecoder');
  try {
    if (!existsSync(path)) throw new AppError('projectNotFound', `No project at ${path}`, { path });
    // Both in the temporary folder: one file system, so the move is a rename.
    if (owned) await rename(path, copy);
    else await copyFile(path, copy);
    // An open or crashed project keeps its latest work in the WAL beside it.
    if (existsSync(`${path}-wal`)) await copyFile(`${path}-wal`, `${copy}-wal`);
    const { store } = await openProjectChecked(copy, { rowsCheckedByMerge: true, coderName: null });
    return disposable(store, name, folder);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    if (!(error instanceof AppError)) throw error;
    const named = (text: string) => text.split(copy).join(shownPath).split(path).join(shownPath);
    const params = Object.fromEntries(Object.entries(error.params).map(([key, value]) => [key, typeof value === 'string' ? named(value) : value]));
    // The app offers to salvage a project refused as altered, by its path; a teammate's file has
    // none it could use (an upload is bytes), so the merge's refusal is its own and says what to do.
    if (error.code === 'projectAltered') {
      throw new AppError(
        'mergeSourceAltered',
        `${shownPath} was changed outside CaseCoder (${String(params.detail)}) and was not merged; ask whoever sent it to send it again, or run casecoder salvage ${shownPath} and merge the project it makes`,
        { ...params, path: shownPath },
      );
    }
    throw new AppError(error.code, named(error.message), { ...params, path: shownPath });
  }
}

/**
 * A REFI-QDA package from another tool, made into a private CaseCoder project to merge from.
 * `importPackage` writes the package into that new project (pending-merges.ts runs it as a job,
 * off the main thread).
 */
export async function openRefiMergeSource(fileName: string, importPackage: (store: Store) => Promise<unknown>): Promise<MergeSource> {
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-merge-'));
  try {
    const store = Store.create(join(folder, 'theirs.casecoder'), fileName);
    try {
      await importPackage(store);
    } catch (error) {
      store.close();
      throw error;
    }
    return disposable(store, fileName, folder);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A source whose disposal closes it and removes its temporary folder. */
function disposable(store: Store, name: string, folder: string): MergeSource {
  return {
    store,
    name,
    dispose() {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * What merging `source` into `target` would do, writing nothing: run as a job (jobs/job-list.ts)
 * on read-only connections. A dry run only reads — every write in mergeProjects goes through its
 * insert and write helpers, which skip in a dry run — so the reader stands in for a writer; a
 * write would fail loudly on the read-only connection.
 */
export function planMerge(target: ReadStore, source: ReadStore, progress?: MergeOptions['progress']): MergeOutcome {
  return mergeProjects(target as WriteStore, source, { dryRun: true, ...(progress ? { progress } : {}) });
}

/** The merge as one undoable step: all of it is written, or none. */
export function applyMerge(target: Store, source: MergeSource, choices: MergeChoices): MergeOutcome {
  return applyMergeFrom(target, source.store.reader, choices);
}

/** The same from any reader of their project (a job's own connection); `progress` may throw to roll the step back. */
export function applyMergeFrom(target: Store, source: ReadStore, choices: MergeChoices, progress?: MergeOptions['progress']): MergeOutcome {
  return recordStep(target, 'merge', () => mergeProjects(target, source, { dryRun: false, choices, progress }));
}
