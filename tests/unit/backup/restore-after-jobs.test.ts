/**
 * Restoring a backup needs the project file to itself (it leaves WAL mode), while the app's read
 * jobs keep worker threads with connections to it for a while after each job: the restore ends
 * them first, so it is not refused as "open in another program".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BACKUP_POLICY } from '../../../main/backup/policy.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { runJob } from '../../../main/jobs/run-job.js';
import { createCase } from '../../../main/services/cases.js';
import { Session } from '../../../main/services/session.js';
import { useJobWorkers } from '../jobs/worker-bundle.js';

useJobWorkers();

const homes: string[] = [];
afterEach(() => homes.splice(0).forEach((home) => rmSync(home, { recursive: true, force: true })));

describe('restoring a backup after read jobs', () => {
  it('ends the idle job threads holding the file, then restores', async () => {
    const home = mkdtempSync(join(tmpdir(), 'casecoder-restore-jobs-'));
    homes.push(home);
    const s = new Session({ configDir: join(home, 'config'), workspace: home }, { backups: DEFAULT_BACKUP_POLICY });
    s.settings.setCoderName('Ada');
    s.createProject('study');
    createCase(s.context(), 'Anna', null);
    // A read job in a worker thread, which stays idle with its connection open afterwards.
    expect(await runJob(s.context().store, 'cases.list', undefined)).toHaveLength(1);
    const [opened] = s.listBackups();
    await s.restoreBackup(opened!.path);
    expect(listCases(s.context().store)).toEqual([]);
    s.closeProject();
  });
});

describe('closing a project after read jobs', () => {
  it('leaves no WAL to replay, though an idle job thread still has the file open', async () => {
    const home = mkdtempSync(join(tmpdir(), 'casecoder-close-jobs-'));
    homes.push(home);
    const s = new Session({ configDir: join(home, 'config'), workspace: home });
    s.createProject('study');
    createCase(s.context(), 'Anna', null);
    const path = s.context().store.path;
    await runJob(s.context().store, 'cases.list', undefined);
    createCase(s.context(), 'Boris', null);
    s.closeProject();
    // The next open skips the page check only for a file left whole (verified-files.ts).
    expect(statSync(`${path}-wal`).size).toBe(0);
  });
});
