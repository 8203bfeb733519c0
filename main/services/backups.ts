/**
 * Backups of a project that is not open here: listed and restored by file, so a project too
 * damaged to open can still be put back from its snapshots without the app.
 */
import { listBackups, type BackupInfo } from '../backup/folder.js';
import { restoreBackup, type RestoreResult } from '../backup/restore.js';

export function listBackupsOf(projectPath: string): BackupInfo[] {
  return listBackups(projectPath);
}

/** Puts the backup in place of the project, keeping the replaced file as a snapshot first. */
export function restoreBackupOf(projectPath: string, backupPath: string): RestoreResult {
  return restoreBackup(backupPath, projectPath);
}
