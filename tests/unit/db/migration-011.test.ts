/**
 * Migration 011 on a version-10 project: segments and codings keep every row, id and memo link,
 * their GUIDs stay unique through named indexes (which bulk inserts can drop and build again),
 * the schema is exactly the latest's, and coding, removing and undoing still log and detach as
 * before.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { applyCode, removeCoding } from '../../../main/services/coding.js';
import { undo } from '../../../main/services/history.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t?.dispose());

/** A version-10 project: one document, two coded segments, memo links to a segment and a coding. */
function version10Project(path: string): void {
  olderProject(path, 10, {
    fill: (db) => {
      db.exec(`
        INSERT INTO coder (id, guid, name) VALUES (1, 'u1', 'Ada');
        INSERT INTO document (id, guid, case_id, name, text, origin, created_at) VALUES (1, 'd1', 1, 'D', 'Жұмыс бар. Работа есть.', 'paste', '2026-01-01T00:00:00.000Z');
        INSERT INTO framework (id, guid, name, sort) VALUES (1, 'f1', 'F', 1);
        INSERT INTO code (id, guid, framework_id, name, color, sort) VALUES (1, 'k1', 1, 'A', '#000000', 1), (2, 'k2', 1, 'B', '#000000', 2);
        INSERT INTO segment (id, guid, document_id, start, "end", quote, created_by, created_at) VALUES
          (5, 's5', 1, 0, 5, 'Жұмыс', 1, '2026-01-02T00:00:00.000Z'), (9, 's9', 1, 11, 17, 'Работа', 1, '2026-01-03T00:00:00.000Z');
        INSERT INTO coding (id, guid, segment_id, code_id, coder_id, created_at) VALUES
          (3, 'c3', 5, 1, 1, '2026-01-02T00:00:00.000Z'), (4, 'c4', 5, 2, 1, '2026-01-02T00:00:00.000Z'), (7, 'c7', 9, 2, 1, '2026-01-03T00:00:00.000Z');
        INSERT INTO memo (id, guid, name, text, created_by, created_at) VALUES (1, 'm1', 'M', 'memo', 1, '2026-01-04T00:00:00.000Z');
        INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (1, 'segment', 9), (1, 'coding', 4);`);
    },
  });
}

const rows = (db: { prepare(sql: string): { all(): unknown[] } }) => ({
  // The columns of version 11: migration 012 adds the quote's sort key.
  segments: db.prepare('SELECT id, guid, document_id, start, "end", quote, created_by, created_at FROM segment ORDER BY id').all(),
  codings: db.prepare('SELECT * FROM coding ORDER BY id').all(),
  links: db.prepare('SELECT memo_id, target_kind, target_id FROM memo_link ORDER BY id').all(),
});

describe('migration 011', () => {
  it('keeps every segment, coding and memo link, with the latest schema exactly', () => {
    t = newTestSession();
    const path = join(t.home, 'v10.casecoder');
    version10Project(path);
    t.session.openProject(path);
    const { store } = t.session.context();
    const { db } = store;
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(11);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(rows(db)).toEqual({
      segments: [
        { id: 5, guid: 's5', document_id: 1, start: 0, end: 5, quote: 'Жұмыс', created_by: 1, created_at: '2026-01-02T00:00:00.000Z' },
        { id: 9, guid: 's9', document_id: 1, start: 11, end: 17, quote: 'Работа', created_by: 1, created_at: '2026-01-03T00:00:00.000Z' },
      ],
      codings: [
        { id: 3, guid: 'c3', segment_id: 5, code_id: 1, coder_id: 1, created_at: '2026-01-02T00:00:00.000Z' },
        { id: 4, guid: 'c4', segment_id: 5, code_id: 2, coder_id: 1, created_at: '2026-01-02T00:00:00.000Z' },
        { id: 7, guid: 'c7', segment_id: 9, code_id: 2, coder_id: 1, created_at: '2026-01-03T00:00:00.000Z' },
      ],
      links: [{ memo_id: 1, target_kind: 'segment', target_id: 9 }, { memo_id: 1, target_kind: 'coding', target_id: 4 }],
    });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The coding's segment is a foreign key into the new segment table, under its own name.
    expect(db.prepare("SELECT \"table\" FROM pragma_foreign_key_list('coding') WHERE \"from\" = 'segment_id'").pluck().get()).toBe('segment');
  });

  it('still refuses a repeated GUID, through named indexes that bulk inserts may drop', () => {
    t = newTestSession();
    const path = join(t.home, 'v10.casecoder');
    version10Project(path);
    t.session.openProject(path);
    const { db } = t.session.context().store;
    expect(() => db.prepare(`INSERT INTO segment (guid, document_id, start, "end", quote, created_by, created_at) VALUES ('s5', 1, 1, 2, 'ұ', 1, 'x')`).run())
      .toThrow(/UNIQUE constraint failed: segment.guid/);
    expect(() => db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES ('c3', 9, 1, 1, 'x')").run())
      .toThrow(/UNIQUE constraint failed: coding.guid/);
    const named = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE INDEX%' AND tbl_name IN ('segment', 'coding') ORDER BY name").pluck().all();
    expect(named).toEqual(['coding_guid_idx', 'segment_guid_idx']);
  });

  it('logs, detaches and undoes codings as before', async () => {
    t = newTestSession();
    const path = join(t.home, 'v10.casecoder');
    version10Project(path);
    t.session.openProject(path);
    const ctx = t.session.context();
    const before = rows(ctx.store.db);
    const { segmentId } = applyCode(ctx, { documentId: 1, start: 6, end: 9, codeId: 1 });
    expect(ctx.store.db.prepare('SELECT quote FROM segment WHERE id = ?').pluck().get(segmentId)).toBe('бар');
    removeCoding(ctx, 4);
    expect(rows(ctx.store.db).links).toEqual([{ memo_id: 1, target_kind: 'segment', target_id: 9 }]);
    await undo(ctx);
    await undo(ctx);
    expect(rows(ctx.store.db)).toEqual(before);
  });
});
