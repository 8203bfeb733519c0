/**
 * A new action discards every undone step (the redo branch), found down from the newest step by
 * the primary key: recording an action must not test every step the project ever recorded.
 */
import { describe, expect, it } from 'vitest';
import { historyState, recordStep, redo, undo } from '../../../main/db/history.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { Store } from '../../../main/db/store.js';

const steps = (store: Store) => store.db.prepare('SELECT id, undone FROM history_step ORDER BY id').all() as { id: number; undone: number }[];
const act = (store: Store, name: string) => recordStep(store, 'cases.create', () => insertCase(store, name, null));

describe('recording a step', () => {
  it('discards the whole redo branch, also when every step was undone, and keeps the done ones', () => {
    const store = Store.memory();
    for (const name of ['a', 'b', 'c', 'd']) act(store, name);
    undo(store);
    undo(store);
    redo(store);
    act(store, 'e');
    expect(steps(store).map((s) => s.undone)).toEqual([0, 0, 0, 0]);
    expect(historyState(store)).toMatchObject({ canUndo: true, canRedo: false });

    for (let i = 0; i < 4; i++) undo(store);
    expect(steps(store).map((s) => s.undone)).toEqual([1, 1, 1, 1]);
    act(store, 'f');
    expect(steps(store)).toHaveLength(1);
    expect(historyState(store)).toMatchObject({ canUndo: true, canRedo: false });
    expect(store.db.prepare('SELECT name FROM case_ ORDER BY id').pluck().all()).toEqual(['f']);
  });

  it('finds the undone steps by the primary key, not by a scan of every step', () => {
    const store = Store.memory();
    act(store, 'a');
    undo(store);
    act(store, 'b');
    const discard = store.preparedSql().find((sql) => sql.startsWith('DELETE FROM history_step WHERE undone = 1'));
    expect(discard).toBeDefined();
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${discard}`).all(1) as { detail: string }[]).map((r) => r.detail);
    expect(plan.filter((detail) => detail.startsWith('SCAN history_step'))).toEqual([]);
  });
});
