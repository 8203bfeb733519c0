/**
 * The keeper's periodic snapshot in a real worker thread (the job workers bundled from the
 * sources): the main thread's event loop keeps turning while a project large enough to take
 * seconds is fingerprinted and copied, and the copy is complete.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { longestLoopGap } from '../../helpers/loop-gap.js';
import { readdirSync } from 'node:fs';
import { backupFolder, listBackups } from '../../../main/backup/folder.js';
import { BackupKeeper } from '../../../main/backup/keeper.js';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import type { AppError } from '../../../main/errors.js';
import { checkAndSettleFile } from '../../../main/db/maintenance.js';
import { Store } from '../../../main/db/store.js';
import { bundleJobWorkers } from '../jobs/worker-bundle.js';
import { tempProject, type TempProject } from './project.js';

let workers: Awaited<ReturnType<typeof bundleJobWorkers>>;
beforeAll(async () => {
  workers = await bundleJobWorkers();
}, 60_000);
afterAll(() => workers.dispose());

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

describe('BackupKeeper in a worker thread', () => {
  it("takes the periodic snapshot off the main thread, whole, while the event loop keeps turning", async () => {
    const keeper = new BackupKeeper(p.store, { ...DEFAULT_BACKUP_POLICY, intervalMs: 3_600_000 });
    keeper.start();
    addManyCases(p.store, CASES);
    let maxGap: number;
    let duration: number;
    try {
      ({ maxGap, duration } = await longestLoopGap(async () => {
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
    expect(maxGap).toBeLessThan(Math.min(500, duration / 4));
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
