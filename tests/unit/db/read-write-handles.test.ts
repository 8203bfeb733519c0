import { describe, expect, it } from 'vitest';
import { insertCase, listCases } from '../../../main/db/repos/cases.js';
import { Store } from '../../../main/db/store.js';

describe('read and write handles', () => {
  it('refuses, before it runs, any statement through the read-only handle that would write', () => {
    const store = Store.memory();
    insertCase(store, 'P1', null);
    for (const sql of [
      "INSERT INTO case_ (guid, name, created_at) VALUES ('g', 'P2', '2026-01-01T00:00:00.000Z')",
      "UPDATE case_ SET name = 'renamed'",
      'DELETE FROM case_',
      'CREATE TABLE intruder (x)',
    ]) {
      expect(() => store.reader.prepare(sql), sql).toThrow(/read-only handle cannot run a statement that writes/);
    }
    expect(listCases(store).map((c) => c.name)).toEqual(['P1']);
    store.close();
  });

  it('reads through the read-only handle what the write handle wrote', () => {
    const store = Store.memory();
    insertCase(store, 'P1', null);
    expect(listCases(store.reader).map((c) => c.name)).toEqual(['P1']);
    expect(store.reader.prepare('SELECT count(*) FROM case_').pluck().get()).toBe(1);
    expect(store.reader.meta('name')).toBeNull();
    // A repository write takes the write type: the read-only handle does not type-check.
    // @ts-expect-error ReadStore has no transaction: it is not a WriteStore.
    expect(() => insertCase(store.reader, 'P2', null)).toThrow(/read-only handle/);
    expect('transaction' in store.reader).toBe(false);
    store.close();
  });
});
