import type { Database } from 'better-sqlite3';
import { changeLogTriggers } from '../tracked-tables.js';

/** The tracked tables' columns as this migration made them (frozen: later migrations add their own). */
const trackedColumns: Record<string, string[]> = {
  coder: ['id', 'guid', 'name'],
  case_group: ['id', 'name', 'sort'],
  case_: ['id', 'guid', 'name', 'group_id', 'created_at'],
  attribute: ['id', 'guid', 'name', 'type', 'choices', 'sort'],
  case_attribute: ['id', 'case_id', 'attribute_id', 'value'],
  document: ['id', 'guid', 'case_id', 'name', 'text', 'origin', 'created_at'],
  framework: ['id', 'guid', 'name', 'exclusive', 'sort'],
  code: ['id', 'guid', 'framework_id', 'parent_id', 'name', 'color', 'description', 'sort'],
  segment: ['id', 'guid', 'document_id', 'start', 'end', 'quote', 'created_by', 'created_at'],
  coding: ['id', 'guid', 'segment_id', 'code_id', 'coder_id', 'created_at'],
};

/** The first schema: cases, documents, codebook, segments, and the undo history. */
export function migrate001(db: Database): void {
  db.exec(`
    CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE coder (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE);

    CREATE TABLE case_group (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, sort INTEGER NOT NULL);

    CREATE TABLE case_ (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
      group_id INTEGER REFERENCES case_group(id), created_at TEXT NOT NULL);
    CREATE INDEX case_group_idx ON case_(group_id);

    CREATE TABLE attribute (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean', 'choice')),
      choices TEXT NOT NULL DEFAULT '[]', sort INTEGER NOT NULL);

    CREATE TABLE case_attribute (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_(id),
      attribute_id INTEGER NOT NULL REFERENCES attribute(id),
      value TEXT NOT NULL,
      UNIQUE (case_id, attribute_id));

    CREATE TABLE document (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,
      case_id INTEGER NOT NULL REFERENCES case_(id),
      name TEXT NOT NULL, text TEXT NOT NULL, origin TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX document_case_idx ON document(case_id);

    CREATE TABLE framework (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      exclusive INTEGER NOT NULL DEFAULT 0, sort INTEGER NOT NULL);

    CREATE TABLE code (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,
      framework_id INTEGER NOT NULL REFERENCES framework(id),
      parent_id INTEGER REFERENCES code(id),
      name TEXT NOT NULL, color TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
      sort INTEGER NOT NULL);
    CREATE INDEX code_framework_idx ON code(framework_id);
    CREATE INDEX code_parent_idx ON code(parent_id);

    -- quote is a copy of the span: document texts never change, and sorting or filtering
    -- 200,000 segments must not read a large document once per segment.
    CREATE TABLE segment (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,
      document_id INTEGER NOT NULL REFERENCES document(id),
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES coder(id), created_at TEXT NOT NULL,
      CHECK (start >= 0 AND "end" > start),
      UNIQUE (document_id, start, "end"));
    CREATE INDEX segment_created_idx ON segment(created_at);

    CREATE TABLE coding (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE,
      segment_id INTEGER NOT NULL REFERENCES segment(id),
      code_id INTEGER NOT NULL REFERENCES code(id),
      coder_id INTEGER NOT NULL REFERENCES coder(id),
      created_at TEXT NOT NULL,
      UNIQUE (segment_id, code_id, coder_id));
    CREATE INDEX coding_code_idx ON coding(code_id);
    CREATE INDEX coding_coder_idx ON coding(coder_id);

    -- Undo history: one step per user action, holding the before and after image of every
    -- row it changed. It lives in the project so undo survives closing and reopening.
    CREATE TABLE history_step (
      id INTEGER PRIMARY KEY, label TEXT NOT NULL, created_at TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE history_change (
      seq INTEGER PRIMARY KEY, step_id INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
      tbl TEXT NOT NULL, row_id INTEGER NOT NULL, before TEXT, after TEXT);
    CREATE INDEX history_change_step_idx ON history_change(step_id);
    -- The step being recorded; NULL outside a user action and while replaying history.
    CREATE TABLE history_cursor (only INTEGER PRIMARY KEY CHECK (only = 1), step_id INTEGER);
    INSERT INTO history_cursor (only, step_id) VALUES (1, NULL);
  `);
  for (const [table, columns] of Object.entries(trackedColumns)) {
    db.exec(changeLogTriggers(table, columns));
  }
}
