/**
 * Migration 012 on a version-11 project: every segment gets its quote's sort key, the schema is
 * exactly the latest's, the list sorts by quote as the alphabet reads, and a segment deleted
 * before the upgrade, whose image in the undo log has no key, comes back by undo with its key made
 * from its quote and in its place.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { quoteSortKey } from '../../../main/search/quote-key.js';
import { undo } from '../../../main/services/history.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t?.dispose());

/** A version-11 project: four coded segments, and a fifth deleted in an undoable step. */
function version11Project(path: string): void {
  olderProject(path, 11, {
    fill: (db) => {
      db.exec(`
        INSERT INTO coder (id, guid, name) VALUES (1, 'u1', 'Ada');
        INSERT INTO document (id, guid, case_id, name, text, origin, created_at) VALUES (1, 'd1', 1, 'D', 'Яна арбуз Әлия Ёлка Анна', 'paste', '2026-01-01T00:00:00.000Z');
        INSERT INTO framework (id, guid, name, sort) VALUES (1, 'f1', 'F', 1);
        INSERT INTO code (id, guid, framework_id, name, color, sort) VALUES (1, 'k1', 1, 'A', '#000000', 1);
        INSERT INTO segment (id, guid, document_id, start, "end", quote, created_by, created_at) VALUES
          (1, 's1', 1, 0, 3, 'Яна', 1, '2026-01-02T00:00:00.000Z'), (2, 's2', 1, 4, 9, 'арбуз', 1, '2026-01-02T00:00:00.000Z'),
          (3, 's3', 1, 10, 14, 'Әлия', 1, '2026-01-02T00:00:00.000Z'), (4, 's4', 1, 15, 19, 'Ёлка', 1, '2026-01-02T00:00:00.000Z'),
          (5, 's5', 1, 20, 24, 'Анна', 1, '2026-01-02T00:00:00.000Z');
        INSERT INTO coding (id, guid, segment_id, code_id, coder_id, created_at) VALUES
          (1, 'c1', 1, 1, 1, '2026-01-02T00:00:00.000Z'), (2, 'c2', 2, 1, 1, '2026-01-02T00:00:00.000Z'), (3, 'c3', 3, 1, 1, '2026-01-02T00:00:00.000Z'),
          (4, 'c4', 4, 1, 1, '2026-01-02T00:00:00.000Z'), (5, 'c5', 5, 1, 1, '2026-01-02T00:00:00.000Z');
        INSERT INTO history_step (id, label, created_at) VALUES (1, 'coding.remove', '2026-01-03');
        UPDATE history_cursor SET step_id = 1;
        DELETE FROM coding WHERE id = 3;
        DELETE FROM segment WHERE id = 3;
        UPDATE history_cursor SET step_id = NULL;`);
    },
  });
}

describe('migration 012', () => {
  it('gives every segment its sort key, with the latest schema exactly', () => {
    t = newTestSession();
    const path = join(t.home, 'v11.casecoder');
    version11Project(path);
    t.session.openProject(path);
    const { db } = t.session.context().store;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(12);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(db.prepare('SELECT id, quote_key AS key FROM segment ORDER BY id').all()).toEqual(
      [[1, 'Яна'], [2, 'арбуз'], [4, 'Ёлка'], [5, 'Анна']].map(([id, quote]) => ({ id, key: quoteSortKey(quote as string) })),
    );
  });

  it('sorts by quote as the alphabet reads, and brings back by undo a segment deleted before it, in its place', async () => {
    t = newTestSession();
    const path = join(t.home, 'v11.casecoder');
    version11Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    const byQuote = () => querySegments(ctx.store, { sort: 'quote', descending: false, offset: 0, limit: 10 }).rows.map((r) => r.quote);
    expect(byQuote()).toEqual(['Анна', 'арбуз', 'Ёлка', 'Яна']);
    await undo(ctx);
    expect(byQuote()).toEqual(['Анна', 'арбуз', 'Әлия', 'Ёлка', 'Яна']);
    expect(ctx.store.db.prepare('SELECT quote_key FROM segment WHERE id = 3').pluck().get()).toBe(quoteSortKey('Әлия'));
  });
});
