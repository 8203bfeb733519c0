/**
 * Copies the rows of CaseCoder's own tables out of a project file whose schema was altered,
 * into a private project built by our migrations at that file's version. Only real tables of
 * ours are read, only their plain stored columns, by SELECT: none of the file's views or
 * triggers runs and no expression of its schema is evaluated (a virtual generated column
 * would be). The connection is hardened as for any project (sqlite.ts; SQLite's "Untrusted
 * SQLite Database Files", https://www.sqlite.org/security.html).
 *
 * What the copy gives is then merged into a fresh project (services/salvage.ts), so every
 * row also passes merge's checks.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors.js';
import { APPLICATION_ID } from './project-file.js';
import { migrations } from './migrations/index.js';
import { openSqlite } from './sqlite.js';

export interface SalvageCopy {
  version: number;
  /** Rows copied into the private project. */
  copied: number;
  /** Rows left behind: breaking a constraint, or referring to a row that is not there. */
  dropped: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `source` must have passed the header check; `target` must not exist. */
export function copyKnownRows(source: string, target: string): SalvageCopy {
  const from = openSqlite(source, { readonly: true });
  try {
    const version = from.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) throw new AppError('projectTooNew', `${source} was written by a newer CaseCoder`, { path: source, version, supported: migrations.length });
    const to = createAtVersion(target, version);
    try {
      const outcome = { version, copied: 0, dropped: 0 };
      to.pragma('foreign_keys = OFF');
      to.transaction(() => {
        for (const table of copiedTables(to)) outcome.copied += copyTable(from, to, table);
        outcome.dropped = dropDangling(to);
      })();
      outcome.copied -= outcome.dropped;
      return outcome;
    } finally {
      to.close();
    }
  } finally {
    from.close();
  }
}

function createAtVersion(path: string, version: number): Database {
  const db = openSqlite(path);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let step = 0; step < version; step++) {
      db.transaction(() => {
        migrations[step]!(db);
        db.pragma(`user_version = ${step + 1}`);
      })();
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Our ordinary tables in the order the migrations made them (parents before children). Not
 * copied: virtual tables and their shadow tables (an index rebuilt from the rows), SQLite's
 * own tables, and the undo history, whose replay would write what the file says.
 */
function copiedTables(db: Database): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").all() as { name: string; sql: string }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => `${row.name}_`);
  return rows
    .filter((row) => /^CREATE TABLE/i.test(row.sql))
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('history_') && !virtual.some((prefix) => name.startsWith(prefix)));
}

/** Plain stored columns (table_xinfo's hidden = 0): not generated, not a virtual table's hidden one. */
function plainColumns(db: Database, table: string): string[] {
  return (db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all(table) as { name: string; hidden: number }[])
    .filter((column) => column.hidden === 0)
    .map((column) => column.name);
}

function copyTable(from: Database, to: Database, table: string): number {
  const theirs = from.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined;
  // A view, a virtual table or nothing under our name: there is nothing safe to read.
  if (theirs === undefined || !/^\s*CREATE\s+TABLE/i.test(theirs)) return 0;
  const available = new Set(plainColumns(from, table));
  const columns = plainColumns(to, table).filter((column) => available.has(column));
  if (columns.length === 0) return 0;
  const list = columns.map(quote).join(', ');
  const insert = to.prepare(`INSERT OR IGNORE INTO ${quote(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  let copied = 0;
  for (const row of from.prepare(`SELECT ${list} FROM main.${quote(table)}`).raw().iterate()) {
    copied += insert.run(...(row as unknown[])).changes;
  }
  return copied;
}

/** Deletes rows that refer to a row that is not there, until none is left (a chain goes in rounds). */
function dropDangling(db: Database): number {
  let dropped = 0;
  for (;;) {
    const dangling = db.prepare('SELECT "table" AS tbl, rowid FROM pragma_foreign_key_check').all() as { tbl: string; rowid: number }[];
    let round = 0;
    for (const { tbl, rowid } of dangling) round += db.prepare(`DELETE FROM ${quote(tbl)} WHERE rowid = ?`).run(rowid).changes;
    // A round that removes nothing would repeat forever; merge's checks see what is left.
    if (round === 0) return dropped;
    dropped += round;
  }
}
