import type { Database } from 'better-sqlite3';
import { detachTrigger } from '../tracked-tables.js';

/**
 * Memo links and set members point at rows of several tables, so they cannot be foreign keys.
 * These triggers delete them with the row they point at; inside a user action the deletions
 * are logged like any other, so undo brings them back. Without them a deleted code's memo
 * would attach itself to the next code given the same id.
 */
export function migrate003(db: Database): void {
  const targets: [table: string, kind: string, inSets: boolean][] = [
    ['case_', 'case', false],
    ['document', 'document', true],
    ['segment', 'segment', false],
    ['coding', 'coding', false],
    ['code', 'code', true],
  ];
  for (const [table, kind, inSets] of targets) db.exec(detachTrigger(table, kind, inSets));
  // Links already left dangling by earlier versions.
  db.exec(`
    DELETE FROM memo_link WHERE
      (target_kind = 'case' AND target_id NOT IN (SELECT id FROM case_)) OR
      (target_kind = 'document' AND target_id NOT IN (SELECT id FROM document)) OR
      (target_kind = 'segment' AND target_id NOT IN (SELECT id FROM segment)) OR
      (target_kind = 'coding' AND target_id NOT IN (SELECT id FROM coding)) OR
      (target_kind = 'code' AND target_id NOT IN (SELECT id FROM code));
    DELETE FROM set_member WHERE
      (member_kind = 'document' AND member_id NOT IN (SELECT id FROM document)) OR
      (member_kind = 'code' AND member_id NOT IN (SELECT id FROM code)) OR
      (member_kind = 'memo' AND member_id NOT IN (SELECT id FROM memo));`);
}
