/** A small project on disk, and the alterations an attacker could make to it outside CaseCoder. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../main/errors.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { listDocuments } from '../../../main/services/documents.js';
import { pasteText } from '../../../main/services/text-import.js';
import type { Session } from '../../../main/services/session.js';

/** Creates a project with one case, one document and one coding, closes it, returns its path. */
export function writeProject(session: Session, name: string): string {
  const { path } = session.createProject(name);
  const ctx = session.context();
  const item = createCase(ctx, 'Anna', null);
  pasteText(ctx, item.id, 'Interview', 'Low wages and long hours.');
  const documentId = listDocuments(ctx, item.id)[0]!.id;
  applyCode(ctx, { documentId, start: 0, end: 9, codeId: findCodeByPath(ctx.store, 'STEEPL', 'Economic')!.id });
  session.closeProject();
  return path;
}

/**
 * Runs SQL on the file as another program would, with none of CaseCoder's checks. Left in rollback
 * mode, one file, unless `journal` is 'wal': in WAL mode, as CaseCoder itself leaves a project.
 */
export function alter(path: string, sql: string, journal: 'delete' | 'wal' = 'delete'): void {
  const db = new Database(path);
  // Not defensive: another tool may edit the schema table itself.
  db.unsafeMode(true);
  try {
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
    db.pragma(`journal_mode = ${journal}`);
  } finally {
    db.close();
  }
}

/** The AppError `run` throws (anything else fails the test). */
export function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs on the user's next coding: every coding is deleted, every text overwritten. */
export const DESTRUCTIVE_TRIGGER = `
  CREATE TRIGGER wipe AFTER INSERT ON coding
  BEGIN
    DELETE FROM coding;
    UPDATE document SET text = 'gone';
  END;`;

/**
 * The hang, bounded here (a few seconds of counting) so that code without the check
 * fails this test instead of hanging the test run.
 */
function slowView(select: string): string {
  return `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 30000000) SELECT ${select} FROM (SELECT max(n) AS n FROM r)`;
}

export const RECURSIVE_PROJECT_META = `
  DROP TABLE project_meta;
  CREATE VIEW project_meta (key, value) AS ${slowView("'name' AS key, n AS value")};`;

export const RECURSIVE_CASE_GROUP = `
  DROP TABLE case_group;
  CREATE VIEW case_group (id, name, sort) AS ${slowView("n AS id, 'g' AS name, 0 AS sort")};`;
