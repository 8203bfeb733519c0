import { ident, trackedTables, type TrackedTable } from '../tracked-tables.js';
import type { ReadStore, WriteStore } from '../store.js';

export type Row = Record<string, unknown> & { id: number };

/** Every row of a tracked table, oldest first (for copying between projects). */
export function allRows(store: ReadStore, table: TrackedTable): Row[] {
  return store.prepare(`SELECT ${trackedTables[table].map(ident).join(', ')} FROM ${table} ORDER BY id`).all() as Row[];
}

/** Inserts a row with the given column values (a fresh id); returns the id. */
export function insertRow(store: WriteStore, table: TrackedTable, values: Record<string, unknown>): number {
  const columns = trackedTables[table].filter((c) => c !== 'id');
  const info = store
    .prepare(`INSERT INTO ${table} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => values[c] ?? null));
  return Number(info.lastInsertRowid);
}

export type GuidTable = { [T in TrackedTable]: 'guid' extends (typeof trackedTables)[T][number] ? T : never }[TrackedTable];

/** Whether a row of `table` already has this GUID (an import then makes a new one). */
export function guidInUse(store: ReadStore, table: GuidTable, guid: string): boolean {
  return store.prepare(`SELECT 1 FROM ${table} WHERE guid = ?`).get(guid) !== undefined;
}

/** Whether a row of `table` already has this name, compared without case. */
export function nameInUse(store: ReadStore, table: 'framework' | 'attribute', name: string): boolean {
  return store.prepare(`SELECT 1 FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name) !== undefined;
}
