/**
 * Migration 010: a code's segments are read from coding_code_idx alone (code_id, segment_id),
 * never from the coding rows: the segment page filtered by a code, its count, a code's quotes.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../main/db/store.js';

const plan = (store: Store, sql: string) =>
  (store.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 010', () => {
  it('covers a code’s segments with its index', () => {
    const store = Store.memory();
    for (const sql of [
      'SELECT count(DISTINCT x.segment_id) FROM coding x WHERE x.code_id = ?',
      'SELECT x.segment_id FROM coding x WHERE x.code_id = ? GROUP BY x.segment_id',
      'SELECT DISTINCT segment_id AS id FROM coding WHERE code_id = ?',
    ]) {
      expect(plan(store, sql)).toMatch(/USING COVERING INDEX coding_code_idx \(code_id=\?\)/);
    }
  });
});
