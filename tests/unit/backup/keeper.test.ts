import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { backupFolder, listBackups } from '../../../main/backup/folder.js';
import { BackupKeeper } from '../../../main/backup/keeper.js';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import type { AppError } from '../../../main/errors.js';
import { Store } from '../../../main/db/store.js';
import { createCase } from '../../../main/services/cases.js';
import { tempProject, type TempProject } from './project.js';

let p: TempProject;
beforeEach(() => {
  p = tempProject();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  p.dispose();
});

const policy = { ...DEFAULT_BACKUP_POLICY, intervalMs: 60_000 };
const reasons = () => listBackups(p.path).map((b) => b.reason);

describe('BackupKeeper', () => {
  it('snapshots on open, then each interval only if the project changed', async () => {
    const keeper = new BackupKeeper(p.store, policy);
    keeper.start();
    expect(reasons()).toEqual(['open']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reasons()).toEqual(['open']);
    p.addCase('Anna');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reasons()).toEqual(['periodic', 'open']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reasons()).toEqual(['periodic', 'open']);
    keeper.stop();
    p.addCase('Boris');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(reasons()).toEqual(['periodic', 'open']);
  });

  it('sees a change another connection committed (an import written by a job thread)', async () => {
    const keeper = new BackupKeeper(p.store, policy);
    keeper.start();
    const other = Store.open(p.path, { pagesKnownSound: true });
    try {
      createCase({ store: other, coderName: 'Ada' }, 'Imported', null);
    } finally {
      other.close();
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reasons()).toEqual(['periodic', 'open']);
    keeper.stop();
  });

  it('reports a failed snapshot instead of throwing, and tries again next time', async () => {
    writeFileSync(backupFolder(p.path), 'a file where the folder should be');
    const errors: AppError[] = [];
    const keeper = new BackupKeeper(p.store, policy, (error) => errors.push(error));
    keeper.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errors.map((e) => e.code)).toEqual(['backupFailed', 'backupFailed']);
    keeper.stop();
  });

  it('takes nothing inside a transaction, and what it commits at the next tick', async () => {
    const errors: AppError[] = [];
    const keeper = new BackupKeeper(p.store, policy, (error) => errors.push(error));
    keeper.start();
    p.store.db.exec('BEGIN');
    p.addCase('Committed later');
    await keeper.tick();
    expect(reasons()).toEqual(['open']);
    p.store.db.exec('COMMIT');
    await keeper.tick();
    expect(reasons()).toEqual(['periodic', 'open']);
    expect(errors).toEqual([]);
    keeper.stop();
  });
});
