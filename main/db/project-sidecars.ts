/**
 * A project on disk is its file and what SQLite keeps beside it: the write-ahead log (-wal), where
 * an open or crashed project keeps its latest work, and the log's shared-memory index (-shm).
 */
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';

/** Copies a project file with its log, so the copy holds all its work and the original is never opened. */
export function copyWithLog(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/** Removes a project file with its log and index (`suffixes`: which of them). */
export function removeWithSidecars(path: string, suffixes = ['', '-wal', '-shm']): void {
  for (const suffix of suffixes) rmSync(path + suffix, { force: true });
}

/** A write-ahead log with frames in it: a crash, or another connection, left work outside the file. */
export function hasLogFrames(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}
