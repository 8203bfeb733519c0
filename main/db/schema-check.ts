/**
 * The exact schema CaseCoder writes at each version, and the comparison a project file must
 * pass before any statement of ours reads it. A file carrying a trigger, view, index or table
 * of its own (or one of ours altered) could run SQL on the user's next action or hang a query
 * that reads what was a table: SQLite's guidance for untrusted files
 * (https://www.sqlite.org/security.html, "Untrusted SQLite Database Files") is to treat the
 * schema as hostile; CaseCoder accepts only its own.
 *
 * The expectation is derived, not listed: the migrations run up to that version on an
 * in-memory database, so every new migration (virtual tables and their shadow tables
 * included) is covered without editing this file.
 */
import { checkProbes, type CheckProbe } from './check-probes.js';
import { migrations } from './migrations/index.js';
import { rowProbes, type RowProbe } from './row-probes.js';
import { openSqlite } from './sqlite.js';

export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * SQLite keeps the CREATE text as written; only runs of white space are folded, so a file
 * written by another build with the same migrations still matches.
 */
export function schemaKey(row: SchemaRow): string {
  const sql = row.sql === null ? '' : row.sql.replace(/\s+/g, ' ').trim();
  return [row.type, row.name, row.tbl_name, sql].join('\u0000');
}

const expected: (readonly string[])[] = [];
const probes: (readonly CheckProbe[])[] = [];
const rows: (readonly RowProbe[])[] = [];

/** The schema keys of a project at `version` (0 = before the first migration), sorted. */
export function expectedSchemaKeys(version: number): readonly string[] {
  if (!Number.isInteger(version) || version < 0 || version > migrations.length) throw new Error(`no schema version ${version}`);
  return allExpectedSchemaKeys()[version]!;
}

/**
 * Every version's expected keys, for the worker thread that checks a file (file-check.ts
 * compares): the migrations run once, in order, on one in-memory database, each version's
 * schema read after its step. Computed once per process (every open of a project needs it).
 */
export function allExpectedSchemaKeys(): (readonly string[])[] {
  if (expected.length > 0) return expected;
  const db = openSqlite(':memory:');
  const read = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema');
  const note = () => {
    const schema = read.all() as SchemaRow[];
    expected.push(schema.map(schemaKey).sort());
    probes.push(checkProbes(schema));
    rows.push(rowProbes(new Set(schema.filter((row) => row.type === 'table').map((row) => row.name))));
  };
  try {
    note();
    for (const migration of migrations) {
      migration(db);
      note();
    }
  } finally {
    db.close();
  }
  return expected;
}

/** Every version's CHECK constraints as probes (check-probes.ts), derived with the keys. */
export function allCheckProbes(): (readonly CheckProbe[])[] {
  allExpectedSchemaKeys();
  return probes;
}

/** Every version's probes for data CaseCoder never writes (row-probes.ts), derived with the keys. */
export function allRowProbes(): (readonly RowProbe[])[] {
  allExpectedSchemaKeys();
  return rows;
}

/** The "type name" of each differing row, for the message and the log. */
export function describeKey(key: string): string {
  const [type, name] = key.split('\u0000');
  return `${type} ${name}`;
}
