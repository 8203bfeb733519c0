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
    // Newest first. The reopened project holds the first snapshot's state again, and a state is
    // kept once, by its newest copy.
    expect(s.listBackups().map((b) => b.reason)).toEqual(['open', 'before-restore']);
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
