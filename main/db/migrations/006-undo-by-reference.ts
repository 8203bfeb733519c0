import type { Database } from 'better-sqlite3';
import { insertByReferenceTrigger } from '../tracked-tables.js';

/**
 * Undo by reference: an inserted row is logged as its table and id only (before and after
 * NULL), not as a JSON copy. Importing a corpus used to copy every document's text and every
 * segment into the log, more than doubling the project file. Undo reads the row's image when
 * it removes the row (history.ts), so redo can put it back; redo drops the image again.
 *
 * Every table that has a change-log insert trigger gets the new one, so tables added by
 * earlier migrations are covered without a list frozen here.
 */
export function migrate006(db: Database): void {
  const tables = db
    .prepare("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name = tbl_name || '_log_insert'")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    db.exec(`DROP TRIGGER ${table}_log_insert; ${insertByReferenceTrigger(table)}`);
  }
  // Steps that are done can be undone from the rows themselves; undone steps keep their
  // images, which redo needs.
  db.exec(`
    UPDATE history_change SET after = NULL
    WHERE before IS NULL AND after IS NOT NULL
      AND step_id IN (SELECT id FROM history_step WHERE undone = 0)`);
}
