/**
 * Rolling snapshots of an open project: `VACUUM INTO` writes a consistent copy of the live
 * WAL database into its backups folder. A project in the state its newest snapshot already
 * holds is not snapshotted again, so opening, or a restore that fails, never pushes an older
 * state out; retention.ts decides what is kept.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { vacuumInto } from '../db/maintenance.js';
import type { ReadStore, Store } from '../db/store.js';
import { contentFingerprint } from '../db/repos/rows.js';
import { backupFileName, backupFolder, listBackups, listStoredBackups, type BackupInfo, type BackupReason } from './folder.js';
import { syncFile, syncFolder } from './files.js';
import { budgetBytes, DEFAULT_BACKUP_POLICY, type BackupPolicy } from './policy.js';
import { backupsToDelete } from './retention.js';

const PARTIAL = '.partial';
/** A partial file this old is left over from a crash, not a snapshot being written. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface SnapshotOptions {
  policy?: BackupPolicy;
  now?: Date;
}

/** Snapshots the project; when its newest snapshot holds this very state, returns that one instead. */
export function snapshot(store: Store, reason: BackupReason, options: SnapshotOptions = {}): BackupInfo {
  const now = options.now ?? new Date();
  return recordSnapshot(store.path, writeSnapshot(store, reason, now), { ...options, now });
}

/** What writeSnapshot did: the snapshot that holds the project's state, and whether it is new. */
export interface WrittenSnapshot {
  path: string;
  written: boolean;
}

/**
 * The costly half of a snapshot (seconds on a large project): fingerprints the project and,
 * unless its newest snapshot holds that state, copies it into the backups folder. It needs only
 * a read connection, so the keeper runs it as a job on a worker thread's own connection
 * (job-list.ts 'backup.snapshot'), which sees the project as last committed: the keeper
 * refuses writes while the snapshot on open is written, so that one holds the project as opened.
 */
export function writeSnapshot(store: ReadStore, reason: BackupReason, now: Date): WrittenSnapshot {
  if (store.path === ':memory:') throw new AppError('noProjectFile', 'This project has no file to back up');
  const fingerprint = contentFingerprint(store);
  const newest = listStoredBackups(store.path)[0];
  if (newest?.fingerprint === fingerprint) return { path: newest.path, written: false };
  const folder = backupFolder(store.path);
  const name = backupFileName(store.path, now, reason, fingerprint);
  const path = join(folder, name);
  // Written under another name and renamed once complete, so a crash (or the app quitting
  // while a worker thread writes it) never leaves a half-written file that looks like a snapshot.
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
  return { path, written: true };
}

/** The cheap half: prunes after a new snapshot, and describes the one that holds the state. */
export function recordSnapshot(projectPath: string, { path, written }: WrittenSnapshot, options: SnapshotOptions = {}): BackupInfo {
  if (written) {
    const policy = options.policy ?? DEFAULT_BACKUP_POLICY;
    pruneBackups(projectPath, budgetBytes(policy, projectBytes(projectPath)), { policy, now: options.now ?? new Date() });
  }
  const backups = listBackups(projectPath);
  // Pruning keeps the newest, which a new snapshot is; an existing one found by a job thread
  // may have been deleted since, and the newest then stands for it.
  return backups.find((b) => b.path === path) ?? backups[0]!;
}

/**
 * Deletes the snapshots retention.ts does not keep (within `budget` bytes, always the newest),
 * and partial files a crash left. Returns what it deleted.
 */
export function pruneBackups(projectPath: string, budget: number, options: SnapshotOptions = {}): string[] {
  const deleted = backupsToDelete(listStoredBackups(projectPath), options.now ?? new Date(), options.policy ?? DEFAULT_BACKUP_POLICY, budget);
  for (const path of deleted) rmSync(path, { force: true });
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
export function projectBytes(projectPath: string): number {
  return [projectPath, `${projectPath}-wal`].reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0);
}
