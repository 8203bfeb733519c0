import { createHash } from 'node:crypto';
import { derivedColumns, ident, trackedTables, type TrackedTable } from '../tracked-tables.js';
import type { ReadStore, WriteStore } from '../store.js';
import { indexDocument } from './search.js';

export type Row = Record<string, unknown> & { id: number };

type Column<T extends TrackedTable> = (typeof trackedTables)[T][number];

/** The SELECT of `columns` (every tracked column by default) of every row of `table`, oldest first. */
const selectAll = <T extends TrackedTable>(table: T, columns: readonly Column<T>[] = trackedTables[table]) =>
  `SELECT ${columns.map(ident).join(', ')} FROM ${table} ORDER BY id`;

/** Every row of a tracked table, oldest first (for copying between projects); `columns` to read fewer. */
export function allRows<T extends TrackedTable>(store: ReadStore, table: T, columns?: readonly Column<T>[]): Row[] {
  return store.prepare(selectAll(table, columns)).all() as Row[];
}

/** The same rows read one at a time, for a table whose rows together are too big to hold (documents with their texts). */
export function eachRow<T extends TrackedTable>(store: ReadStore, table: T, columns?: readonly Column<T>[]): IterableIterator<Row> {
  return store.prepare(selectAll(table, columns)).iterate() as IterableIterator<Row>;
}

/** Inserts a row with the given column values (a fresh id); returns the id. */
export function insertRow(store: WriteStore, table: TrackedTable, values: Record<string, unknown>): number {
  const derived = derivedColumns(table, values);
  const columns = [...trackedTables[table].filter((c) => c !== 'id'), ...Object.keys(derived)];
  const row = { ...values, ...derived };
  const info = store
    .prepare(`INSERT INTO ${table} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => row[c] ?? null));
  const id = Number(info.lastInsertRowid);
  // The search index is kept from JavaScript, never by triggers calling app functions.
  if (table === 'document') indexDocument(store, id, String(values.text ?? ''));
  return id;
}

export type GuidTable = { [T in TrackedTable]: 'guid' extends (typeof trackedTables)[T][number] ? T : never }[TrackedTable];

/** Whether a row of `table` already has this GUID (an import then makes a new one). */
export function guidInUse(store: ReadStore, table: GuidTable, guid: string): boolean {
  return store.prepare(`SELECT 1 FROM ${table} WHERE guid = ?`).get(guid) !== undefined;
}

/** Every GUID in `table` (an import keeps them in a set rather than asking per row). */
export function guidsIn(store: ReadStore, table: GuidTable): Set<string> {
  return new Set(store.prepare(`SELECT guid FROM ${table}`).pluck().all() as string[]);
}

/** Every name used in `table` (an import keeps them in a set rather than asking per name). */
export function namesIn(store: ReadStore, table: 'framework' | 'attribute'): string[] {
  return (store.prepare(`SELECT name FROM ${table}`).all() as { name: string }[]).map((r) => r.name);
}

/**
 * A hash of every row of user data: equal for two states of a project exactly when they hold
 * the same data (ids included), whatever history led there. Rows are streamed, not held.
 */
export function contentFingerprint(store: ReadStore): string {
  const hash = createHash('sha256');
  for (const table of Object.keys(trackedTables) as TrackedTable[]) {
    hash.update(`\u0000${table}\u0000`);
    const sql = `SELECT ${trackedTables[table].map(ident).join(', ')} FROM ${table} ORDER BY id`;
    for (const row of store.prepare(sql).iterate() as Iterable<Record<string, unknown>>) hash.update(JSON.stringify(Object.values(row)));
  }
  return hash.digest('hex').slice(0, 16);
}
