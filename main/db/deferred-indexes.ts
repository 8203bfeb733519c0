/**
 * Bulk inserts with a table's secondary indexes built afterwards. An index whose key arrives in
 * random order (a creation time, a code id) costs a B-tree descent and a page rewrite per row
 * while rows stream in; building it once from the finished table sorts instead. Worth it only
 * when the rows added outnumber the rows already there, so callers pass that estimate.
 *
 * The indexes are dropped and re-created inside the caller's transaction, with the very SQL the
 * schema holds, so the schema after is identical (schema-check.ts compares it) and a rollback or
 * a crash leaves the indexes as they were.
 */
import type { WriteStore } from './store.js';

export function withIndexesDeferred<T>(store: WriteStore, tables: readonly string[], rowsToAdd: number, insert: () => T): T {
  const rowsNow = tables.reduce((sum, table) => sum + (store.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number), 0);
  if (rowsToAdd <= rowsNow) return insert();
  const indexes = store
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) store.prepare(`DROP INDEX "${index.name}"`).run();
  const result = insert();
  for (const index of indexes) store.prepare(index.sql).run();
  return result;
}
