/**
 * Migration 015 on a version-14 project holding the record of an import its process died in
 * (no owner then): the owner's columns come, empty, with the latest schema exactly; the record
 * still reads as an import cut short, as it did, and is dismissed. A run recorded after it names
 * this process as its owner.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { beginImportRun } from '../../../main/services/import-runs.js';
import { thisProcess } from '../../../main/services/this-process.js';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t?.dispose());

describe('migration 015', () => {
  it('gives a version-14 project\'s runs an owner\'s columns, its old record read as cut short', () => {
    t = newTestSession();
    const path = join(t.home, 'v14.casecoder');
    olderProject(path, 14, {
      fill: (db) => db.exec(`
        INSERT INTO import_run (id, kind, started_at) VALUES (3, 'documents', '2026-11-30T09:00:00.000Z');
        INSERT INTO import_run_file (run_id, position, name, status) VALUES (3, 0, 'a.txt', 'done'), (3, 1, 'b.txt', 'pending');`),
    });
    const info = t.session.openProject(path);
    const { db } = t.session.context().store;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
    expect(db.prepare('SELECT id, owner_host, owner_pid, owner_started FROM import_run').all()).toEqual([{ id: 3, owner_host: null, owner_pid: null, owner_started: null }]);
    expect(info.interruptedImports).toMatchObject([{ id: 3, status: 'cutShort', host: null, files: { done: 1, refused: 0, pending: 1 } }]);

    const { runId } = beginImportRun(t.session.context(), 'package', ['study.qdpx']);
    const { host, pid, started } = thisProcess();
    expect(db.prepare('SELECT owner_host, owner_pid, owner_started FROM import_run WHERE id = ?').get(runId)).toEqual({ owner_host: host, owner_pid: pid, owner_started: started });

    expect(t.session.dismissInterrupted(3).project!.interruptedImports).toEqual([]);
    expect(db.prepare('SELECT id FROM import_run').pluck().all()).toEqual([runId]);
  });
});
