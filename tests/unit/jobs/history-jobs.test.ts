/**
 * Undo and redo of a large step (an import) run as write jobs in real worker threads: the project
 * ends as undoing in process leaves it, a cancel rolls the undo back, the main thread's event loop
 * keeps turning, and a small step is still undone at once on the caller's thread.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import * as history from '../../../main/db/history.js';
import type { Store } from '../../../main/db/store.js';
import { cancelJob, listJobs } from '../../../main/jobs/run-job.js';
import { importRefi } from '../../../main/refi/import.js';
import { redo, undo } from '../../../main/services/history.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';
import { bigPackage, content } from './job-test-helpers.js';

useJobWorkers();

const sessions: TestSession[] = [];
async function imported(bytes: Buffer): Promise<{ t: TestSession; store: Store }> {
  const t = newTestSession();
  sessions.push(t);
  t.session.createProject('target');
  await importRefi(t.session.context(), 'study.qdpx', bytes);
  return { t, store: t.session.context().store };
}
afterEach(() => {
  for (const t of sessions.splice(0)) t.dispose();
});

/** The names of the jobs running now. */
const running = () => listJobs().map((job) => job.name);

describe('undo and redo of a large step', () => {
  it('run as jobs and leave the project as undoing and redoing in process do', async () => {
    // 40 texts of 4.8 KB: over the 100 KB a step may hold to be undone inline.
    const bytes = bigPackage(40, { repeat: 3 });
    const inProcess = await imported(bytes);
    const viaJob = await imported(bytes);

    history.undo(inProcess.store);
    const undone = undo(viaJob.t.session.context());
    expect(running()).toEqual(['history.undo']);
    await expect(undone).resolves.toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'refi.import', undoSubject: null, redoSubject: null, undoTarget: null, redoTarget: null, undoPlace: null, redoPlace: null });
    expect(content(viaJob.store)).toEqual(content(inProcess.store));
    expect(viaJob.store.prepare('SELECT count(*) FROM document').pluck().get()).toBe(0);

    history.redo(inProcess.store);
    const redone = redo(viaJob.t.session.context());
    expect(running()).toEqual(['history.redo']);
    await expect(redone).resolves.toMatchObject({ canRedo: false, undoLabel: 'refi.import' });
    expect(content(viaJob.store)).toEqual(content(inProcess.store));
    expect(viaJob.store.prepare('SELECT count(*) FROM document').pluck().get()).toBe(40);
    expect(listJobs()).toEqual([]);
  });

  // Cancelled as it starts, the thread is stopped before it opens the project. A cancel seen at
  // a progress report inside the undo's transaction is history-by-reference.test.ts's: caught
  // here between two reports, a fast undo could commit before the cancel arrived.
  it('a cancelled undo leaves the step done and the project as it was', async () => {
    const { t, store } = await imported(bigPackage(300));
    const before = content(store);
    const job = undo(t.session.context());
    const [started] = listJobs();
    cancelJob(started!.id);
    await expect(job).rejects.toMatchObject({ code: 'jobCancelled' });
    expect(content(store)).toEqual(before);
    expect(history.historyState(store)).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'refi.import' });
  });

  it('keeps the main thread turning while a large import is undone and redone', async () => {
    const { t, store } = await imported(bigPackage(150, { repeat: 8, selections: 150 }));
    const dispatch = createDispatch(t.session, () => {});
    const undone = await longestLoopGap(() => dispatch('history.undo', {}));
    expect(undone.value).toMatchObject({ ok: true, value: { canRedo: true } });
    expect(undone.maxBusy).toBeLessThan(Math.min(500, undone.duration / 4));
    // Redo writes every text and its index back: the longer of the two.
    const { value, maxBusy, duration } = await longestLoopGap(() => dispatch('history.redo', {}));
    expect(value).toMatchObject({ ok: true, value: { canRedo: false } });
    expect(store.prepare('SELECT count(*) FROM document').pluck().get()).toBe(150);
    expect(duration).toBeGreaterThan(500);
    // Far under the undo's duration (a loaded two-core machine still pauses now and then).
    expect(maxBusy).toBeLessThan(Math.min(500, duration / 4));
  });

  it('a small step is undone and redone at once, on the caller\'s thread', async () => {
    const { t, store } = await imported(bigPackage(1));
    const dispatch = createDispatch(t.session, () => {});
    expect(await dispatch('cases.create', { name: 'One more' })).toMatchObject({ ok: true });
    expect(history.stepWeight(store, 'undo')).toEqual({ rows: 1, bytes: 0 });
    const state = undo(t.session.context());
    // Not a promise: nothing was handed to a thread.
    expect(state).toMatchObject({ canRedo: true, redoLabel: 'cases.create' });
    expect(redo(t.session.context())).toMatchObject({ canRedo: false, undoLabel: 'cases.create' });
  });
});

describe('stepWeight', () => {
  it('counts a range of inserted rows and the text undo keeps and redo writes back', async () => {
    const { store } = await imported(bigPackage(3));
    const texts = store.prepare('SELECT sum(octet_length(text)) FROM document').pluck().get() as number;
    const rows = store.prepare("SELECT (SELECT count(*) FROM segment) + (SELECT count(*) FROM coding) + (SELECT count(*) FROM document)").pluck().get() as number;
    const toUndo = history.stepWeight(store, 'undo')!;
    expect(toUndo.rows).toBeGreaterThanOrEqual(rows);
    expect(toUndo.bytes).toBeGreaterThanOrEqual(texts);
    expect(history.stepWeight(store, 'redo')).toBeNull();
    history.undo(store);
    const toRedo = history.stepWeight(store, 'redo')!;
    expect(toRedo.rows).toBe(toUndo.rows);
    // The kept images hold the texts, as JSON.
    expect(toRedo.bytes).toBeGreaterThanOrEqual(texts);
  });
});
