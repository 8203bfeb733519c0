/**
 * One open project: its SQLite connection and the statements prepared on it. Every repository
 * reads and writes through a Store, so each SQL text is prepared once per connection.
 */
import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { AppError } from '../errors.js';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations/index.js';
import { APPLICATION_ID, checkProjectFile } from './project-file.js';
import type { Database } from 'better-sqlite3';
import { openSqlite } from './sqlite.js';

export class Store {
  private readonly statements = new Map<string, Statement>();

  private constructor(
    readonly db: Database,
    readonly path: string,
  ) {}

  /** Opens an existing project, refusing (untouched) anything that is not one we can read. */
  static open(path: string): Store {
    checkProjectFile(path);
    return Store.connect(path);
  }

  /** Creates a new project file; refuses to overwrite anything. */
  static create(path: string, name: string): Store {
    const db = openSqlite(path);
    try {
      const existing = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
      if (existing.n > 0) throw new AppError('projectExists', `${path} already exists`, { path });
      db.pragma(`application_id = ${APPLICATION_ID}`);
    } finally {
      db.close();
    }
    const store = Store.connect(path);
    store.db.prepare("INSERT INTO project_meta (key, value) VALUES ('name', ?), ('created_at', ?)").run(name, now());
    return store;
  }

  /** An in-memory project, for tests. */
  static memory(): Store {
    const store = new Store(openSqlite(':memory:'), ':memory:');
    store.db.pragma('foreign_keys = ON');
    runMigrations(store.db);
    return store;
  }

  private static connect(path: string): Store {
    const db = openSqlite(path);
    try {
      db.pragma('journal_mode = WAL');
      // FULL: a user action is on disk when the call that made it returns, even on power loss.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) {
        throw new AppError('projectTooNew', `${path} was written by a newer CaseCoder`, {
          path, version, supported: LATEST_SCHEMA_VERSION,
        });
      }
      runMigrations(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new Store(db, path);
  }

  prepare(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached) return cached;
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    return statement;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
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

export function now(): string {
  return new Date().toISOString();
}

export function newGuid(): string {
  return randomUUID();
}
