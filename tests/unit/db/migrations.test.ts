import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrations, runMigrations } from '../../../main/db/migrations/index.js';
import { redo, undo } from '../../../main/db/history.js';
import { createCase } from '../../../main/services/cases.js';
import { APPLICATION_ID } from '../../../main/db/project-file.js';
import { Store } from '../../../main/db/store.js';
import { AppError } from '../../../main/errors.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t?.dispose());

function refusal(path: string): string {
  try {
    Store.open(path).close();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('opened');
}

describe('project files', () => {
  it('creates a project in WAL mode with foreign keys, its id and the latest schema', () => {
    t = newTestSession();
    const info = t.session.createProject('study');
    expect(info.path).toBe(join(t.home, 'projects', 'study.casecoder'));
    const { store } = t.session.context();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  it('refuses files that are not CaseCoder projects, and leaves them as they were', () => {
    t = newTestSession();
    const dir = t.home;
    const cases: [string, Buffer | string, string][] = [
      ['empty.casecoder', '', 'projectEmpty'],
      ['text.casecoder', 'just some notes', 'notSqlite'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      expect(refusal(path)).toBe(code);
      expect(readFileSync(path)).toEqual(Buffer.from(content));
    }

    const foreign = join(dir, 'other-app.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    const before = readFileSync(foreign);
    expect(refusal(foreign)).toBe('foreignDatabase');
    expect(readFileSync(foreign)).toEqual(before);

    t.session.createProject('whole');
    const whole = join(dir, 'projects', 'whole.casecoder');
    t.session.closeProject();
    const truncated = join(dir, 'truncated.casecoder');
    writeFileSync(truncated, readFileSync(whole).subarray(0, statSync(whole).size / 2));
    expect(refusal(truncated)).toBe('projectTruncated');

    const newer = join(dir, 'newer.casecoder');
    writeFileSync(newer, readFileSync(whole));
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const newerBytes = readFileSync(newer);
    expect(refusal(newer)).toBe('projectTooNew');
    expect(readFileSync(newer)).toEqual(newerBytes);

    expect(refusal(join(dir, 'missing.casecoder'))).toBe('projectNotFound');
  });

  it('never overwrites an existing file when creating a project', () => {
    t = newTestSession();
    t.session.createProject('study');
    t.session.closeProject();
    expect(() => t.session.createProject('study')).toThrow(/already exists/);
  });

  it('saves a self-contained copy that opens with everything in it', () => {
    t = newTestSession();
    t.session.createProject('study');
    const { store } = t.session.context();
    store.db.prepare("INSERT INTO case_group (name, sort) VALUES ('G', 1)").run();
    t.session.saveCopy(join(t.home, 'copy.casecoder'));
    t.session.openProject(join(t.home, 'copy.casecoder'));
    const groups = t.session.context().store.db.prepare('SELECT name FROM case_group').all();
    expect(groups).toEqual([{ name: 'G' }]);
  });
});

describe('migrations', () => {
  it('bring a version-1 project up to date, keeping its data and its undo history working', () => {
    t = newTestSession();
    const path = join(t.home, 'v1.casecoder');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    migrations[0]!(db);
    db.pragma('user_version = 1');
    db.exec("INSERT INTO coder (guid, name) VALUES ('g1', 'Ada'); INSERT INTO case_group (name, sort) VALUES ('G', 1)");
    // Two undoable steps recorded under schema 1, whose row images lack later columns.
    const step = (label: string, sql: string) => {
      const id = db.prepare("INSERT INTO history_step (label, created_at) VALUES (?, '2026-01-01')").run(label).lastInsertRowid;
      db.prepare('UPDATE history_cursor SET step_id = ?').run(id);
      db.exec(sql);
      db.exec('UPDATE history_cursor SET step_id = NULL');
    };
    step('cases.create', "INSERT INTO case_ (guid, name, group_id, created_at) VALUES ('c1', 'Old', NULL, '2026-01-01T00:00:00.000Z')");
    step('cases.delete', "DELETE FROM case_ WHERE guid = 'c1'");
    db.close();
    t.session.openProject(path);
    const { store } = t.session.context();
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.prepare('SELECT name FROM case_group').pluck().all()).toEqual(['G']);
    const names = () => store.db.prepare('SELECT name FROM case_ ORDER BY id').pluck().all();
    undo(store);
    expect(names()).toEqual(['Old']);
    expect(store.db.prepare('SELECT description FROM case_').pluck().get()).toBe('');
    undo(store);
    expect(names()).toEqual([]);
    redo(store);
    expect(names()).toEqual(['Old']);
    const ctx = t.session.context();
    const item = createCase(ctx, 'C', null);
    expect(store.db.prepare('SELECT description FROM case_ WHERE id = ?').pluck().get(item.id)).toBe('');
    undo(store);
    expect(names()).toEqual(['Old']);
  });

  it('each run in its own transaction and record the version reached', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    runMigrations(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
  });
});
