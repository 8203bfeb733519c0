/**
 * Notices a project file deleted, moved or replaced while it is open. SQLite keeps writing to
 * the file it opened, which may no longer be at the path (a sync client swapped it, the user
 * deleted it): every edit would answer "ok" and be gone at shutdown. The path's device and
 * inode are compared with the open file's before each write transaction (one stat), and on a
 * mismatch the still-open connection writes the work to a recovery copy beside the path.
 */
import { mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors.js';

export class FileInPlace {
  private readonly device: number;
  private readonly inode: number;
  /** Set once the file is found gone: later writes are refused with the same answer. */
  private lost: AppError | null = null;

  constructor(private readonly path: string) {
    const stat = statSync(path);
    this.device = stat.dev;
    this.inode = stat.ino;
  }

  /** Throws `projectFileGone` (after saving a recovery copy) when the path is no longer our file. */
  ensure(db: Database): void {
    if (this.lost) throw this.lost;
    if (this.isInPlace()) return;
    const recovery = writeRecoveryCopy(db, this.path, new Date());
    this.lost = recovery
      ? new AppError(
        'projectFileGone',
        `${this.path} was moved, replaced or deleted while open; nothing more is written to it. Your work is saved in ${recovery}`,
        { path: this.path, recovery },
      )
      : new AppError(
        'projectFileGoneNoCopy',
        `${this.path} was moved, replaced or deleted while open, and no recovery copy could be written; keep CaseCoder open and use Save a copy`,
        { path: this.path },
      );
    throw this.lost;
  }

  /** The path still names the file that was opened. */
  isInPlace(): boolean {
    try {
      const stat = statSync(this.path);
      return stat.dev === this.device && stat.ino === this.inode;
    } catch {
      return false;
    }
  }
}

/**
 * VACUUM INTO from the open connection: its pages (and WAL) are still readable though the path
 * is gone. Beside the project first; the home folder when that folder is gone or not writable.
 */
export function writeRecoveryCopy(db: Database, path: string, when: Date): string | null {
  const extension = extname(path);
  const name = `${basename(path, extension)}.recovered-${when.toISOString().replace(/[:.]/g, '-')}${extension || '.casecoder'}`;
  for (const folder of [dirname(path), homedir()]) {
    const copy = join(folder, name);
    try {
      mkdirSync(folder, { recursive: true });
      db.prepare('VACUUM INTO ?').run(copy);
      return copy;
    } catch {
      // The next place, else no copy: the caller says so.
    }
  }
  return null;
}
