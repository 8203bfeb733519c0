import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listBackups } from '../../../main/backup/folder.js';
import { restoreBackup } from '../../../main/backup/restore.js';
import { snapshot } from '../../../main/backup/snapshot.js';
import { pasteText } from '../../../main/services/text-import.js';
import { caseNames, tempProject, type TempProject } from './project.js';

let p: TempProject;
beforeEach(() => (p = tempProject()));
afterEach(() => p.dispose());

/** A backup holding case Anna, with Boris added to the project after it. */
function backupThenEdit(): string {
  p.addCase('Anna');
  const backup = snapshot(p.store, 'manual').path;
  p.addCase('Boris');
  return backup;
}

describe('restoreBackup', () => {
  it('puts the backup in place and first keeps the current project as a snapshot', () => {
    const backup = backupThenEdit();
    p.store.close();
    const result = restoreBackup(backup, p.path);
    expect(caseNames(p.path)).toEqual(['Anna']);
    expect(result.keptCurrentAs).toMatch(/before-restore-[0-9a-f]{16}\.casecoder$/);
    expect(caseNames(result.keptCurrentAs!)).toEqual(['Anna', 'Boris']);
    expect(listBackups(p.path).map((b) => b.reason)).toEqual(['before-restore', 'manual']);
  });

  it('never replays the WAL a crash left beside the old project into the restored one', () => {
    const backup = backupThenEdit();
    // A copy of the project as a crash leaves it: Boris is only in the WAL.
    const crashed = join(p.home, 'crashed.casecoder');
    copyFileSync(p.path, crashed);
    copyFileSync(`${p.path}-wal`, `${crashed}-wal`);
    const result = restoreBackup(backup, crashed);
    expect(existsSync(`${crashed}-wal`)).toBe(false);
    expect(caseNames(crashed)).toEqual(['Anna']);
    expect(caseNames(result.keptCurrentAs!)).toEqual(['Anna', 'Boris']);
  });

  it('restores where no project is, keeping nothing', () => {
    const backup = backupThenEdit();
    const target = join(p.home, 'elsewhere', 'new.casecoder');
    expect(restoreBackup(backup, target).keptCurrentAs).toBeNull();
    expect(caseNames(target)).toEqual(['Anna']);
  });

  it('keeps a current project that does not open byte for byte', () => {
    const backup = backupThenEdit();
    const target = join(p.home, 'broken.casecoder');
    writeFileSync(target, 'not a database at all');
    const { keptCurrentAs } = restoreBackup(backup, target);
    expect(keptCurrentAs).toMatch(/before-restore\.damaged$/);
    expect(readFileSync(keptCurrentAs!, 'utf8')).toBe('not a database at all');
    expect(caseNames(target)).toEqual(['Anna']);
  });

  it('refuses a project open elsewhere, leaving it working', () => {
    const backup = backupThenEdit();
    expect(() => restoreBackup(backup, p.path)).toThrowError(expect.objectContaining({ code: 'projectInUse' }));
    p.addCase('Clara');
    p.store.close();
    expect(caseNames(p.path)).toEqual(['Anna', 'Boris', 'Clara']);
  });

  it('refuses to restore a project onto itself', () => {
    p.store.close();
    expect(() => restoreBackup(p.path, p.path)).toThrowError(expect.objectContaining({ code: 'restoreOntoItself' }));
  });
});

describe('restoreBackup refuses what is not a sound CaseCoder project, changing nothing', () => {
  const bad: [string, string, (home: string, good: string) => string][] = [
    ['a text file', 'notSqlite', (home) => write(join(home, 'notes.casecoder'), 'Dear diary')],
    ['an empty file', 'projectEmpty', (home) => write(join(home, 'empty.casecoder'), '')],
    ['a missing file', 'projectNotFound', (home) => join(home, 'missing.casecoder')],
    ['another application\'s database', 'foreignDatabase', (home) => {
      const path = join(home, 'other.sqlite');
      const db = new Database(path);
      db.exec('CREATE TABLE t (x)');
      db.close();
      return path;
    }],
    ['a truncated backup', 'projectTruncated', (home, good) => write(join(home, 'cut.casecoder'), readFileSync(good).subarray(0, 4096 * 3))],
    ['a backup with a damaged page', 'backupDamaged', (home, good) => {
      const bytes = readFileSync(good);
      // Page 1 (the header) stays sound; the pages after it are overwritten.
      bytes.fill(0x5a, 4096, bytes.length - 4096);
      return write(join(home, 'damaged.casecoder'), bytes);
    }],
  ];

  for (const [what, code, make] of bad) {
    it(`refuses ${what}`, () => {
      p.addCase('Anna');
      const caseId = p.store.db.prepare('SELECT id FROM case_').pluck().get() as number;
      // Enough pages that the damage below misses the header.
      for (let i = 0; i < 40; i++) pasteText({ store: p.store, coderName: 'Ada' }, caseId, `doc ${i}`, 'interview text '.repeat(100));
      const good = snapshot(p.store, 'manual').path;
      p.store.close();
      const before = readFileSync(p.path);
      const backupsBefore = listBackups(p.path);
      expect(() => restoreBackup(make(p.home, good), p.path)).toThrowError(expect.objectContaining({ code }));
      expect(readFileSync(p.path).equals(before)).toBe(true);
      expect(listBackups(p.path)).toEqual(backupsBefore);
      expect(readdirSync(p.home).filter((name) => name.includes('.restoring'))).toEqual([]);
    });
  }
});

function write(path: string, content: string | Buffer): string {
  writeFileSync(path, content);
  return path;
}
