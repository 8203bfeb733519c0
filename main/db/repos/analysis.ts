/**
 * A job's own read-only connection to a project file the main process has already opened and
 * checked (jobs run in worker threads: main/jobs). Opening through Store.open again would
 * re-check the whole file and run the migrations for every table a reader builds.
 */
import type { Database, Statement } from 'better-sqlite3';
import { openSearchVocabulary } from '../search-index.js';
import { openSqlite } from '../sqlite.js';
import type { ReadStore } from '../store.js';

export class JobReader implements ReadStore {
  private readonly statements = new Map<string, Statement>();
  private readonly db: Database;

  constructor(readonly path: string) {
    this.db = openSqlite(path, { readonly: true });
    this.db.pragma('busy_timeout = 5000');
    // Search reads them (repos/term-offsets.ts); they fail only when read, on a file without the index.
    openSearchVocabulary(this.db);
  }

  prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  meta(key: string): string | null {
    const row = this.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
