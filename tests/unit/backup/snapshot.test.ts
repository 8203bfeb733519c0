import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Store } from '../../../main/db/store.js';
import { AppError } from '../../../main/errors.js';
import { backupFolder, listBackups } from '../../../main/backup/folder.js';
import { budgetBytes, DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import { pruneBackups, snapshot } from '../../../main/backup/snapshot.js';
import { caseNames, tempProject, type TempProject } from './project.js';

let p: TempProject;
beforeEach(() => (p = tempProject()));
afterEach(() => p.dispose());

const at = (second: number) => new Date(Date.UTC(2026, 4, 1, 12, 0, second));

describe('snapshot', () => {
  it('writes a complete single-file copy of the live project, WAL included, beside it', () => {
    p.addCase('Anna');
    expect(statSync(`${p.path}-wal`).size).toBeGreaterThan(0);
    const backup = snapshot(p.store, 'manual', { now: at(1) });
    expect(backup).toMatchObject({ createdAt: '2026-05-01T12:00:01.000Z', reason: 'manual' });
    expect(backup.path).toMatch(/\.backups[/\\]2026-05-01T12-00-01-000Z-manual-[0-9a-f]{16}\.casecoder$/);
    expect(existsSync(`${backup.path}-wal`)).toBe(false);
    expect(caseNames(backup.path)).toEqual(['Anna']);
    // The project goes on as before.
    p.addCase('Boris');
    expect(caseNames(backup.path)).toEqual(['Anna']);
  });

  it('lists snapshots newest first, skipping what is not one', () => {
    expect(listBackups(p.path)).toEqual([]);
    snapshot(p.store, 'open', { now: at(1) });
    p.addCase('Anna');
    snapshot(p.store, 'periodic', { now: at(2) });
    // Two in the same millisecond keep distinct names, in the order taken.
    p.addCase('Boris');
    snapshot(p.store, 'manual', { now: at(2) });
    writeFileSync(join(backupFolder(p.path), 'notes.txt'), 'mine');
    expect(listBackups(p.path).map((b) => [b.createdAt, b.reason])).toEqual([
      ['2026-05-01T12:00:02.001Z', 'manual'],
      ['2026-05-01T12:00:02.000Z', 'periodic'],
      ['2026-05-01T12:00:01.000Z', 'open'],
    ]);
  });

  it('refuses a project with no file, and reports a folder it cannot write as an AppError', () => {
    const memory = Store.memory();
    expect(() => snapshot(memory, 'manual')).toThrow(AppError);
    memory.close();
    writeFileSync(backupFolder(p.path), 'a file where the folder should be');
    expect(() => snapshot(p.store, 'manual')).toThrowError(expect.objectContaining({ code: 'backupFailed' }));
  });
});

describe('the size budget', () => {
  it('is the larger of the floor and a multiple of the project size', () => {
    expect(budgetBytes(DEFAULT_BACKUP_POLICY, 1024 * 1024)).toBe(50 * 1024 * 1024);
    expect(budgetBytes(DEFAULT_BACKUP_POLICY, 40 * 1024 * 1024)).toBe(120 * 1024 * 1024);
  });

  it('keeps the newest snapshots that fit, deleting the oldest first', () => {
    for (let second = 1; second <= 4; second++) {
      p.addCase(`Case ${second}`);
      snapshot(p.store, 'periodic', { now: at(second) });
    }
    const [newest, second, third, oldest] = listBackups(p.path);
    const deleted = pruneBackups(p.path, newest!.bytes + second!.bytes + third!.bytes / 2, { now: at(5) });
    expect(deleted).toEqual([third!.path, oldest!.path]);
    expect(listBackups(p.path).map((b) => b.path)).toEqual([newest!.path, second!.path]);
  });

  it('always keeps the newest snapshot, however small the budget', () => {
    const policy = { ...DEFAULT_BACKUP_POLICY, minBudgetBytes: 0, projectSizeFactor: 0 };
    snapshot(p.store, 'open', { now: at(1), policy });
    p.addCase('Anna');
    const newest = snapshot(p.store, 'periodic', { now: at(2), policy });
    expect(listBackups(p.path)).toEqual([newest]);
  });

  it('clears partial files a crash left, but not one being written now', () => {
    const folder = backupFolder(p.path);
    snapshot(p.store, 'open', { now: at(1) });
    const stale = join(folder, '.2026-05-01T11-00-00-000Z-periodic.casecoder.partial');
    const fresh = join(folder, '.2026-05-01T12-00-05-000Z-periodic.casecoder.partial');
    writeFileSync(stale, 'torn');
    writeFileSync(fresh, 'being written');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    pruneBackups(p.path, Infinity, { now: at(2) });
    expect(readdirSync(folder).sort()).toEqual([basename(fresh), basename(listBackups(p.path)[0]!.path)]);
    expect(listBackups(p.path)[0]!.createdAt).toBe('2026-05-01T12:00:01.000Z');
  });
});
