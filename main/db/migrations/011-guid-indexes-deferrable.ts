import type { Database } from 'better-sqlite3';
import { changeLogTriggers, detachTrigger } from '../tracked-tables.js';

/** The two tables' columns as this migration makes them (frozen, as every migration's are). */
const segmentColumns = ['id', 'guid', 'document_id', 'start', 'end', 'quote', 'created_by', 'created_at'];
const codingColumns = ['id', 'guid', 'segment_id', 'code_id', 'coder_id', 'created_at'];

/**
 * Segment and coding GUIDs unique through named indexes instead of UNIQUE in the table. SQLite
 * cannot drop the index behind a column constraint, so every imported or merged row added its
 * random GUID to two B-trees, a random page each: 1.5 of the 2.5 s that the reference corpus's
 * 166,815 segments and 200,000 codings took to insert. A named index is one that bulk inserts
 * can build once at the end, from sorted keys (deferred-indexes.ts); it refuses a repeated GUID
 * just the same.
 *
 * SQLite changes a table's constraints only by rebuilding it ("Making Other Kinds Of Table
 * Schema Changes", sqlite.org/lang_altertable.html). Foreign keys are on and cannot be turned
 * off inside the migration's transaction, so the order matters: the new coding table refers to
 * the new segment table, the old tables go before the new ones take their names (the rename
 * makes the new coding's reference say `segment`), and nothing refers to an old table when it
 * is dropped. A dropped table's rows leave without firing triggers, so memo links stay.
 */
export function migrate011(db: Database): void {
  const segment = segmentColumns.map((c) => `"${c}"`).join(', ');
  const coding = codingColumns.map((c) => `"${c}"`).join(', ');
  db.exec(`
    CREATE TABLE segment_new (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL,
      document_id INTEGER NOT NULL REFERENCES document(id),
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES coder(id), created_at TEXT NOT NULL,
      CHECK (start >= 0 AND "end" > start),
      UNIQUE (document_id, start, "end"));
    INSERT INTO segment_new (${segment}) SELECT ${segment} FROM segment;
    CREATE TABLE coding_new (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL,
      segment_id INTEGER NOT NULL REFERENCES segment_new(id),
      code_id INTEGER NOT NULL REFERENCES code(id),
      coder_id INTEGER NOT NULL REFERENCES coder(id),
      created_at TEXT NOT NULL,
      UNIQUE (segment_id, code_id, coder_id));
    INSERT INTO coding_new (${coding}) SELECT ${coding} FROM coding;
    DROP TABLE coding;
    DROP TABLE segment;
    ALTER TABLE segment_new RENAME TO segment;
    ALTER TABLE coding_new RENAME TO coding;
    CREATE UNIQUE INDEX segment_guid_idx ON segment(guid);
    CREATE INDEX segment_created_idx ON segment(created_at);
    CREATE UNIQUE INDEX coding_guid_idx ON coding(guid);
    CREATE INDEX coding_code_idx ON coding(code_id, segment_id);
    CREATE INDEX coding_coder_idx ON coding(coder_id);
    ${changeLogTriggers('segment', segmentColumns, 'reference')}
    ${changeLogTriggers('coding', codingColumns, 'reference')}
    ${detachTrigger('segment', 'segment', false)}
    ${detachTrigger('coding', 'coding', false)}`);
}
