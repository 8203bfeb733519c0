/**
 * A writing thread that dies mid-step (a crash in the native module, a bug) leaves the project
 * as it was, with its write lock released, and the caller gets a clear AppError. The thread here
 * stands in for the real one: it opens the project, writes inside a transaction, and dies.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/api/dispatch.js';
import { runWriteJob } from '../../../main/jobs/run-write-job.js';
import { useWorkerFolder } from '../../../main/jobs/worker-scripts.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

// Beside node_modules, so that the stand-in resolves better-sqlite3 as the app does.
let folder: string;
let t: TestSession;
beforeAll(() => {
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  folder = mkdtempSync(join(cache, 'casecoder-crashing-worker-'));
  writeFileSync(join(folder, 'write-job-worker.js'), [
    "import { workerData } from 'node:worker_threads';",
    "import Database from 'better-sqlite3';",
    'const db = new Database(workerData.path);',
    "db.prepare('BEGIN IMMEDIATE').run();",
    "db.prepare(\"INSERT INTO project_meta (key, value) VALUES ('half', 'written')\").run();",
    "throw new Error('crashed mid-write');",
  ].join('\n'));
  useWorkerFolder(folder);
  t = newTestSession();
  t.session.createProject('target');
});
afterAll(() => {
  t.dispose();
  useWorkerFolder(null);
  rmSync(folder, { recursive: true, force: true });
});

describe('a writing thread that dies', () => {
  it('leaves the project unchanged and writable, and says so', async () => {
    const { store } = t.session.context();
    const meta = () => store.prepare('SELECT key, value FROM project_meta ORDER BY key').all();
    const before = meta();
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'any.qdpx', path: onDisk('any.qdpx', Buffer.from('')) })).rejects.toMatchObject({
      code: 'jobFailed',
      message: expect.stringMatching(/crashed mid-write.*the project was not changed/),
    });
    expect(meta()).toEqual(before);
    // No lock is left behind: the next write goes through at once.
    const dispatch = createDispatch(t.session, () => {});
    const started = performance.now();
    expect(await dispatch('cases.create', { name: 'Afterwards' })).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
