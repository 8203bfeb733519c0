/**
 * The undo log names inserted rows instead of copying them (migration 006): an import's
 * documents are not stored twice, and undo, redo and undo again still restore them exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { historyState, redo, undo } from '../../../main/db/history.js';
import { trackedTables } from '../../../main/db/tracked-tables.js';
import { importCaseTable } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('history');
});
afterEach(() => t.dispose());

const db = () => t.session.context().store.db;
const snapshot = () =>
  Object.fromEntries(Object.keys(trackedTables).map((table) => [table, db().prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
/** Characters of row images the log holds for the newest step. */
const loggedImageChars = () =>
  db().prepare('SELECT coalesce(sum(length(after)), 0) FROM history_change WHERE step_id = (SELECT max(id) FROM history_step)').pluck().get() as number;

describe('undo log by reference', () => {
  it('logs an import without copying its rows, and undo, redo and undo again restore them', () => {
    const before = snapshot();
    importCaseTable(t.session.context(), 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const imported = snapshot();
    expect((imported.document as unknown[]).length).toBeGreaterThan(0);
    expect(loggedImageChars()).toBe(0);

    undo(t.session.context().store);
    expect(snapshot()).toEqual(before);
    // While undone, the step keeps what redo needs.
    expect(loggedImageChars()).toBeGreaterThan(0);

    redo(t.session.context().store);
    expect(snapshot()).toEqual(imported);
    expect(loggedImageChars()).toBe(0);

    undo(t.session.context().store);
    expect(snapshot()).toEqual(before);
    redo(t.session.context().store);
    expect(snapshot()).toEqual(imported);
  });

  it('reports its end once all is written, and rolls back whole when that report throws (a cancelled job)', () => {
    importCaseTable(t.session.context(), 'p.csv', fixture('case-table-programmers.csv'), 'Programmers');
    const store = t.session.context().store;
    const stopAtLast = (done: number, total: number) => {
      if (done === total) throw new Error('cancelled');
    };
    const imported = snapshot();
    expect(() => undo(store, stopAtLast)).toThrow('cancelled');
    expect(snapshot()).toEqual(imported);
    expect(historyState(store)).toMatchObject({ canUndo: true, canRedo: false });

    // The last report comes once everything is written, the step's own state too.
    const stateAtLast = (done: number, total: number) => {
      if (done === total) atLast = historyState(store);
    };
    let atLast: ReturnType<typeof historyState> | null = null;
    undo(store, stateAtLast);
    expect(atLast).toMatchObject({ canUndo: false, canRedo: true });
    const undone = snapshot();
    expect(() => redo(store, stopAtLast)).toThrow('cancelled');
    expect(snapshot()).toEqual(undone);
    expect(historyState(store)).toMatchObject({ canUndo: false, canRedo: true });
    redo(store, stateAtLast);
    expect(atLast).toMatchObject({ canUndo: true, canRedo: false });
    expect(snapshot()).toEqual(imported);
  });
});
