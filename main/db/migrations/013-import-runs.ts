import type { Database } from 'better-sqlite3';

/**
 * A record of each import or merge while it runs (repos/import-runs.ts): written before its
 * first file, each file marked in the transaction that brings it in, removed when the work
 * ends in any way the user is told of. One still here when a project opens was stopped by
 * the process dying (a crash, a power cut, kill -9), and the app says which files came in.
 *
 * Not user data: no change-log triggers, so undo and redo never see these rows, and a merge,
 * which copies the tracked tables only, never carries a teammate's. The CHECKs bound what a
 * file from elsewhere can hold (the file check's probes verify them before the project is
 * read); the reads are bounded as well.
 */
export function migrate013(db: Database): void {
  db.exec(`
    CREATE TABLE import_run (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('documents', 'package', 'merge')),
      started_at TEXT NOT NULL CHECK (length(started_at) BETWEEN 1 AND 40)
    );
    CREATE TABLE import_run_file (
      run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9999),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'refused')),
      PRIMARY KEY (run_id, position)
    ) WITHOUT ROWID;`);
}
