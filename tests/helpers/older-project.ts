import Database from 'better-sqlite3';
import { migrations } from '../../main/db/migrations/index.js';
import { APPLICATION_ID } from '../../main/db/project-file.js';

/**
 * A project file as CaseCoder wrote it at schema `version` (the migrations up to it), with one
 * case (id 1, named `caseName`); `fill` adds what the test needs, as that version would have.
 */
export function olderProject(path: string, version: number, { caseName = 'P1', fill }: { caseName?: string; fill?: (db: Database.Database) => void } = {}): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const migrate of migrations.slice(0, version)) migrate(db);
  db.pragma(`user_version = ${version}`);
  db.prepare("INSERT INTO case_ (guid, name, created_at) VALUES ('c1', ?, '2026-01-01T00:00:00.000Z')").run(caseName);
  fill?.(db);
  db.close();
}
