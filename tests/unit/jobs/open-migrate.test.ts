/**
 * Opening, from the app, a project written by an older CaseCoder: its migrations run in a write
 * job's thread, not on the main thread, and the project opens at the current schema with its data.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations/index.js';
import { APPLICATION_ID } from '../../../main/db/project-file.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { listJobs } from '../../../main/jobs/run-job.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
afterEach(() => t?.dispose());

/** A project at version 7 with one case, as CaseCoder wrote it then. */
function version7Project(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  for (const migrate of migrations.slice(0, 7)) migrate(db);
  db.pragma('user_version = 7');
  db.exec("INSERT INTO case_ (guid, name, created_at) VALUES ('c1', 'Anna', '2026-01-01')");
  db.close();
}

describe('opening an older project from the app', () => {
  it('migrates it in a write job, then opens it at the current schema', async () => {
    t = newTestSession();
    const path = join(t.home, 'v7.casecoder');
    version7Project(path);
    const seen = new Set<string>();
    const watch = setInterval(() => listJobs().forEach((job) => seen.add(job.name)), 1);
    try {
      await t.session.openProjectAsync(path);
    } finally {
      clearInterval(watch);
    }
    expect([...seen]).toEqual(['project.migrate']);
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
    const seen = new Set<string>();
    const watch = setInterval(() => listJobs().forEach((job) => seen.add(job.name)), 1);
    try {
      await t.session.openProjectAsync(path);
    } finally {
      clearInterval(watch);
    }
    expect([...seen]).toEqual([]);
  });
});
