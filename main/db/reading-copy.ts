/**
 * For a command that only reads a project: where the file was written by an older CaseCoder, a
 * copy of it in a folder of its own, which opening then brings up to date, so the file itself is
 * left as it was. A table or a search from the command line upgraded a teammate's file in place,
 * and the CaseCoder they use could no longer open it.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkProjectHeader, sqliteHeader } from './project-file.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { openSqlite } from './sqlite.js';

export interface ReadingCopy {
  path: string;
  /** The schema version of the file copied. */
  fromVersion: number;
  /** Removes the copy and what opening it made beside it (its backups, the file as it was). */
  remove(): void;
}

/** Null where the file is current (or newer, which opening refuses), or not a project: opening it says why. */
export async function readingCopyIfOlder(path: string): Promise<ReadingCopy | null> {
  try {
    checkProjectHeader(path);
  } catch {
    return null;
  }
  // With no write-ahead log beside it the file holds every commit: read as bytes, as opening even
  // read-only would leave an empty log and its index beside a file in WAL mode.
  if (!existsSync(`${path}-wal`)) {
    // The header's user_version (offset 60), where the schema version is kept.
    const fromVersion = sqliteHeader(path).readUInt32BE(60);
    return isOlder(fromVersion) ? copyInFolder(path, fromVersion, (copy) => copyFileSync(path, copy)) : null;
  }
  // Read-only, hardened as every project file is opened (sqlite.ts); the copy is checked in full when opened.
  const db = openSqlite(path, { readonly: true });
  try {
    const fromVersion = db.pragma('user_version', { simple: true }) as number;
    // SQLite's online backup: the file as committed, its log included, even while the app has it open.
    return isOlder(fromVersion) ? await copyInFolder(path, fromVersion, (copy) => db.backup(copy)) : null;
  } finally {
    db.close();
  }
}

const isOlder = (version: number) => version > 0 && version < LATEST_SCHEMA_VERSION;

async function copyInFolder(path: string, fromVersion: number, write: (copy: string) => unknown): Promise<ReadingCopy> {
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-reading-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const copy = join(folder, basename(path));
  try {
    await write(copy);
  } catch (error) {
    remove();
    throw error;
  }
  return { path: copy, fromVersion, remove };
}
