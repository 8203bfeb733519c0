import type { Database } from 'better-sqlite3';
import { changeLogTriggers, dropChangeLogTriggers } from '../tracked-tables.js';

/**
 * Memos (REFI-QDA notes) attached to the project or to any coded object, sets of codes,
 * documents and memos, and descriptions on cases and documents: what exchange with other
 * tools carries beyond codings.
 */
export function migrate002(db: Database): void {
  db.exec(`
    ALTER TABLE case_ ADD COLUMN description TEXT NOT NULL DEFAULT '';
    ALTER TABLE document ADD COLUMN description TEXT NOT NULL DEFAULT '';

    CREATE TABLE memo (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
      created_by INTEGER REFERENCES coder(id), created_at TEXT NOT NULL);

    -- target_id is NULL for a memo on the project itself.
    CREATE TABLE memo_link (
      id INTEGER PRIMARY KEY, memo_id INTEGER NOT NULL REFERENCES memo(id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'code', 'case', 'document', 'segment', 'coding')),
      target_id INTEGER,
      UNIQUE (memo_id, target_kind, target_id));
    CREATE INDEX memo_link_target_idx ON memo_link(target_kind, target_id);

    CREATE TABLE code_set (
      id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');
    CREATE TABLE set_member (
      id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES code_set(id),
      member_kind TEXT NOT NULL CHECK (member_kind IN ('code', 'document', 'memo')),
      member_id INTEGER NOT NULL,
      UNIQUE (set_id, member_kind, member_id));
  `);
  const columns: Record<string, string[]> = {
    case_: ['id', 'guid', 'name', 'group_id', 'created_at', 'description'],
    document: ['id', 'guid', 'case_id', 'name', 'text', 'origin', 'created_at', 'description'],
    memo: ['id', 'guid', 'name', 'text', 'created_by', 'created_at'],
    memo_link: ['id', 'memo_id', 'target_kind', 'target_id'],
    code_set: ['id', 'guid', 'name', 'description'],
    set_member: ['id', 'set_id', 'member_kind', 'member_id'],
  };
  for (const [table, list] of Object.entries(columns)) db.exec(dropChangeLogTriggers(table) + changeLogTriggers(table, list));
}
