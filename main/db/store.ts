/**
 * One open project: its SQLite connection and the statements prepared on it. Every repository
 * reads and writes through a Store, so each SQL text is prepared once per connection.
 *
 * Reads and writes are different types, as in Signal Desktop: a repository function that
 * only reads takes a ReadStore, one that writes a WriteStore. `Store.reader` is a read-only
 * handle on the same connection: it refuses to prepare any statement that would write, so a
 * read path cannot write by mistake even past the type checker.
 */
import { now } from './stamps.js';
import type { Statement } from 'better-sqlite3';
import { AppError } from '../errors.js';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations/index.js';
import { keepBeforeMigration } from './before-migration.js';
import { FileInPlace } from './file-in-place.js';
import { APPLICATION_ID, checkProjectFile } from './project-file.js';
import type { Database } from 'better-sqlite3';
import { slowStatementThreshold, watchStatement } from './slow-statements.js';
import { openSqlite } from './sqlite.js';

/** A project file this connection migrated to the latest schema: its schema before, and where the file as it was is kept. */
export interface Migrated {
  fromVersion: number;
  keptAs: string;
}

/** A handle that can only read the project. */
export interface ReadStore {
  readonly path: string;
  /** The statement for `sql`, prepared once per connection. */
  prepare(sql: string): Statement;
  meta(key: string): string | null;
}

/** A handle that can also write, and group writes into one transaction. */
export interface WriteStore extends ReadStore {
  transaction<T>(fn: () => T): T;
}

/**
 * SQLite folds the WAL into the file itself in the commit that takes it past wal_autocheckpoint
 * pages (1,000 by default): then every ~65th coding waited ~10 ms more, for the pages to be
 * copied and the file synced (issue 13: a durable coding's p95 within 2 ms). A connection that
 * writes through `transaction` folds it instead once writes have paused for IDLE_CHECKPOINT_MS,
 * when nobody waits on it. SQLite's own checkpoint stays, at WAL_BOUND_PAGES (16 MiB), for
 * writes that never pause. Durability is the WAL's either way: a commit is synced when it
 * returns, whenever its pages reach the file.
 */
const IDLE_CHECKPOINT_MS = 1000;
const WAL_BOUND_PAGES = 4096;

export class Store implements WriteStore {
  private readonly statements = new Map<string, Statement>();
  private idleCheckpoint: NodeJS.Timeout | undefined;
  private readonly slowMs = slowStatementThreshold();
  /** A read-only handle on this connection, for code that only reads. */
  readonly reader: ReadStore = new ReadOnlyStore(this);

  private constructor(
    readonly db: Database,
    readonly path: string,
    /** The file this connection opened, checked at the path before each write; none in memory. */
    private readonly file: FileInPlace | null = null,
    /** Set when opening migrated the file, which is then kept as it was (before-migration.ts). */
    readonly migrated: Migrated | null = null,
  ) {}

  /**
   * Opens an existing project, refusing (untouched) anything that is not one we can read: the
   * file's header, schema and pages are checked before this connection reads it (project-file.ts).
   * `pagesKnownSound` skips the page check (not the schema's) for the file this app last closed
   * cleanly, unchanged since (verified-files.ts), or one its own process holds open.
   * `rowsCheckedByMerge` skips the probes for data CaseCoder never writes (row-probes.ts) in a
   * merge's source, whose rows merge refuses one by one, saying which.
   */
  static open(path: string, { pagesKnownSound = false, rowsCheckedByMerge = false }: { pagesKnownSound?: boolean; rowsCheckedByMerge?: boolean } = {}): Store {
    checkProjectFile(path, { pages: !pagesKnownSound, rows: !rowsCheckedByMerge });
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
      db.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // A long transaction (an import, a merge) otherwise writes every later statement's
      // journal of changed pages to a temporary file once one statement's outgrows 64 KiB:
      // a system call per page, a third of a large import's time.
      db.pragma('temp_store = MEMORY');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_SCHEMA_VERSION) {
        throw new AppError('projectTooNew', `${path} was written by a newer CaseCoder`, {
          path, version, supported: LATEST_SCHEMA_VERSION,
        });
      }
      // Version 0 is a file being created: there is nothing yet to keep.
      const migrated = version > 0 && version < LATEST_SCHEMA_VERSION
        ? { fromVersion: version, keptAs: keepBeforeMigration(db, path, version) }
        : null;
      runMigrations(db);
      return new Store(db, path, new FileInPlace(path), migrated);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * The statement for `sql`, prepared once per connection. It comes back in its default mode:
   * one caller's .pluck() stayed on the shared statement, and another's .get() of the same SQL
   * then had a number where it read a row's .id (ensureCoder made a second coder of one name).
   */
  prepare(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached) return cached.reader ? cached.raw(false).pluck(false) : cached;
    const statement = this.db.prepare(sql);
    if (this.slowMs !== null) watchStatement(statement, sql, this.slowMs, (message) => console.warn(message));
    this.statements.set(sql, statement);
    return statement;
  }

  /** Every SQL text prepared on this connection so far (the query-plan tests check them). */
  preparedSql(): string[] {
    return [...this.statements.keys()];
  }

  /** Why writes through this Store are refused for now, or null (main/jobs/write-gate.ts). */
  private writeRefusal: (() => AppError) | null = null;

  /** Refuses every write through this Store, and replacing its file, until the returned release is called. */
  refuseWrites(refusal: () => AppError): () => void {
    this.writeRefusal = refusal;
    return () => {
      this.writeRefusal = null;
    };
  }

  /** Throws while writes are refused: for work that replaces the file rather than writing through here. */
  assertWritable(): void {
    if (this.writeRefusal) throw this.writeRefusal();
  }

  /**
   * Every user action writes through here, so this is where a file gone from its path is noticed.
   * BEGIN IMMEDIATE: the write lock is taken first, waiting (busy_timeout) for another process's
   * write to end. A deferred transaction that read first and then found another commit since its
   * read could not wait: SQLite refused it at once («database is locked»), and a second command-
   * line import beside a first failed (review-cli-1208 #3).
   */
  transaction<T>(fn: () => T): T {
    this.assertWritable();
    if (this.db.inTransaction) return this.db.transaction(fn)();
    this.file?.ensure(this.db);
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.checkpointWhenIdle();
    }
  }

  /** Folds the WAL into the file once no transaction has ended here for IDLE_CHECKPOINT_MS. */
  private checkpointWhenIdle(): void {
    if (!this.file) return;
    clearTimeout(this.idleCheckpoint);
    this.idleCheckpoint = setTimeout(() => {
      try {
        // PASSIVE: as far as other connections' readers allow, waiting for none of them.
        if (this.db.open && !this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Left for the next pause, the bound or close: the WAL holds every commit meanwhile.
      }
    }, IDLE_CHECKPOINT_MS);
    // Never what keeps a command-line process alive: close() checkpoints anyway.
    this.idleCheckpoint.unref();
  }

  meta(key: string): string | null {
    const row = this.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** The file this connection opened is still the one at its path (false in memory). */
  isAtPath(): boolean {
    return this.file?.isInPlace() ?? false;
  }

  close(): void {
    clearTimeout(this.idleCheckpoint);
    this.statements.clear();
    // The last connection to close folds the WAL into the file, but a job's idle thread may
    // still hold a read connection: checkpoint here, so the file is whole as this app leaves
    // it (and the next open can trust it: services/verified-files.ts).
    try {
      if (this.file && this.db.open) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A checkpoint that fails (a full disk) leaves the WAL, which holds every commit: the
      // project is safe as it is, and the next open replays and checks it.
    }
    this.db.close();
  }
}

/**
 * Shares the Store's statements, but hands out only those SQLite reports as read-only
 * (sqlite3_stmt_readonly): an INSERT, UPDATE, DELETE or schema change is refused before it
 * can run. Each text is checked once, then served from this handle's own cache.
 */
class ReadOnlyStore implements ReadStore {
  private readonly checked = new Map<string, Statement>();

  constructor(private readonly store: Store) {}

  get path(): string {
    return this.store.path;
  }

  prepare(sql: string): Statement {
    const cached = this.checked.get(sql);
    if (cached) return cached;
    const statement = this.store.prepare(sql);
    if (!statement.readonly) {
      throw new Error(`A read-only handle cannot run a statement that writes: ${sql.trim().slice(0, 80)}`);
    }
    this.checked.set(sql, statement);
    return statement;
  }

  meta(key: string): string | null {
    return this.store.meta(key);
  }
}

