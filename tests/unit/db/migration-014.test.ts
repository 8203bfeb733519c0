/**
 * Migration 014 on a version-12 project: the codings of a range of days are found by their own
 * index (coding_created_idx), the segments' index by day goes, the schema is exactly the
 * latest's, and the list filtered by days finds a segment made in January by its coding of
 * March, showing that coding's day.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t?.dispose());

/** A version-12 project: a segment made in January, coded then and again in March, and one made and coded in February. */
function version12Project(path: string): void {
  olderProject(path, 12, {
    fill: (db) => {
      db.exec(`
        INSERT INTO coder (id, guid, name) VALUES (1, 'u1', 'Ada'), (2, 'u2', 'Boris');
        INSERT INTO document (id, guid, case_id, name, text, origin, created_at) VALUES (1, 'd1', 1, 'D', 'Жұмыс бар. Работа есть.', 'paste', '2026-01-01T00:00:00.000Z');
        INSERT INTO framework (id, guid, name, sort) VALUES (1, 'f1', 'F', 1);
        INSERT INTO code (id, guid, framework_id, name, color, sort) VALUES (1, 'k1', 1, 'A', '#000000', 1), (2, 'k2', 1, 'B', '#000000', 2);
        INSERT INTO segment (id, guid, document_id, start, "end", quote, quote_key, created_by, created_at) VALUES
          (1, 's1', 1, 0, 5, 'Жұмыс', 'жұмыс', 1, '2026-01-02T10:00:00.000Z'), (2, 's2', 1, 11, 17, 'Работа', 'работа', 1, '2026-02-03T10:00:00.000Z');
        INSERT INTO coding (id, guid, segment_id, code_id, coder_id, created_at) VALUES
          (1, 'c1', 1, 1, 1, '2026-01-02T10:00:00.000Z'), (2, 'c2', 1, 2, 2, '2026-03-04T10:00:00.000Z'), (3, 'c3', 2, 1, 1, '2026-02-03T10:00:00.000Z');`);
    },
  });
}

describe('migration 014', () => {
  it('indexes the codings by day in place of the segments, with the latest schema exactly', () => {
    t = newTestSession();
    const path = join(t.home, 'v12.casecoder');
    version12Project(path);
    t.session.openProject(path);
    const { store } = t.session.context();
    const { db } = store;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(14);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%created%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['coding_created_idx']);
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT x.segment_id FROM coding x WHERE x.created_at >= ? AND x.created_at < ?').all('a', 'b') as { detail: string }[])
      .map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH x USING COVERING INDEX coding_created_idx \(created_at>\? AND created_at<\?\)/);

    const march = querySegments(store, { sort: 'position', descending: false, offset: 0, limit: 10, dateFrom: '2026-03-01', dateTo: '2026-03-31' });
    expect(march.rows.map((r) => [r.id, r.codedAt])).toEqual([[1, '2026-03-04T10:00:00.000Z']]);
    expect(march.total).toBe(1);
  });
});
