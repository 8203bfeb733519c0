/**
 * Loads better-sqlite3 and opens every connection hardened as SQLite advises for database
 * files that may come from someone else ("Untrusted SQLite Database Files",
 * https://www.sqlite.org/security.html): a project is a file teammates exchange.
 *
 * - Defensive mode (SQLITE_DBCONFIG_DEFENSIVE) is on: better-sqlite3 sets it on every
 *   connection it opens and only `db.unsafeMode()` turns it off, which CaseCoder never calls.
 * - `trusted_schema = OFF`: views, triggers and schema expressions may not call functions with
 *   side effects (SQLite's default is ON).
 * - `cell_size_check = ON`: a corrupt b-tree cell is detected on read, not followed.
 * - Memory-mapped I/O off: a file changed or truncated under a mapping cannot crash the app.
 *
 * What this build cannot set: sqlite3_limit() and a progress handler are not exposed by
 * better-sqlite3 (SQLITE_OMIT_PROGRESS_CALLBACK), and hard_heap_limit is not enforced because
 * it is built with SQLITE_DEFAULT_MEMSTATUS=0. A foreign file's cost is bounded instead by
 * checking it in a worker thread with a time limit before any statement of ours reads it
 * (file-check.ts), and by refusing any schema that is not exactly CaseCoder's (schema-check.ts),
 * so no view, trigger or expression of theirs ever runs.
 *
 * Under Electron the module must be the build for Electron's ABI, kept apart from Node's build
 * (which the tests and the command line use): the Electron shell names it through
 * CASECODER_SQLITE_BINDING.
 */
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { normalizeWord } from '../search/normalize.js';

export const HARDENING_PRAGMAS: readonly string[] = ['trusted_schema = OFF', 'cell_size_check = ON', 'mmap_size = 0'];

export interface OpenOptions {
  readonly?: boolean;
}

export function openSqlite(path: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(path, { ...sqliteOptions(), readonly: options.readonly ?? false });
  try {
    for (const pragma of HARDENING_PRAGMAS) db.pragma(pragma);
    // Text as search compares it (lower case in every script, ё as е): SQLite's own lower() and
    // LIKE fold ASCII letters only, so «ВИЗОЙ» would not find «визой». Not innocuous, so no
    // schema of a file from outside can call it (trusted_schema is off).
    db.function('search_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? normalizeWord(text) : text));
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Where better-sqlite3 and its native binding are, for a worker thread that opens files too. */
export function sqliteModule(): { modulePath: string; nativeBinding: string | undefined } {
  return { modulePath: createRequire(import.meta.url).resolve('better-sqlite3'), nativeBinding: sqliteOptions().nativeBinding };
}

function sqliteOptions(): { nativeBinding?: string } {
  const nativeBinding = process.env.CASECODER_SQLITE_BINDING;
  return nativeBinding ? { nativeBinding } : {};
}
