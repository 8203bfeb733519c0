/**
 * Opening, from the app, a project written by an older CaseCoder: its migrations run in a write
 * job's thread, not on the main thread, and the project opens at the current schema with its data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { listJobs } from '../../../main/jobs/run-job.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
afterEach(() => t?.dispose());

/** Names of the jobs that ran while `work` did, polled every millisecond. */
async function jobsSeenDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  const watch = setInterval(() => listJobs().forEach((job) => seen.add(job.name)), 1);
  try {
    await work();
  } finally {
    clearInterval(watch);
  }
  return [...seen];
}

describe('opening an older project from the app', () => {
  it('migrates it in a write job, then opens it at the current schema', async () => {
    t = newTestSession();
    const path = join(t.home, 'v7.casecoder');
    olderProject(path, 7, { caseName: 'Anna' });
    expect(await jobsSeenDuring(() => t.session.openProjectAsync(path))).toEqual(['project.migrate']);
    // The worker kept the file as it was; the app says where (ProjectInfo.migrated).
    const keptAs = join(t.home, 'v7.before-v7.casecoder');
    expect(t.session.state().project?.migrated).toEqual({ fromVersion: 7, keptAs });
    expect(existsSync(keptAs)).toBe(true);
    const { db } = t.session.context().store;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(db.prepare('SELECT name FROM case_').pluck().all()).toEqual(['Anna']);
  });

  it('opens a current project without a job', async () => {
    t = newTestSession();
    t.session.createProject('current');
    const path = t.session.context().store.path;
    t.session.closeProject();
    expect(await jobsSeenDuring(() => t.session.openProjectAsync(path))).toEqual([]);
  });
});
