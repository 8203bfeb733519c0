/**
 * The copy of a project file kept before it is migrated to a newer schema: once migrated, a
 * teammate's older CaseCoder refuses it ("written by a newer CaseCoder"), so the file as it was
 * stays beside it as `NAME.before-vN.casecoder`, which that CaseCoder still opens. It is kept
 * beside the project rather than among its rolling snapshots (`NAME.casecoder.backups/`), whose
 * pruning could remove the only copy an older CaseCoder can read.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

/** Where `path`, at schema `version`, is kept: the first name of NAME.before-vN[ (2)].ext not taken. */
export function beforeMigrationPath(path: string, version: number): string {
  const extension = extname(path);
  const stem = join(dirname(path), `${basename(path, extension)}.before-v${version}`);
  let candidate = `${stem}${extension}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem} (${n})${extension}`;
  return candidate;
}

/** Writes a consistent copy of the open, not yet migrated database (its WAL included); returns its path. */
export function keepBeforeMigration(db: Database, path: string, version: number): string {
  const copy = beforeMigrationPath(path, version);
  db.prepare('VACUUM INTO ?').run(copy);
  return copy;
}
