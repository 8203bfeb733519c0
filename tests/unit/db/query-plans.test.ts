import { describe, expect, it } from 'vitest';
import { Store } from '../../../main/db/store.js';

/** The hot queries must use their indexes, never a scan of a large table. */
const plan = (store: Store, sql: string) =>
  (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('query plans', () => {
  const store = Store.memory();

  it('reads a document\'s segments through the (document, start, end) index', () => {
    const detail = plan(store, 'SELECT s.id FROM segment s JOIN coding c ON c.segment_id = s.id WHERE s.document_id = ? ORDER BY s.start');
    expect(detail).toMatch(/SEARCH s USING (COVERING )?INDEX sqlite_autoindex_segment_2/);
    expect(detail).toMatch(/SEARCH c USING (COVERING )?INDEX sqlite_autoindex_coding_2/);
    expect(detail).not.toMatch(/SCAN (s|c)\b/);
  });

  it('finds a case\'s documents and a code\'s codings by index', () => {
    expect(plan(store, 'SELECT id FROM document WHERE case_id = ?')).toMatch(/INDEX document_case_idx/);
    expect(plan(store, 'SELECT segment_id FROM coding WHERE code_id = ?')).toMatch(/INDEX coding_code_idx/);
  });
});
