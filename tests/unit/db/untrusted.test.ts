/**
 * A project file from outside is checked before anything reads it: a schema that is not
 * exactly CaseCoder's is refused, quickly and without the file changing, on every path that
 * reads one (open, merge, restore). Each attack here worked before the check existed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../main/backup/restore.js';
import { checkFileInWorker } from '../../../main/db/file-check.js';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../main/db/migrations/index.js';
import { APPLICATION_ID } from '../../../main/db/project-file.js';
import { allExpectedSchemaKeys, expectedSchemaKeys } from '../../../main/db/schema-check.js';
import { openSqlite } from '../../../main/db/sqlite.js';
import { Store } from '../../../main/db/store.js';
import { openMergeSource, planMerge } from '../../../main/merge/merge-file.js';
import { openInitialProject } from '../../../main/sample/open-initial-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { refusal as refusalAwaited } from '../../helpers/refusal.js';
import { alter, DESTRUCTIVE_TRIGGER, fileHash, RECURSIVE_CASE_GROUP, refusal, RECURSIVE_PROJECT_META, writeProject } from './untrusted-helpers.js';

const require = createRequire(import.meta.url);
let t: TestSession;
beforeEach(() => {
  t = newTestSession();
});
afterEach(() => t.dispose());

/** Refused as altered, in well under the seconds the attack's own query would take. */
/** A merge refuses with its own code: the app's offer to salvage a projectAltered file needs a path an upload has not. */
async function expectAlteredRefusal(run: () => unknown, path: string, code = 'projectAltered'): Promise<void> {
  const before = fileHash(path);
  const beside = besideFiles(path);
  const started = Date.now();
  const error = await refusalAwaited(run);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/(altered|changed) outside CaseCoder/);
  expect(fileHash(path)).toBe(before);
  // Nor its folder: no log or log index of the check's reading left beside it (hostile-1207 #11).
  expect(besideFiles(path)).toEqual(beside);
}

const besideFiles = (path: string) => ['-wal', '-shm'].filter((suffix) => existsSync(path + suffix));

describe('a project file altered outside CaseCoder', () => {
  it.each([
    ['a trigger of its own', DESTRUCTIVE_TRIGGER, 'trigger wipe'],
    ['project_meta replaced by a recursive view', RECURSIVE_PROJECT_META, 'view project_meta'],
    ['case_group replaced by a recursive view', RECURSIVE_CASE_GROUP, 'view case_group'],
    ['an index of its own', 'CREATE INDEX sneaky ON coding(code_id, segment_id);', 'index sneaky'],
    ['one of our triggers rewritten', 'DROP TRIGGER document_search_delete; CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN DELETE FROM coding; END;', 'trigger document_search_delete'],
  ])('is refused when opened: %s', async (_, attack, named) => {
    const path = writeProject(t.session, 'study');
    alter(path, attack);
    await expectAlteredRefusal(() => t.session.openProject(path), path);
    expect(refusal(() => t.session.openProject(path)).params.detail).toContain(named);
    expect(t.session.state().project).toBeNull();
  });

  it('leaves nothing beside a file in WAL mode, as CaseCoder sends one, when refused', async () => {
    const path = writeProject(t.session, 'study');
    alter(path, DESTRUCTIVE_TRIGGER, 'wal');
    expect(besideFiles(path)).toEqual([]);
    await expectAlteredRefusal(() => t.session.openProject(path), path);
  });

  it('is skipped quickly when it is the recent project the app reopens on start', () => {
    const path = writeProject(t.session, 'study');
    alter(path, RECURSIVE_PROJECT_META);
    expect(t.session.state().recent[0]).toBe(path);
    const warnings: string[] = [];
    const started = Date.now();
    openInitialProject(t.session, undefined, (skipped, error) => warnings.push(`${skipped}: ${(error as Error).message}`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(warnings.join('\n')).toMatch(/altered outside CaseCoder/);
    expect(t.session.state().project?.path).not.toBe(path);
  });

  it('never runs its trigger: the codings and texts stay as they were', () => {
    const path = writeProject(t.session, 'study');
    alter(path, DESTRUCTIVE_TRIGGER);
    refusal(() => t.session.openProject(path));
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM coding').pluck().get()).toBe(1);
    expect(db.prepare('SELECT text FROM document').pluck().get()).toBe('Low wages and long hours.');
    db.close();
  });

  it('is refused as a merge source, also for a dry run', async () => {
    const theirs = writeProject(t.session, 'theirs');
    alter(theirs, RECURSIVE_CASE_GROUP);
    t.session.createProject('mine');
    await expectAlteredRefusal(async () => planMerge(t.session.context().store, (await openMergeSource(theirs)).store.reader), theirs, 'mergeSourceAltered');
  });

  it('is refused as a backup to restore, and the project is left as it was', async () => {
    const project = writeProject(t.session, 'study');
    const backup = join(t.home, 'poisoned.casecoder');
    copyFileSync(project, backup);
    alter(backup, DESTRUCTIVE_TRIGGER);
    const before = fileHash(project);
    await expectAlteredRefusal(() => restoreBackup(backup, project), backup);
    expect(fileHash(project)).toBe(before);
  });
});

describe('the expected schema', () => {
  it('is what the migrations write, per version, virtual tables and their shadow tables included', () => {
    expect(expectedSchemaKeys(0)).toEqual([]);
    const latest = expectedSchemaKeys(LATEST_SCHEMA_VERSION).join('\n');
    expect(latest).toContain('table\u0000project_meta');
    expect(latest).toMatch(/table\u0000document_search_\w+/);
    expect(expectedSchemaKeys(1).length).toBeLessThan(expectedSchemaKeys(LATEST_SCHEMA_VERSION).length);
  });

  it('lets a project of an older version open, checked against that version, then migrates it', () => {
    const path = join(t.home, 'old.casecoder');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let version = 0; version < 3; version++) {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    }
    db.close();
    expect(checkFileInWorker(path)).toEqual({ kind: 'ok', version: 3 });
    const store = Store.open(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    store.close();
  });

  it('refuses an older project altered for its own version', () => {
    const path = join(t.home, 'old.casecoder');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrations[0]!(db);
    db.pragma('user_version = 1');
    db.exec(DESTRUCTIVE_TRIGGER);
    db.close();
    expect(refusal(() => Store.open(path)).code).toBe('projectAltered');
  });
});

describe('the check itself', () => {
  it('gives up after its time limit instead of waiting on the file', () => {
    const path = writeProject(t.session, 'study');
    expect(checkFileInWorker(path, { seconds: 0.001 })).toEqual({ kind: 'timeout', seconds: 0.001 });
    expect(refusal(() => Store.open(join(t.home, 'missing.casecoder'))).code).toBe('projectNotFound');
  });

  it('waits for the expected schema, made while its thread starts, and judges by it', () => {
    const path = writeProject(t.session, 'study');
    // Made long after the thread has started and opened the file.
    const late = (keys: (readonly string[])[]) => () => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      return keys;
    };
    expect(checkFileInWorker(path, { pages: false, expected: late(allExpectedSchemaKeys()) })).toEqual({ kind: 'ok', version: LATEST_SCHEMA_VERSION });
    const lacking = allExpectedSchemaKeys().map((keys, version) => (version === LATEST_SCHEMA_VERSION ? keys.slice(1) : keys));
    expect(checkFileInWorker(path, { pages: false, expected: late(lacking) })).toMatchObject({ kind: 'altered', unexpected: [allExpectedSchemaKeys()[LATEST_SCHEMA_VERSION]![0]] });
    // No expectation at all: the caller's error, not a verdict on the file.
    const none = () => {
      throw new Error('no schema');
    };
    expect(() => checkFileInWorker(path, { pages: false, expected: none })).toThrow('no schema');
  });

  it('reports damaged pages', () => {
    const path = writeProject(t.session, 'study');
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Garbage over the b-tree pages after the schema's: what quick_check is for.
    bytes.fill(0x5a, pageSize * 2, bytes.length);
    writeFileSync(path, bytes);
    expect(checkFileInWorker(path).kind).toBe('damaged');
    expect(refusal(() => Store.open(path)).code).toBe('projectDamaged');
  });

  it('says a rollback journal another program left beside the file is that, not a read-only folder (review-hostile-1207 #18)', () => {
    const path = writeProject(t.session, 'study');
    alter(path, 'PRAGMA journal_mode = DELETE;');
    // A program stopping mid-write, its change spilled into the file: the journal beside it is hot.
    const script = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const db = new D(${JSON.stringify(path)});
      db.pragma('cache_size = 1'); db.exec('BEGIN'); for (let i = 0; i < 50; i++) db.prepare('UPDATE document SET description = ?').run('x'.repeat(5000)); process.exit(3);`;
    expect(spawnSync(process.execPath, ['-e', script]).status).toBe(3);
    expect(existsSync(`${path}-journal`)).toBe(true);
    const before = fileHash(path);
    expect(refusal(() => t.session.openProject(path)).code).toBe('projectHotJournal');
    expect(fileHash(path)).toBe(before);
  });

  // quick_check skips CHECK constraints on the read-only connection the check uses (check-probes.ts).
  it.each([
    ['a segment ending before it starts', 'UPDATE segment SET start = 20, "end" = 3', 'segment'],
    ['a memo on a kind of thing CaseCoder has not', "INSERT INTO memo (guid, text, created_at) VALUES ('m1', 'x', '2026-01-01'); INSERT INTO memo_link (memo_id, target_kind, target_id) VALUES (last_insert_rowid(), 'script', 1)", 'memo_link'],
  ])('refuses a row breaking a CHECK constraint: %s', (_, sql, table) => {
    const path = writeProject(t.session, 'study');
    alter(path, `PRAGMA ignore_check_constraints = ON; ${sql};`);
    const before = fileHash(path);
    expect(checkFileInWorker(path)).toEqual({ kind: 'damaged', detail: `CHECK constraint failed in ${table}` });
    expect(refusal(() => t.session.openProject(path)).code).toBe('projectDamaged');
    expect(fileHash(path)).toBe(before);
  });
});

describe('every connection', () => {
  it('is hardened: no trusted schema, cell size checks, defensive mode', () => {
    const db = openSqlite(':memory:');
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('cell_size_check', { simple: true })).toBe(1);
    db.exec('CREATE TABLE t (x)');
    db.pragma('writable_schema = ON');
    // Defensive mode: even with writable_schema, the schema table cannot be edited by SQL.
    expect(() => db.exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE t (y)' WHERE name = 't'")).toThrow(/may not be modified/);
    db.close();
  });
});
