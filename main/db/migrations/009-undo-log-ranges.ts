import type { Database } from 'better-sqlite3';

/**
 * Bulk inserts logged as id ranges. An import of 200,000 codings wrote 200,000 log rows through
 * a trigger each, which took most of the time its rows took and a megabyte per 35,000 rows of
 * the project file. A change with `last_row_id` says: the step inserted the rows of `tbl` with
 * ids from `row_id` to `last_row_id` (history.ts, logInsertsAsRanges); before and after stay NULL.
 *
 * While such a step is undone, redo needs the rows back: undo copies their images into
 * history_row_image, one row per row, keyed by the change, so the change keeps its place in
 * the step's order and redo writes them back in SQL, never holding the corpus in memory. Redo
 * drops the images again; they go with their change when a step is forgotten.
 */
export function migrate009(db: Database): void {
  db.exec(`
    ALTER TABLE history_change ADD COLUMN last_row_id INTEGER;
    CREATE TABLE history_row_image (
      change_seq INTEGER NOT NULL REFERENCES history_change(seq) ON DELETE CASCADE,
      row_id INTEGER NOT NULL,
      image TEXT NOT NULL,
      PRIMARY KEY (change_seq, row_id)) WITHOUT ROWID;`);
}
