/**
 * Save a copy: the open project written to another file, whole or for a second coder. The copy
 * is made beside its target under a temporary name and moved into place only once complete, so
 * the target is never a half-written file; the open project is only read.
 */
import { existsSync, linkSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { syncFile, syncFolder } from '../backup/files.js';
import { AppError } from '../errors.js';
import { vacuumInto } from './maintenance.js';
import { openSqlite } from './sqlite.js';
import type { ReadStore } from './store.js';
import { CASE_TABLE_CODER_GUID } from '../../shared/case-table-coder.js';

export interface CopyOptions {
  /**
   * For blind coding by a second coder (inter-coder agreement): no segments or codings but the
   * case table's pre-coding, no memo on any, and no undo history, which could bring the first
   * coder's codings back.
   */
  withoutCodings?: boolean;
  /**
   * Who made a copy without codings (their coder name, '' if they had none): kept in it, so that
   * whoever opens it under that name is asked who codes it rather than coding as the first coder.
   */
  madeBy?: string;
  /**
   * The copy's project name (its file's, as a new project's is): opened, a copy kept its
   * original's and said nothing of which file it was. Left out, the original's stays.
   */
  name?: string;
}

/** Writes the copy to `file`, which must not exist; on failure nothing is left at `file`. */
export function writeProjectCopy(store: ReadStore, file: string, options: CopyOptions = {}): void {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}-${Date.now().toString(36)}.partial`);
  try {
    vacuumInto(store, partial);
    if (options.withoutCodings || options.name !== undefined) finishCopy(partial, options);
    syncFile(partial);
    moveIntoPlace(partial, file);
    syncFolder(dirname(file));
  } finally {
    for (const leftover of [partial, `${partial}-journal`]) rmSync(leftover, { force: true });
  }
}

/**
 * Names a copied file (a private one, in rollback-journal mode as VACUUM INTO writes it) and
 * takes its codings out, in one transaction; without codings the file is then rewritten so that
 * no free page still holds what was deleted. The change-log triggers record nothing: no step is
 * being recorded.
 */
function finishCopy(path: string, { withoutCodings, name, madeBy = '' }: CopyOptions): void {
  const db = openSqlite(path);
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      if (name !== undefined) db.prepare("UPDATE project_meta SET value = ? WHERE key = 'name'").run(name);
      if (withoutCodings) {
        stripCodings(db);
        db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(BLIND_COPY_KEY, madeBy);
      }
    })();
    if (withoutCodings) db.exec('VACUUM');
  } finally {
    db.close();
  }
}

/** The project_meta key of a copy for a second coder: who made it (CopyOptions.madeBy). */
export const BLIND_COPY_KEY = 'blind_copy_by';

/** Exported for its test: what a copy for a second coder leaves out. */
export function stripCodings(db: Database): void {
  db.exec(`
    UPDATE history_cursor SET step_id = NULL;
    DELETE FROM history_row_image;
    DELETE FROM history_change;
    DELETE FROM history_step;

    -- A memo on a segment or a coding is about the first coder's reading: it goes, wherever else it is linked.
    CREATE TEMP TABLE coding_memo AS
      SELECT DISTINCT memo_id AS id FROM memo_link WHERE target_kind IN ('segment', 'coding');
    DELETE FROM set_member WHERE member_kind = 'memo' AND member_id IN (SELECT id FROM temp.coding_memo);
    DELETE FROM memo_link WHERE memo_id IN (SELECT id FROM temp.coding_memo);
    DELETE FROM memo WHERE id IN (SELECT id FROM temp.coding_memo);
    DROP TABLE temp.coding_memo;
  `);
  // The case table's pre-coding stays: the second coder reads the same material, valence given
  // by the table's columns included (shared/case-table-coder.ts).
  db.prepare('DELETE FROM coding WHERE coder_id IS NOT (SELECT id FROM coder WHERE guid = ?)').run(CASE_TABLE_CODER_GUID);
  db.exec('DELETE FROM segment WHERE id NOT IN (SELECT segment_id FROM coding)');
}

/** Renames `partial` to `file` unless `file` exists by then: a hard link cannot replace a file. */
function moveIntoPlace(partial: string, file: string): void {
  try {
    linkSync(partial, file);
    unlinkSync(partial);
    return;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') throw new AppError('projectExists', `${file} already exists`, { path: file });
    // A file system without hard links (FAT, exFAT on a USB stick, some network shares).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  }
  if (existsSync(file)) throw new AppError('projectExists', `${file} already exists`, { path: file });
  renameSync(partial, file);
}
