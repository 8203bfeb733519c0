/**
 * Where a project's snapshots live — a folder beside it, `<project>.backups/` — and how they
 * are named: `<UTC time>-<reason>-<fingerprint>.casecoder`, so names sort oldest to newest and
 * each says which state of the project it holds (contentFingerprint) without being opened.
 * Snapshots from before fingerprints have none.
 */
import { readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from './files.js';

export type BackupReason = 'open' | 'periodic' | 'manual' | 'before-restore';

export interface BackupInfo {
  path: string;
  /** ISO time the snapshot was taken. */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

/** A snapshot as pruning sees it: with the state it holds, when its name says. */
export interface StoredBackup extends BackupInfo {
  fingerprint: string | null;
}

export const BACKUP_EXTENSION = '.casecoder';

const NAME = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z-(open|periodic|manual|before-restore)(?:-([0-9a-f]{16}))?\.casecoder$/;

export function backupFolder(projectPath: string): string {
  return `${projectPath}.backups`;
}

/**
 * A free file name for a snapshot taken at `date`, in the form listBackups reads (`:` is not
 * allowed in Windows names). Should the millisecond be taken, the next free one is used, so
 * that names stay unique and in the order the snapshots were taken.
 */
export function backupFileName(projectPath: string, date: Date, reason: BackupReason, fingerprint?: string): string {
  const taken = new Set(listBackups(projectPath).map((b) => b.createdAt));
  let at = date.getTime();
  while (taken.has(new Date(at).toISOString())) at++;
  return `${new Date(at).toISOString().replace(/[:.]/g, '-')}-${reason}${fingerprint ? `-${fingerprint}` : ''}${BACKUP_EXTENSION}`;
}

/** Gives a snapshot another reason, keeping its time and state; returns its new path. */
export function renameBackup(backup: BackupInfo, reason: BackupReason): string {
  const path = join(dirname(backup.path), basename(backup.path).replace(`Z-${backup.reason}`, `Z-${reason}`));
  renameSync(backup.path, path);
  syncFolder(dirname(path));
  return path;
}

/** The project's snapshots, newest first. */
export function listBackups(projectPath: string): BackupInfo[] {
  return listStoredBackups(projectPath).map(({ fingerprint: _, ...info }) => info);
}

/** The project's snapshots with their fingerprints, newest first. */
export function listStoredBackups(projectPath: string): StoredBackup[] {
  const folder = backupFolder(projectPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: StoredBackup[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const [, day, hours, minutes, seconds, millis, reason, fingerprint] = match;
    const path = join(folder, name);
    backups.push({
      path, createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`, reason: reason as BackupReason, bytes: statSync(path).size,
      fingerprint: fingerprint ?? null,
    });
  }
  return backups.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
}
