/**
 * The whole-project lists the app reloads after every change are read again only when the
 * project changed since the last read: by this connection or by another (a write job's).
 * (The jobs run inline here: these tests run the TypeScript sources.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertCase } from '../../../main/db/repos/cases.js';
import { Store } from '../../../main/db/store.js';
import { cachedRead } from '../../../main/jobs/cached-reads.js';
import { jobList } from '../../../main/jobs/job-list.js';
import { createCase } from '../../../main/services/cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let store: Store;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('lists');
  store = t.session.context().store;
  createCase(t.session.context(), 'P1', null);
});
afterEach(() => {
  vi.restoreAllMocks();
  t.dispose();
});

const names = (cases: { name: string }[]) => cases.map((c) => c.name);

describe('lists read again only after a change', () => {
  it('answers a repeated list without running its job again, and callers that ask together share one run', async () => {
    const job = vi.spyOn(jobList, 'cases.list');
    const [first, second] = await Promise.all([cachedRead(store, 'cases.list'), cachedRead(store, 'cases.list')]);
    expect(names(first)).toEqual(['P1']);
    expect(second).toBe(first);
    expect(await cachedRead(store, 'cases.list')).toBe(first);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('reads again after a change on this connection', async () => {
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1']);
    createCase(t.session.context(), 'P2', null);
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1', 'P2']);
  });

  it('reads again after another connection committed a change (a write job)', async () => {
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1']);
    const other = Store.open(store.path, { pagesKnownSound: true });
    try {
      insertCase(other, 'P3', null);
    } finally {
      other.close();
    }
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1', 'P3']);
  });

  it('keeps each list apart, and does not keep a failed read', async () => {
    const counts = vi.spyOn(jobList, 'codebook.counts').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    await expect(cachedRead(store, 'codebook.counts')).rejects.toThrow('disk gone');
    const answer = await cachedRead(store, 'codebook.counts');
    expect(answer.length).toBeGreaterThan(0);
    expect(counts).toHaveBeenCalledTimes(2);
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1']);
  });

  it('keeps no list read inside a transaction, which may yet roll back (or commit)', async () => {
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1']);
    store.db.exec('BEGIN');
    insertCase(store, 'P4', null);
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1', 'P4']);
    store.db.exec('ROLLBACK');
    expect(names(await cachedRead(store, 'cases.list'))).toEqual(['P1']);
  });
});
