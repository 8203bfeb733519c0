/**
 * Checks a file is a CaseCoder project this version can open: first its SQLite header (a file
 * refused there is never opened by SQLite), then, read-only in a worker with a time limit, that
 * its schema is exactly CaseCoder's and its pages are sound (file-check.ts). A refused file is
 * not modified.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../errors.js';
import { checkFileInWorker, checkFileInWorkerAsync, type FileCheck } from './file-check.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { describeKey } from './schema-check.js';
import { hasLogFrames } from './project-sidecars.js';
import { isUnwritable } from './storage-errors.js';

/** Stored in the SQLite header (PRAGMA application_id) of every project: "CCdr". */
export const APPLICATION_ID = 0x43436472;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * `pages: false` when the caller knows the pages sound (file-check.ts); the schema is always
 * compared, unless this is the file checkProjectFileAsync has just checked, unchanged since.
 */
export function checkProjectFile(path: string, { pages = true, rows = true }: { pages?: boolean; rows?: boolean } = {}): void {
  checkProjectHeader(path);
  if (takeJustChecked(path, pages, rows)) return;
  accept(path, checkFileInWorker(path, { pages, rows }));
}

/**
 * The same checks, the worker's awaited: for the app's main thread, which must not block for
 * seconds. Gives the file's schema version. A file that stayed the same through the check is remembered, so that the open
 * following at once (Store.open, which checks synchronously) does not block again to start a
 * worker and compare the schema (~50 ms at full scale): see takeJustChecked.
 */
export async function checkProjectFileAsync(path: string, { pages = true, rows = true }: { pages?: boolean; rows?: boolean } = {}): Promise<{ version: number }> {
  justChecked = null;
  checkProjectHeader(path);
  const before = fileIdentity(path);
  const check = await checkFileInWorkerAsync(path, { pages, rows });
  accept(path, check);
  const after = fileIdentity(path);
  if (before !== null && before === after) justChecked = { path, identity: after, pages, rows };
  // accept() refused every other kind.
  return { version: check.kind === 'ok' ? check.version : 0 };
}

/** The last file checkProjectFileAsync accepted, as the file system described it throughout. */
let justChecked: { path: string; identity: string; pages: boolean; rows: boolean } | null = null;

/**
 * Whether `path` is the file just accepted by checkProjectFileAsync, checked at least as far as
 * asked, and unchanged since (same device, inode, size, times to the nanosecond, WAL frames): a
 * file replaced or written meanwhile is checked again. Used once: the trust does not linger.
 */
function takeJustChecked(path: string, pages: boolean, rows: boolean): boolean {
  const checked = justChecked;
  justChecked = null;
  return checked !== null && checked.path === path && (checked.pages || !pages) && (checked.rows || !rows || !pages) && checked.identity === fileIdentity(path);
}

/**
 * What the file system says of a project file and the frames in its write-ahead log; null when
 * it is gone. An empty log counts as none: a read-only check creates one and leaves it empty.
 */
function fileIdentity(path: string): string | null {
  try {
    const file = statSync(path, { bigint: true });
    const wal = statSync(`${path}-wal`, { bigint: true, throwIfNoEntry: false });
    const frames = wal && wal.size > 0n ? `${wal.size}:${wal.mtimeNs}` : 'none';
    return [file.dev, file.ino, file.size, file.mtimeNs, file.ctimeNs, frames].join(':');
  } catch {
    return null;
  }
}

/** Returns for a sound file; otherwise throws the refusal the user is shown. */
function accept(path: string, check: FileCheck): void {
  switch (check.kind) {
    case 'ok':
      return;
    case 'altered': {
      const detail = [...check.unexpected.map((key) => `+${describeKey(key)}`), ...check.missing.map((key) => `-${describeKey(key)}`)].join(', ');
      throw new AppError(
        'projectAltered',
        `${path} was altered outside CaseCoder (${detail}) and was not opened; its data can be imported into a fresh project instead`,
        { path, detail },
      );
    }
    case 'unexpected': {
      // `why` names the problem in the reader's language (shared/i18n/features/refusalReasons.ts).
      const what = { unwrittenValue: `a value in the table ${check.table} of a type or form CaseCoder never writes`, documentTooLong: `a document longer than ${check.limit} characters`,
        codeTooDeep: `codes nested deeper than ${check.limit} levels`, codeCycle: 'codes that are each other\'s parents' }[check.why];
      throw new AppError(
        'projectUnexpectedData',
        `${path} holds data CaseCoder never writes (${what}) and was not opened; its data can be imported into a fresh project instead`,
        { path, why: check.why, table: check.table, ...(check.limit === undefined ? {} : { limit: check.limit }) },
      );
    }
    case 'damaged':
      // A rollback journal another program left hot: the read-only check will not roll it back,
      // and says so with a READONLY code, which is no read-only folder (review-hostile-1207 #18).
      if (check.code === 'SQLITE_READONLY_ROLLBACK') {
        throw new AppError(
          'projectHotJournal',
          `${path} has beside it an unfinished change left by another program (${path}-journal), which CaseCoder does not apply; it was not opened`,
          { path },
        );
      }
      if (check.code !== undefined && isUnwritable(check.code)) {
        throw new AppError('projectReadOnly', `${path} is in a folder or on a disk CaseCoder cannot write to; copy it somewhere writable and open the copy`, { path });
      }
      throw new AppError('projectDamaged', `${path} is damaged and was not opened: ${check.detail}`, { path, detail: check.detail });
    case 'timeout':
      throw new AppError('projectCheckTimeout', `Checking ${path} took longer than ${check.seconds} seconds; it was not opened`, {
        path, seconds: check.seconds,
      });
  }
}

/** The first 100 bytes of the file, SQLite's header (zeros past the end of a shorter file). */
export function sqliteHeader(path: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

/** The checks the SQLite header answers: is it an SQLite file, complete, CaseCoder's, not too new. */
export function checkProjectHeader(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('notAFile', `${path} is not a file`, { path });
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('projectNotFound', `No project at ${path}`, { path });
  }
  if (size === 0) throw new AppError('projectEmpty', `${path} is an empty file, not a CaseCoder project`, { path });

  const header = sqliteHeader(path);
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError('notSqlite', `${path} is not a CaseCoder project (not an SQLite database)`, { path });
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // A checkpoint writes page 1, which holds the page count, before the pages after it: a crash
  // in between leaves the file short while the WAL beside it still holds those pages, and
  // SQLite replays them on open. Only a short file with no WAL has lost data.
  if (size < 100 || (pageCount * pageSize > size && !hasLogFrames(path))) {
    throw new AppError('projectTruncated', `${path} is truncated: the database is incomplete`, { path });
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) {
    throw new AppError('foreignDatabase', `${path} is another application's SQLite database, not a CaseCoder project`, { path });
  }
  const schemaVersion = header.readUInt32BE(60);
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'projectTooNew',
      `${path} was written by a newer CaseCoder (schema ${schemaVersion}; this version reads up to ${LATEST_SCHEMA_VERSION})`,
      { path, version: schemaVersion, supported: LATEST_SCHEMA_VERSION },
    );
  }
}

