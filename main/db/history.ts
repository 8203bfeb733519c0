/**
 * Undo and redo of every user action, kept in the project file.
 *
 * A user action runs inside `recordStep`: triggers on the tracked tables log each changed
 * row's before and after image into that step (an inserted row by reference only, its image
 * kept while the step is undone: see keepInsertedRows). Bulk inserts log one id range per table
 * instead (logInsertsAsRanges). Undo writes the before images back, newest change first; redo
 * writes the after images, oldest first. Undone steps form the redo stack until a new action
 * discards them.
 */
import { AppError } from '../errors.js';
import type { HistoryState, StepPlace } from '../../shared/entities.js';
import { derivedColumns, ident, isTrackedTable, trackedTables, type TrackedTable } from './tracked-tables.js';
import { type Store, type WriteStore } from './store.js';
import { now } from './stamps.js';
import { getCode } from './repos/codebook.js';
import { caseLabel } from '../../shared/sheets.js';
import { indexDocument } from './repos/search.js';
import { setQuoteKeys } from './repos/segments.js';

interface Change {
  seq: number;
  tbl: string;
  row_id: number;
  /** Set on a range of inserted rows (migration 009): the last id of the range. */
  last_row_id: number | null;
  before: string | null;
  after: string | null;
}

/** Runs `action` as one undoable step, in one transaction. */
export function recordStep<T>(store: Store, label: string, action: () => T): T {
  return store.transaction(() => {
    const step = store.prepare('INSERT INTO history_step (label, created_at) VALUES (?, ?)').run(label, now());
    const stepId = Number(step.lastInsertRowid);
    store.prepare('UPDATE history_cursor SET step_id = ?').run(stepId);
    try {
      return action();
    } finally {
      store.prepare('UPDATE history_cursor SET step_id = NULL').run();
      const changed = store.prepare('SELECT 1 FROM history_change WHERE step_id = ? LIMIT 1').get(stepId);
      // Only an action that changed something discards what could be redone. Undone steps are
      // always the newest (undo takes the last done step, redo the first undone one, and this
      // removes them all), so they are found down from this step by the primary key: testing
      // `undone` on every step the project ever recorded cost each action more than its commit.
      if (changed) {
        store
          .prepare(
            `DELETE FROM history_step WHERE undone = 1
               AND id > coalesce((SELECT id FROM history_step WHERE undone = 0 AND id < ? ORDER BY id DESC LIMIT 1), 0)`,
          )
          .run(stepId);
      } else {
        store.prepare('DELETE FROM history_step WHERE id = ?').run(stepId);
      }
    }
  });
}

/**
 * Runs `insert` inside the open step with the per-row log off, then logs the rows it added to
 * each tracked table as one id range (migration 009). Ids of new rows are above every id a
 * table held (INTEGER PRIMARY KEY takes max + 1), so the range is exactly what `insert` added.
 * For work that only inserts: an update or delete made inside it would not be logged, so undo
 * could not reverse it.
 */
export function logInsertsAsRanges<T>(store: WriteStore, insert: () => T): T {
  const stepId = store.prepare('SELECT step_id FROM history_cursor').pluck().get() as number | null;
  if (stepId === null) throw new Error('logInsertsAsRanges runs inside recordStep');
  const tables = Object.keys(trackedTables) as TrackedTable[];
  const lastIds = () => tables.map((table) => store.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number);
  const before = lastIds();
  store.prepare('UPDATE history_cursor SET step_id = NULL').run();
  // With the cursor NULL the insert triggers log nothing, yet each still runs its WHEN subquery
  // on every row: 1.1 s of the reference corpus's 166,584 segment inserts. They are dropped for
  // the inserts and made again with the schema's own SQL in the same transaction, so the schema
  // after is identical (schema-check.ts compares it) and a rollback or a crash keeps them.
  const triggers = store
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables.map((table) => `${table}_log_insert`)) as { name: string; sql: string }[];
  for (const trigger of triggers) store.prepare(`DROP TRIGGER "${trigger.name}"`).run();
  let result: T;
  try {
    result = insert();
  } finally {
    for (const trigger of triggers) store.prepare(trigger.sql).run();
    store.prepare('UPDATE history_cursor SET step_id = ?').run(stepId);
  }
  const after = lastIds();
  const logRange = store.prepare('INSERT INTO history_change (step_id, tbl, row_id, last_row_id) VALUES (?, ?, ?, ?)');
  tables.forEach((table, i) => {
    if (after[i]! > before[i]!) logRange.run(stepId, table, before[i]! + 1, after[i]!);
  });
  return result;
}

export function historyState(store: Store): HistoryState {
  const undo = lastDone(store);
  const redo = firstUndone(store);
  return {
    canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null,
    undoSubject: undo ? stepSubject(store, undo) : null, redoSubject: redo ? stepSubject(store, redo) : null,
    undoTarget: undo ? mergeTarget(store, undo) : null, redoTarget: redo ? mergeTarget(store, redo) : null,
    undoPlace: undo ? stepPlace(store, undo) : null, redoPlace: redo ? stepPlace(store, redo) : null,
  };
}

/**
 * Where a step's subject is found among its changes: the table, the column naming it, and which
 * change (a changed coding removes the old code's coding, then adds the new one's: the last). A
 * coding is named by its code, a case with its group («Entrepreneurs · 4»).
 */
type Subject = { table: TrackedTable; column: 'name' | 'code_id'; last?: true };
const subjectOf = (subject: Subject, ...labels: string[]) => Object.fromEntries(labels.map((label) => [label, subject]));
const SUBJECTS: Record<string, Subject> = {
  ...subjectOf({ table: 'coding', column: 'code_id' }, 'coding.apply', 'coding.remove'),
  ...subjectOf({ table: 'coding', column: 'code_id', last: true }, 'coding.change'),
  ...subjectOf({ table: 'code', column: 'name' }, 'codes.create', 'codes.update', 'codes.delete', 'codes.move'),
  // A merge deletes the merged code's sub-codes first and the code itself last.
  ...subjectOf({ table: 'code', column: 'name', last: true }, 'codes.merge'),
  ...subjectOf({ table: 'framework', column: 'name' }, 'frameworks.create', 'frameworks.update'),
  ...subjectOf({ table: 'case_', column: 'name' }, 'cases.create', 'cases.rename', 'cases.setGroup', 'cases.delete'),
  ...subjectOf({ table: 'document', column: 'name' }, 'documents.rename', 'documents.move', 'documents.delete'),
};

/**
 * SQL for a column of the row a change (as `c`) names: from its image after the step or before
 * it, or from the row itself for an insert logged by reference.
 */
function loggedColumn(column: string, table: string): string {
  return `COALESCE(json_extract(c.after, '$.${column}'), json_extract(c.before, '$.${column}'), (SELECT t.${column} FROM ${table} t WHERE t.id = c.row_id))`;
}

/**
 * The name a step acted on, read from its log: the row's image after the step (or before it, for
 * a deletion), or the row itself for an insert logged by reference. Only the one column is read,
 * never a whole image's text.
 */
function stepSubject(store: Store, step: { id: number; label: string }): string | null {
  const subject = SUBJECTS[step.label];
  if (!subject) return null;
  const { table, column } = subject;
  const read = (name: string) => loggedColumn(name, table);
  // A case is also read with its group: each group numbers its cases 1…n, so «4» alone did not say which.
  const group = table === 'case_' ? `(SELECT g.name FROM case_group g WHERE g.id = ${read('group_id')})` : 'NULL';
  const row = store
    .prepare(
      `SELECT ${read(column)} AS value, ${group} AS groupName
       FROM history_change c WHERE c.step_id = ? AND c.tbl = '${table}' AND c.last_row_id IS NULL ORDER BY c.seq ${subject.last ? 'DESC' : 'ASC'} LIMIT 1`,
    )
    .get(step.id) as { value: string | number | null; groupName: string | null } | undefined;
  if (row === undefined || row.value === null) return null;
  if (column === 'name') return caseLabel(String(row.value), row.groupName);
  return getCode(store, Number(row.value))?.name ?? null;
}

/** The code a merge went into: the one code row its step logs and keeps (logMergeTarget), the others being deleted. */
function mergeTarget(store: Store, step: { id: number; label: string }): string | null {
  if (step.label !== 'codes.merge') return null;
  const row = store
    .prepare(`SELECT json_extract(c.after, '$.name') AS name FROM history_change c WHERE c.step_id = ? AND c.tbl = 'code' AND c.after IS NOT NULL ORDER BY c.seq LIMIT 1`)
    .get(step.id) as { name: string | null } | undefined;
  return row?.name ?? null;
}

/** The steps that code in one document, whose codings' segment says which. */
const CODING_STEPS = new Set(['coding.apply', 'coding.remove', 'coding.change']);

/**
 * The document a coding step acted in, read as its subject is: the coding's segment from the
 * coding's image (or row), and that segment's document from the segment's row, or from its image
 * in the step where the step made it and an undo has since removed it.
 */
function stepPlace(store: Store, step: { id: number; label: string }): StepPlace | null {
  if (!CODING_STEPS.has(step.label)) return null;
  const place = store
    .prepare(
      `WITH coded AS (SELECT ${loggedColumn('segment_id', 'coding')} AS segmentId FROM history_change c
                      WHERE c.step_id = ? AND c.tbl = 'coding' AND c.last_row_id IS NULL ORDER BY c.seq LIMIT 1),
            placed AS (SELECT COALESCE((SELECT s.document_id FROM segment s WHERE s.id = coded.segmentId),
                                       (SELECT ${loggedColumn('document_id', 'segment')} FROM history_change c
                                        WHERE c.step_id = ? AND c.tbl = 'segment' AND c.row_id = coded.segmentId)) AS documentId FROM coded)
       SELECT d.id AS documentId, d.name AS documentName, k.name AS caseName, g.name AS groupName
       FROM placed JOIN document d ON d.id = placed.documentId JOIN case_ k ON k.id = d.case_id LEFT JOIN case_group g ON g.id = k.group_id`,
    )
    .get(step.id, step.id) as StepPlace | undefined;
  return place ?? null;
}

/**
 * How far an undo or redo is: one unit per change replayed and one for the step's own
 * bookkeeping, reported last, so done = total only once everything is written. It may throw to
 * stop (a cancelled job), which rolls the whole undo or redo back.
 */
export type ReplayProgress = (done: number, total: number) => void;

export function undo(store: Store, progress: ReplayProgress = () => {}): HistoryState {
  store.transaction(() => {
    const step = lastDone(store);
    if (!step) throw new AppError('nothingToUndo', 'Nothing to undo');
    const changes = store
      .prepare('SELECT seq, tbl, row_id, last_row_id, before, NULL AS after FROM history_change WHERE step_id = ? ORDER BY seq DESC')
      .all(step.id) as Change[];
    const total = changes.length + 1;
    progress(0, total);
    keepInsertedRows(store, step.id);
    replay(store, changes, 'before', (done) => progress(done, total));
    store.prepare('UPDATE history_step SET undone = 1 WHERE id = ?').run(step.id);
    progress(total, total);
  });
  return historyState(store);
}

export function redo(store: Store, progress: ReplayProgress = () => {}): HistoryState {
  store.transaction(() => {
    const step = firstUndone(store);
    if (!step) throw new AppError('nothingToRedo', 'Nothing to redo');
    const changes = store
      .prepare('SELECT seq, tbl, row_id, last_row_id, before, after FROM history_change WHERE step_id = ? ORDER BY seq ASC')
      .all(step.id) as Change[];
    const total = changes.length + 1;
    progress(0, total);
    replay(store, changes, 'after', (done) => progress(done, total));
    // The rows are back in their tables: the log goes back to naming them.
    store.prepare('UPDATE history_change SET after = NULL WHERE step_id = ? AND before IS NULL').run(step.id);
    store.prepare('DELETE FROM history_row_image WHERE change_seq IN (SELECT seq FROM history_change WHERE step_id = ?)').run(step.id);
    store.prepare('UPDATE history_step SET undone = 0 WHERE id = ?').run(step.id);
    progress(total, total);
  });
  return historyState(store);
}

/**
 * What undoing (or redoing) the next step would write: rows, and bytes of text (documents'
 * texts, the images it writes back). Read from the log's own columns (octet_length reads no
 * text), so it costs a few index lookups even for an import of the whole corpus. Null when
 * there is nothing to undo (redo).
 */
export function stepWeight(store: Store, direction: 'undo' | 'redo'): { rows: number; bytes: number } | null {
  const step = direction === 'undo' ? lastDone(store) : firstUndone(store);
  if (!step) return null;
  const log = store
    .prepare(
      `SELECT coalesce(sum(coalesce(last_row_id - row_id + 1, 1)), 0) AS rows,
              coalesce(sum(coalesce(octet_length(before), 0) + coalesce(octet_length(after), 0)), 0) AS bytes
       FROM history_change WHERE step_id = ?`,
    )
    .get(step.id) as { rows: number; bytes: number };
  // Inserted documents are logged by reference: undo reads their text to keep it, redo
  // writes it back from the images undo kept.
  const texts = store
    .prepare(
      direction === 'undo'
        ? `SELECT coalesce(sum(octet_length(d.text)), 0) FROM history_change c JOIN document d
             ON d.id BETWEEN c.row_id AND coalesce(c.last_row_id, c.row_id)
           WHERE c.step_id = ? AND c.tbl = 'document' AND c.before IS NULL AND c.after IS NULL`
        : `SELECT coalesce(sum(octet_length(i.image)), 0) FROM history_change c JOIN history_row_image i ON i.change_seq = c.seq
           WHERE c.step_id = ?`,
    )
    .pluck()
    .get(step.id) as number;
  return { rows: log.rows, bytes: log.bytes + texts };
}

/** Forgets every step, so nothing done so far can be undone (a new project's own making). */
export function clearHistory(store: Store): void {
  store.prepare('DELETE FROM history_step').run();
}

function lastDone(store: Store) {
  return store.prepare('SELECT id, label FROM history_step WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { id: number; label: string }
    | undefined;
}

function firstUndone(store: Store) {
  return store.prepare('SELECT id, label FROM history_step WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | { id: number; label: string }
    | undefined;
}

/**
 * An insert is logged by reference (table and id, no image: migration 006), so the log does
 * not hold a second copy of an imported corpus. Before undo removes such rows it keeps their
 * images, for redo: in the change itself, or for a range (migration 009) in history_row_image.
 * The rows are as the step left them, since every later step is undone; a row the step
 * inserted and then deleted is absent and stays without an image.
 */
function keepInsertedRows(store: Store, stepId: number): void {
  const tables = store
    .prepare('SELECT DISTINCT tbl FROM history_change WHERE step_id = ? AND before IS NULL AND after IS NULL')
    .pluck()
    .all(stepId) as string[];
  for (const table of tables) {
    if (!isTrackedTable(table)) throw new Error(`history names unknown table ${table}`);
    const image = rowImage(table);
    store
      .prepare(
        `UPDATE history_change SET after = (SELECT ${image} FROM ${table} t WHERE t.id = history_change.row_id)
         WHERE step_id = ? AND tbl = '${table}' AND before IS NULL AND after IS NULL AND last_row_id IS NULL`,
      )
      .run(stepId);
    store
      .prepare(
        `INSERT INTO history_row_image (change_seq, row_id, image)
         SELECT c.seq, t.id, ${image} FROM history_change c JOIN ${table} t ON t.id BETWEEN c.row_id AND c.last_row_id
         WHERE c.step_id = ? AND c.tbl = '${table}' AND c.last_row_id IS NOT NULL`,
      )
      .run(stepId);
  }
}

/** SQL for a row of `table` (as `t`) as a JSON object of its columns. */
function rowImage(table: TrackedTable): string {
  return `json_object(${trackedTables[table].map((c) => `'${c}', t.${ident(c)}`).join(', ')})`;
}

/** Writes each change's chosen image back, telling how many are written. The cursor is NULL here, so nothing is logged. */
function replay(store: Store, changes: Change[], image: 'before' | 'after', progress: (done: number) => void): void {
  // Rows come back in an order that can briefly break a reference (a case before its
  // documents); foreign keys are checked at commit instead.
  store.db.pragma('defer_foreign_keys = ON');
  // Reported after each change: a cancel asked while one is written is seen inside the transaction.
  for (const [i, change] of changes.entries()) {
    replayChange(store, change, image);
    progress(i + 1);
  }
}

function replayChange(store: Store, change: Change, image: 'before' | 'after'): void {
  if (!isTrackedTable(change.tbl)) throw new Error(`history names unknown table ${change.tbl}`);
  if (change.last_row_id !== null) {
    replayRange(store, change.tbl, change, image);
    return;
  }
  const target = change[image];
  if (target === null) {
    store.prepare(`DELETE FROM ${change.tbl} WHERE id = ?`).run(change.row_id);
    return;
  }
  const row = JSON.parse(target) as Record<string, unknown>;
  writeRow(store, change.tbl, row);
  // The search index is kept from JavaScript (no app functions in triggers): a document
  // brought back or changed is indexed again; a deleted one leaves through its trigger.
  if (change.tbl === 'document' && typeof row.text === 'string') indexDocument(store, change.row_id, row.text);
}

/** Undo removes a range of inserted rows; redo writes them back from their images, in SQL. */
function replayRange(store: Store, table: TrackedTable, change: Change, image: 'before' | 'after'): void {
  if (image === 'before') {
    store.prepare(`DELETE FROM ${table} WHERE id BETWEEN ? AND ?`).run(change.row_id, change.last_row_id);
    return;
  }
  // Images logged before a migration added a column lack it: such a column keeps its default.
  const first = store.prepare('SELECT image FROM history_row_image WHERE change_seq = ? LIMIT 1').pluck().get(change.seq) as string | undefined;
  if (first === undefined) return;
  const keys = new Set(Object.keys(JSON.parse(first) as object));
  const columns = trackedTables[table].filter((column) => keys.has(column));
  const list = columns.map(ident).join(', ');
  // ->> reads a JSON value as SQL (text, integer, real or NULL), as the image was written.
  const values = columns.map((c) => `image ->> ${sqlString(`$.${c}`)}`).join(', ');
  const assignments = columns.filter((c) => c !== 'id').map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
  store
    .prepare(
      `INSERT INTO ${table} (${list}) SELECT ${values} FROM history_row_image WHERE change_seq = ? ORDER BY row_id
       ON CONFLICT (id) DO UPDATE SET ${assignments}`,
    )
    .run(change.seq);
  // Made from the rows' quotes, as writeRow makes a single row's (derivedColumns).
  if (table === 'segment') setQuoteKeys(store, change.row_id, change.last_row_id!);
  if (table === 'document') {
    // One text at a time, as replay does for a single row.
    const ids = store.prepare('SELECT row_id FROM history_row_image WHERE change_seq = ? ORDER BY row_id').pluck().all(change.seq) as number[];
    const textOf = store.prepare('SELECT text FROM document WHERE id = ?').pluck();
    for (const id of ids) indexDocument(store, id, textOf.get(id) as string);
  }
}

/** A string literal for SQL we write ourselves (column names). */
function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function writeRow(store: Store, table: TrackedTable, row: Record<string, unknown>): void {
  // An image logged before a migration added a column lacks it: the column keeps its default
  // on insert and its value on update.
  const derived = derivedColumns(table, row);
  const columns = [...trackedTables[table].filter((column) => Object.hasOwn(row, column)), ...Object.keys(derived)];
  const values = columns.map((column) => derived[column] ?? row[column] ?? null);
  const list = columns.map(ident).join(', ');
  const marks = columns.map(() => '?').join(', ');
  const assignments = columns.filter((c) => c !== 'id').map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
  store.prepare(`INSERT INTO ${table} (${list}) VALUES (${marks}) ON CONFLICT (id) DO UPDATE SET ${assignments}`).run(...values);
}
