/**
 * Rolling snapshots of an open project: `VACUUM INTO` writes a consistent copy of the live
 * WAL database into its backups folder, and the oldest snapshots go once they exceed the
 * size budget.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { vacuumInto } from '../db/maintenance.js';
import type { Store } from '../db/store.js';
import { backupFileName, backupFolder, listBackups, type BackupInfo, type BackupReason } from './folder.js';
import { syncFile, syncFolder } from './files.js';
import { budgetBytes, DEFAULT_BACKUP_POLICY, type BackupPolicy } from './policy.js';

const PARTIAL = '.partial';
/** A partial file this old is left over from a crash, not a snapshot being written. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface SnapshotOptions {
  policy?: BackupPolicy;
  now?: Date;
}

export function snapshot(store: Store, reason: BackupReason, options: SnapshotOptions = {}): BackupInfo {
  if (store.path === ':memory:') throw new AppError('noProjectFile', 'This project has no file to back up');
  const folder = backupFolder(store.path);
  const name = backupFileName(store.path, options.now ?? new Date(), reason);
  const path = join(folder, name);
  // Written under another name and renamed once complete, so a crash never leaves a
  // half-written file that looks like a snapshot.
  const partial = join(folder, `.${name}${PARTIAL}`);
  try {
    mkdirSync(folder, { recursive: true });
    vacuumInto(store, partial);
    syncFile(partial);
    renameSync(partial, path);
    syncFolder(folder);
  } catch (error) {
    if (existsSync(partial)) rmSync(partial);
    const reasonText = error instanceof Error ? error.message : String(error);
    throw new AppError('backupFailed', `Could not write a backup into ${folder}: ${reasonText}`, { folder, reason: reasonText });
  }
  pruneBackups(store.path, budgetBytes(options.policy ?? DEFAULT_BACKUP_POLICY, projectBytes(store.path)));
  return listBackups(store.path).find((b) => b.path === path)!;
}

/**
 * Keeps the newest snapshots whose sizes add up to at most `budget` bytes, and always the
 * newest one; deletes the rest, and partial files a crash left. Returns what it deleted.
 */
export function pruneBackups(projectPath: string, budget: number): string[] {
  const deleted: string[] = [];
  let total = 0;
  for (const [i, backup] of listBackups(projectPath).entries()) {
    total += backup.bytes;
    if (i === 0 || total <= budget) continue;
    rmSync(backup.path, { force: true });
    deleted.push(backup.path);
  }
  const folder = backupFolder(projectPath);
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const path = join(folder, name);
    if (name.endsWith(PARTIAL) && Date.now() - statSync(path).mtimeMs > STALE_PARTIAL_MS) {
      rmSync(path, { force: true });
      deleted.push(path);
    }
  }
  return deleted;
}

/** The project's size on disk, WAL included. */
function projectBytes(projectPath: string): number {
  return [projectPath, `${projectPath}-wal`].reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0);
}
