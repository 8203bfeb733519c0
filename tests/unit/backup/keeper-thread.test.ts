/**
 * The keeper's snapshots in a real worker thread (the job workers bundled from the sources):
 * the main thread's event loop keeps turning while a project large enough to take seconds is
 * fingerprinted and copied, the copy is complete, and the one on open holds the project as opened.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { readdirSync, statSync } from 'node:fs';
import { backupFolder, listBackups } from '../../../main/backup/folder.js';
import { BackupKeeper, OPEN_ON_MAIN_THREAD_MAX_BYTES } from '../../../main/backup/keeper.js';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import type { AppError } from '../../../main/errors.js';
import { checkAndSettleFile } from '../../../main/db/maintenance.js';
import { Store } from '../../../main/db/store.js';
import { useJobWorkers } from '../jobs/worker-bundle.js';
import { tempProject, type TempProject } from './project.js';

useJobWorkers();

let p: TempProject;
beforeEach(() => (p = tempProject()));
afterEach(() => p.dispose());

const CASES = 250_000;

/** Many cases with long descriptions, written in one statement: fingerprint and copy take seconds. */
function addManyCases(store: Store, count: number): void {
  store.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO case_ (guid, name, created_at, description)
       SELECT printf('00000000-0000-4000-8000-%012d', i), 'Case ' || i, '2026-05-01T12:00:00.000Z', hex(randomblob(150)) FROM n`,
    )
    .run(count);
}

const countCases = (path: string) => {
  const store = Store.open(path);
  try {
    return store.prepare('SELECT count(*) FROM case_').pluck().get() as number;
  } finally {
    store.close();
  }
};

/** The project reopened as the app opens it, once `count` cases make it too large to snapshot on the main thread. */
function reopenedLarge(count: number): void {
  addManyCases(p.store, count);
  p.store.close();
  p.store = Store.open(p.path, { pagesKnownSound: true });
  expect(statSync(p.path).size).toBeGreaterThan(OPEN_ON_MAIN_THREAD_MAX_BYTES);
}

describe('BackupKeeper in a worker thread', () => {
  it('takes the snapshot on open off the main thread, refusing writes until it holds the project as opened', async () => {
    reopenedLarge(CASES);
    const errors: AppError[] = [];
    const keeper = new BackupKeeper(p.store, { ...DEFAULT_BACKUP_POLICY, intervalMs: 3_600_000 }, (error) => errors.push(error));
    // Every user action writes through Store.transaction (write-gate.ts).
    const writeMeanwhile = () => {
      try {
        return p.store.transaction(() => 'written');
      } catch (error) {
        return (error as AppError).code;
      }
    };
    let maxBusy: number;
    let duration: number;
    let meanwhile: string;
    try {
      ({ maxBusy, duration, value: meanwhile } = await longestLoopGap(async () => {
        keeper.start();
        const answer = writeMeanwhile();
        await keeper.settled();
        return answer;
      }));
    } finally {
      keeper.stop();
    }
    expect(duration).toBeGreaterThan(500);
    expect(maxBusy).toBeLessThan(Math.min(500, duration / 4));
    expect(errors).toEqual([]);
    expect(meanwhile).toBe('projectBackingUp');
    expect(writeMeanwhile()).toBe('written');
    const [opened] = listBackups(p.path);
    expect(opened?.reason).toBe('open');
    expect(countCases(opened!.path)).toBe(CASES);
  }, 60_000);

  it('lets writes through when the project closes during the snapshot on open, so it can be opened again', async () => {
    reopenedLarge(50_000);
    const errors: AppError[] = [];
    const policy = { ...DEFAULT_BACKUP_POLICY, intervalMs: 3_600_000 };
    const first = new BackupKeeper(p.store, policy, (error) => errors.push(error));
    first.start();
    first.stop();
    p.store.close();
    p.store = Store.open(p.path, { pagesKnownSound: true });
    const second = new BackupKeeper(p.store, policy, (error) => errors.push(error));
    second.start();
    await Promise.all([first.settled(), second.settled()]);
    second.stop();
    expect(errors).toEqual([]);
    expect(p.store.transaction(() => 'written')).toBe('written');
    expect(listBackups(p.path).map((b) => b.reason)).toContain('open');
  }, 60_000);

  it("takes the periodic snapshot off the main thread, whole, while the event loop keeps turning", async () => {
    const keeper = new BackupKeeper(p.store, { ...DEFAULT_BACKUP_POLICY, intervalMs: 3_600_000 });
    keeper.start();
    addManyCases(p.store, CASES);
    let maxBusy: number;
    let duration: number;
    try {
      ({ maxBusy, duration } = await longestLoopGap(async () => {
        const taking = keeper.tick();
        // A tick while the snapshot is written starts no second one.
        expect(keeper.tick()).toBe(taking);
        await taking;
      }));
    } finally {
      keeper.stop();
    }
    const [periodic] = listBackups(p.path);
    expect(periodic?.reason).toBe('periodic');
    expect(checkAndSettleFile(periodic!.path)).toBeNull();
    expect(countCases(periodic!.path)).toBe(CASES);
    expect(listBackups(p.path).map((b) => b.reason)).toEqual(['periodic', 'open']);
    expect(duration).toBeGreaterThan(1000);
    // Far under the snapshot's duration (a loaded two-core machine still pauses now and then).
    expect(maxBusy).toBeLessThan(Math.min(500, duration / 4));
    p.addCase('Anna');
    await keeper.tick();
    expect(listBackups(p.path).map((b) => b.reason)).toEqual(['periodic', 'periodic', 'open']);
    expect(countCases(listBackups(p.path)[0]!.path)).toBe(CASES + 1);
  }, 60_000);

  it('leaves a whole snapshot, and no partial file, when the project closes while it is written', async () => {
    const errors: AppError[] = [];
    const keeper = new BackupKeeper(p.store, { ...DEFAULT_BACKUP_POLICY, intervalMs: 3_600_000 }, (error) => errors.push(error));
    keeper.start();
    addManyCases(p.store, 50_000);
    const taking = keeper.tick();
    keeper.stop();
    p.store.close();
    await taking;
    expect(errors).toEqual([]);
    const [periodic] = listBackups(p.path);
    expect(periodic?.reason).toBe('periodic');
    expect(countCases(periodic!.path)).toBe(50_000);
    expect(readdirSync(backupFolder(p.path)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 60_000);
});
