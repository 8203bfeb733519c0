import { ident, trackedTables, type TrackedTable } from '../tracked-tables.js';
import type { Store } from '../store.js';

export type Row = Record<string, unknown> & { id: number };

/** Every row of a tracked table, oldest first (for copying between projects). */
export function allRows(store: Store, table: TrackedTable): Row[] {
  return store.prepare(`SELECT ${trackedTables[table].map(ident).join(', ')} FROM ${table} ORDER BY id`).all() as Row[];
}

/** Inserts a row with the given column values (a fresh id); returns the id. */
export function insertRow(store: Store, table: TrackedTable, values: Record<string, unknown>): number {
  const columns = trackedTables[table].filter((c) => c !== 'id');
  const info = store
    .prepare(`INSERT INTO ${table} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => values[c] ?? null));
  return Number(info.lastInsertRowid);
}
