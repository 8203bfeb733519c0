/**
 * The store prepares each SQL text once and hands the same statement to every caller: one
 * caller's .pluck() or .raw() must not change what the next caller of that SQL reads.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../main/db/store.js';
import { ensureCoder, findCoder } from '../../../main/db/repos/coders.js';

describe('the statement cache', () => {
  it('gives each caller the statement in its default mode', () => {
    const store = Store.memory();
    try {
      const ada = ensureCoder(store, 'Ada');
      const sql = 'SELECT id FROM coder WHERE name = ?';
      expect(store.prepare(sql).pluck().get('Ada')).toBe(ada);
      // findCoder reads the row's .id from the same SQL: a plucking statement gave it undefined.
      expect(findCoder(store, 'Ada')).toBe(ada);
      expect(store.prepare(sql).raw().get('Ada')).toEqual([ada]);
      expect(ensureCoder(store, 'Ada')).toBe(ada);
      expect(store.prepare('SELECT count(*) AS n FROM coder').get()).toEqual({ n: 1 });
    } finally {
      store.close();
    }
  });
});
