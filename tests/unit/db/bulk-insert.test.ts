/**
 * Bulk inserts (an import, a merge) build the segment and coding tables' secondary indexes once
 * at the end when they add more rows than the tables hold, and leave the schema exactly as it
 * was, also when the work fails and its transaction rolls back. And every project connection
 * keeps statement journals in memory, which a long transaction otherwise writes to a file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withIndexesDeferred } from '../../../main/db/deferred-indexes.js';
import { Store } from '../../../main/db/store.js';

const TABLES = ['segment', 'coding'];
const indexes = (store: Store) =>
  store.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('segment', 'coding') ORDER BY name").all();
const named = (store: Store) => (indexes(store) as { sql: string | null }[]).filter((i) => i.sql !== null).length;

let folder: string | null = null;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

describe('withIndexesDeferred', () => {
  it('inserts without the secondary indexes when it adds more rows than there are, then restores them unchanged', () => {
    const store = Store.memory();
    const before = indexes(store);
    expect(named(store)).toBeGreaterThan(0);
    let duringInsert = -1;
    store.transaction(() => withIndexesDeferred(store, TABLES, 10, () => { duringInsert = named(store); }));
    expect(duringInsert).toBe(0);
    expect(indexes(store)).toEqual(before);
    expect(store.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  });

  it('keeps the indexes when the tables already hold as many rows as it adds', () => {
    const store = Store.memory();
    let duringInsert = -1;
    store.transaction(() => withIndexesDeferred(store, TABLES, 0, () => { duringInsert = named(store); }));
    expect(duringInsert).toBe(indexes(store).filter((i) => (i as { sql: string | null }).sql !== null).length);
    expect(duringInsert).toBeGreaterThan(0);
  });

  it('leaves the indexes in place when the work fails and rolls back', () => {
    const store = Store.memory();
    const before = indexes(store);
    expect(() => store.transaction(() => withIndexesDeferred(store, TABLES, 10, () => { throw new Error('cancelled'); }))).toThrow('cancelled');
    expect(indexes(store)).toEqual(before);
  });
});

describe('a project connection', () => {
  it('keeps temporary journals in memory (temp_store = MEMORY)', () => {
    folder = mkdtempSync(join(tmpdir(), 'casecoder-temp-store-'));
    const store = Store.create(join(folder, 'p.casecoder'), 'p');
    try {
      expect(store.prepare('PRAGMA temp_store').pluck().get()).toBe(2);
    } finally {
      store.close();
    }
  });
});
