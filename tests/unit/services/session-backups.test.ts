import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { createCase } from '../../../main/services/cases.js';
import { Session } from '../../../main/services/session.js';

const homes: string[] = [];
afterEach(() => homes.splice(0).forEach((home) => rmSync(home, { recursive: true, force: true })));

function session(backups: boolean): Session {
  const home = mkdtempSync(join(tmpdir(), 'casecoder-session-'));
  homes.push(home);
  return new Session({ configDir: join(home, 'config'), workspace: home }, backups ? { backups: DEFAULT_BACKUP_POLICY } : {});
}

describe('Session backups', () => {
  it('snapshots a project when it opens, and restores a snapshot in its place', async () => {
    const s = session(true);
    s.settings.setCoderName('Ada');
    s.createProject('study');
    createCase(s.context(), 'Anna', null);
    const [opened] = s.listBackups();
    expect(opened?.reason).toBe('open');
    await s.restoreBackup(opened!.path);
    expect(listCases(s.context().store)).toEqual([]);
    // Newest first: the state replaced, then the snapshot restored, which holds the reopened
    // project (no copy of it is taken on opening: it would push the one restored out of the list).
    expect(s.listBackups().map((b) => [b.reason, b.path === opened!.path])).toEqual([['before-restore', false], ['open', true]]);
    s.closeProject();
  });

  it('names the snapshot on opening that held the state replaced «before restore», so the list tells the rows apart', async () => {
    const s = session(true);
    s.settings.setCoderName('Ada');
    const file = s.createProject('study').path;
    const [first] = s.listBackups();
    createCase(s.context(), 'Anna', null);
    s.openProject(file);
    const [second] = s.listBackups();
    expect(second!.reason).toBe('open');
    // The review found two rows «18:42 on opening» here: the state replaced, and a copy of the one restored.
    const restored = await s.restoreBackup(first!.path);
    expect(restored.path).toBe(file);
    expect(s.listBackups().map((b) => [b.reason, b.createdAt])).toEqual([['before-restore', second!.createdAt], ['open', first!.createdAt]]);
    // The first change after the restore is snapshotted as any change is.
    createCase(s.context(), 'Boris', null);
    s.openProject(file);
    expect(s.listBackups().map((b) => b.reason)).toEqual(['open', 'before-restore', 'open']);
    s.closeProject();
  });

  it('keeps the name of the snapshot restored when it holds the project as it is', async () => {
    const s = session(true);
    s.settings.setCoderName('Ada');
    s.createProject('study');
    const [opened] = s.listBackups();
    await s.restoreBackup(opened!.path);
    expect(s.listBackups()).toEqual([opened]);
    s.closeProject();
  });

  it('takes none where the front door asks for none (the command line)', () => {
    const s = session(false);
    s.createProject('study');
    expect(s.listBackups()).toEqual([]);
    s.closeProject();
  });

  it('says when the project lies in a cloud-synced folder', () => {
    const s = session(false);
    const info = s.createProject(join(homes[0]!, 'Dropbox', 'study.casecoder'));
    expect(info.risk).toMatch(/Dropbox/);
    s.closeProject();
  });
});
