/**
 * Failures of the disk under a project, told in plain words: a full disk, a file, folder or
 * disk that cannot be written, and a project another process went on writing past the wait. SQLite rolls the failed transaction back, so the message can say
 * that the change was not saved and earlier work is safe.
 */
import { AppError } from '../errors.js';

/** better-sqlite3's SqliteError and Node's fs errors both carry a string `code`. */
function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : null;
}

/** The AppError for a storage failure, or null when `error` is something else. */
export function storageError(error: unknown): AppError | null {
  const code = codeOf(error);
  if (code === null) return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('diskFull', 'The disk is full: this change was not saved (earlier work is safe). Free some space and try again', {});
  }
  // Past the connection's busy timeout: another process held the write lock all along.
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'projectBusy',
      'Another program has been writing to this project for a while (another CaseCoder, or a command-line import or merge): this change was not saved (earlier work is safe). Try again once it has finished',
      {},
    );
  }
  if (isUnwritable(code)) {
    return new AppError(
      'storageReadOnly',
      'The project cannot be written here (a read-only file, folder or disk): this change was not saved (earlier work is safe). Save a copy somewhere writable to go on',
      {},
    );
  }
  return null;
}

/**
 * A read-only file, folder or disk. SQLITE_CANTOPEN is one too for a file that exists: a WAL
 * project needs its -shm and -wal files beside it, which a read-only folder cannot take.
 */
export function isUnwritable(code: string): boolean {
  return code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM';
}
