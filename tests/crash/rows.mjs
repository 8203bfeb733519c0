/**
 * The project's user data as the crash harness compares it: one hash per row of every tracked
 * table, keyed "table:id", and the undo history as (step id, undone) pairs. The worker and the
 * checker both use this module, so a row read from a table and its image in the history log
 * hash alike.
 */
import { createHash } from 'node:crypto';

export function rowKey(table, id) {
  return `${table}:${id}`;
}

/** Hash of a row's values in the tracked column order (a history image is hashed the same way). */
export function rowHash(columns, row) {
  return createHash('sha1').update(JSON.stringify(columns.map((c) => row[c] ?? null))).digest('base64');
}

export function readAllRows(db, trackedTables) {
  const rows = new Map();
  for (const [table, columns] of Object.entries(trackedTables)) {
    for (const row of db.prepare(`SELECT * FROM ${table}`).iterate()) rows.set(rowKey(table, row.id), rowHash(columns, row));
  }
  return rows;
}

/**
 * The rows a history change names: its row, or every row of its id range (a bulk insert, logged
 * as a range since migration 009: an import's or a merge's segments and codings).
 */
function changedIds(change) {
  const last = change.last_row_id ?? change.id;
  const ids = [];
  for (let id = change.id; id <= last; id++) ids.push(id);
  return ids;
}

/** The current hash of each row a history step touched; null for a row that is gone. */
export function readStepRows(db, trackedTables, stepId) {
  const touched = db.prepare('SELECT DISTINCT tbl, row_id AS id, last_row_id FROM history_change WHERE step_id = ?').all(stepId);
  const rows = {};
  for (const change of touched) {
    for (const id of changedIds(change)) {
      const row = db.prepare(`SELECT * FROM ${change.tbl} WHERE id = ?`).get(id);
      rows[rowKey(change.tbl, id)] = row ? rowHash(trackedTables[change.tbl], row) : null;
    }
  }
  return rows;
}

/**
 * For each row a step touched: its hash before the step (first before-image) and after it
 * (last after-image), null where the row did not exist.
 */
export function readStepImages(db, trackedTables, stepId) {
  const changes = db.prepare('SELECT tbl, row_id AS id, last_row_id, before, after FROM history_change WHERE step_id = ? ORDER BY seq').all(stepId)
    .flatMap((change) => changedIds(change).map((id) => ({ ...change, id })));
  const images = new Map();
  const hashOf = (tbl, image) => (image === null ? null : rowHash(trackedTables[tbl], JSON.parse(image)));
  // An insert is logged by reference (both images NULL, migration 006): its after image is the row itself.
  const current = (tbl, id) => {
    const row = db.prepare(`SELECT * FROM ${tbl} WHERE id = ?`).get(id);
    return row ? rowHash(trackedTables[tbl], row) : null;
  };
  for (const change of changes) {
    const key = rowKey(change.tbl, change.id);
    const known = images.get(key);
    const after = change.before === null && change.after === null ? current(change.tbl, change.id) : hashOf(change.tbl, change.after);
    images.set(key, { before: known ? known.before : hashOf(change.tbl, change.before), after });
  }
  return images;
}

export function readHistory(db) {
  return db.prepare('SELECT id, undone FROM history_step ORDER BY id').all().map((s) => ({ id: s.id, undone: s.undone === 1 }));
}
