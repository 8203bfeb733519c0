/**
 * Puts a backup in place of a project. The backup must be a sound CaseCoder project, and the
 * file it replaces is kept first: as a snapshot when it opens, else as a raw copy.
 *
 * The project must be closed in this process first; a project open in another process is
 * refused.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../errors.js';
import { checkAndSettleFile, leaveWalMode } from '../db/maintenance.js';
import { checkProjectFile } from '../db/project-file.js';
import { copyWithLog, removeWithSidecars } from '../db/project-sidecars.js';
import { Store } from '../db/store.js';
import { backupFileName, backupFolder, BACKUP_EXTENSION, renameBackup } from './folder.js';
import { syncFile, syncFolder } from './files.js';
import { snapshot, type SnapshotOptions } from './snapshot.js';

export interface RestoreResult {
  restoredFrom: string;
  /** Where the replaced project was kept; null when there was none. */
  keptCurrentAs: string | null;
}

export function restoreBackup(backupPath: string, targetPath: string, options: SnapshotOptions = {}): RestoreResult {
  if (resolve(backupPath) === resolve(targetPath)) {
    throw new AppError('restoreOntoItself', `${backupPath} is the project itself, not a backup of it`, { path: backupPath });
  }
  // The header check refuses what is not a CaseCoder project without opening it.
  try {
    checkProjectFile(backupPath);
  } catch (error) {
    // A damaged project file here is a damaged backup: say so in the restore's own words.
    if (error instanceof AppError && error.code === 'projectDamaged') {
      throw new AppError('backupDamaged', `${backupPath} is damaged and cannot be restored: ${error.message}`, { path: backupPath, detail: error.message });
    }
    throw error;
  }
  const staged = join(dirname(targetPath), `.${basename(targetPath)}.restoring`);
  stage(backupPath, staged);
  try {
    const keptCurrentAs = existsSync(targetPath) ? keepCurrent(targetPath, backupPath, options) : null;
    syncFile(staged);
    // A WAL left beside the old file would be replayed into the restored one.
    removeWithSidecars(targetPath, ['-wal', '-shm']);
    renameSync(staged, targetPath);
    syncFolder(dirname(targetPath));
    return { restoredFrom: backupPath, keptCurrentAs };
  } finally {
    removeWithSidecars(staged);
  }
}

/**
 * Copies the backup (and any WAL beside it, so the backup itself is never opened and never
 * changed) and checks the copy is sound, folding its WAL in so it becomes one file.
 */
function stage(backupPath: string, staged: string): void {
  mkdirSync(dirname(staged), { recursive: true });
  removeWithSidecars(staged);
  copyWithLog(backupPath, staged);
  const damaged = (detail: string) =>
    new AppError('backupDamaged', `${backupPath} is damaged and cannot be restored: ${detail}`, { path: backupPath, detail });
  try {
    const problem = checkAndSettleFile(staged);
    if (problem !== null) throw damaged(problem);
  } catch (error) {
    removeWithSidecars(staged);
    if (error instanceof AppError) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}

/** Keeps the project about to be replaced, and makes sure no one else has it open. */
function keepCurrent(targetPath: string, backupPath: string, options: SnapshotOptions): string {
  let store: Store;
  try {
    store = Store.open(targetPath);
  } catch {
    return keepRawCopy(targetPath, options.now ?? new Date());
  }
  try {
    // Leaving WAL mode needs the only connection: it fails while another process has the
    // project open, and on success folds the WAL into the file. It comes before the snapshot,
    // so a restore refused here leaves no snapshot behind.
    try {
      leaveWalMode(store);
    } catch {
      throw new AppError('projectInUse', `${targetPath} is open in another window or program; close it there first`, { path: targetPath });
    }
    // Skipped when the newest snapshot already holds this state: then that one is named for what
    // it now is, so the list after the restore says which row holds the state replaced (two rows
    // «on opening» at one minute, one before and one after, could not be told apart), …
    // … unless it is the one restored (the project is as it holds): that one keeps its name.
    const kept = snapshot(store, 'before-restore', options);
    const automatic = kept.reason === 'open' || kept.reason === 'periodic';
    return automatic && resolve(kept.path) !== resolve(backupPath) ? renameBackup(kept, 'before-restore') : kept.path;
  } finally {
    store.close();
  }
}

/** A project that does not open (which may be why it is being restored) is kept byte for byte. */
function keepRawCopy(targetPath: string, now: Date): string {
  const folder = backupFolder(targetPath);
  const kept = join(folder, backupFileName(targetPath, now, 'before-restore').replace(BACKUP_EXTENSION, '.damaged'));
  mkdirSync(folder, { recursive: true });
  copyWithLog(targetPath, kept);
  syncFile(kept);
  syncFolder(folder);
  return kept;
}
