/**
 * Whole-database operations that are not reads or writes of rows: copies, soundness checks,
 * journal mode, change counting. Backups and save-a-copy use them.
 */
import { openSqlite } from './sqlite.js';
import type { ReadStore, Store } from './store.js';

/**
 * Writes a consistent one-file copy of the live (WAL) database to `path`, which must not exist.
 * A read-only connection can do it (a job thread's JobReader): only the copy is written.
 */
export function vacuumInto(store: ReadStore, path: string): void {
  store.prepare('VACUUM INTO ?').run(path);
}

/**
 * What moves whenever the project changes: rows this connection changed since it opened
 * (VACUUM INTO adds none), and data_version, which moves when another connection commits (an
 * import or merge written by a job's thread).
 */
export interface ChangeCounts {
  changes: number;
  dataVersion: number;
}

/**
 * The project's change counts now (two counters, no table), or null inside a transaction, where
 * nothing may be filed under them: they already hold its changes, and neither its commit nor its
 * rollback moves them, so anything kept meanwhile (seeing its changes, or not) would outlive one
 * or the other.
 */
export function changeCounts(store: Store): ChangeCounts | null {
  if (store.db.inTransaction) return null;
  return store.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS dataVersion').get() as ChangeCounts;
}

/** changeCounts as one string, to compare; null inside a transaction. */
export function changeMark(store: Store): string | null {
  const counts = changeCounts(store);
  return counts && `${counts.changes}:${counts.dataVersion}`;
}

/**
 * Leaves WAL mode without waiting for other connections. It needs the only connection: it
 * fails while another process has the project open, and on success folds the WAL into the file.
 */
export function leaveWalMode(store: Store): void {
  // Waiting would not help: the other program keeps the project open until closed there.
  store.db.pragma('busy_timeout = 0');
  store.db.pragma('journal_mode = DELETE');
}

/**
 * Opens a database file that is not an open project (a copied backup), checks it is sound and
 * folds any WAL beside it into the file. Returns what is wrong with it, or null when sound;
 * throws when SQLite cannot read it at all.
 */
export function checkAndSettleFile(path: string): string | null {
  const db = openSqlite(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return String(integrity);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) return `${orphans.length} rows refer to rows that do not exist`;
    db.pragma('journal_mode = DELETE');
    return null;
  } finally {
    db.close();
  }
}
