/**
 * The record of a running import or merge (services/import-runs.ts): written before the work,
 * marked with each file in the transaction that brings it in, gone when the work ends however
 * it ends in this process (done, refused, cancelled). Read from a file made by anyone: bounded
 * and typed whatever it holds, even rows that break the schema's CHECKs.
 * A project of the previous version opens with the table and no notice.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, Method } from '../../../shared/contract.js';
import { createDispatch } from '../../../main/api/dispatch.js';
import { importDocuments } from '../../../main/services/document-import.js';
import { readRuns } from '../../../main/db/repos/import-runs.js';
import { thisProcess } from '../../../main/services/this-process.js';
import { Store } from '../../../main/db/store.js';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { expectedSchemaKeys, schemaKey, type SchemaRow } from '../../../main/db/schema-check.js';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { olderProject } from '../../helpers/older-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { qdpx } from '../refi/package.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

let t: TestSession;
afterEach(() => t?.dispose());

function projectSession() {
  t = newTestSession();
  t.session.createProject('study');
  const dispatch = createDispatch(t.session, () => {});
  const call = <M extends Method>(method: M, input: Input<M>) => dispatch(method, input);
  const runs = () => t.session.context().store.db.prepare('SELECT kind FROM import_run').pluck().all();
  const files = () => t.session.context().store.db.prepare('SELECT name, status FROM import_run_file ORDER BY run_id, position').all();
  return { call, runs, files };
}

// The built reader thread, as document-import.test.ts uses it: the sources have none.
const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);

const pkg = () => qdpx({ codes: [{ name: 'Housing' }], sources: [{ name: 'Anna', text: 'We moved for the flat.' }] });

describe('an import run', () => {
  it('is recorded while a REFI-QDA package is written, and gone once it is in, refused or cancelled', async () => {
    const { call, runs } = projectSession();
    const importing = call('refi.import', { path: onDisk('study.qdpx', pkg()) });
    expect(runs()).toEqual(['package']);
    expect(await importing).toMatchObject({ ok: true });
    expect(runs()).toEqual([]);

    const refused = call('refi.import', { path: onDisk('broken.qdpx', new Uint8Array([1, 2, 3])) });
    expect(runs()).toEqual(['package']);
    expect(await refused).toMatchObject({ ok: false });
    expect(runs()).toEqual([]);

    const cancelled = call('refi.import', { path: onDisk('late.qdpx', pkg()) });
    const [job] = (await call('jobs.list', {}) as { ok: true; value: { id: number }[] }).value;
    await call('jobs.cancel', { id: job!.id });
    expect(await cancelled).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    expect(runs()).toEqual([]);
  });

  it('is recorded while a merge is written, and gone after it', async () => {
    const { call, runs } = projectSession();
    const planned = await call('merge.plan', { path: onDisk('teammate.qdpx', pkg()) });
    if (!planned.ok) throw new Error(planned.error.message);
    const merging = call('merge.apply', { planId: (planned.value as { planId: string }).planId, choices: {} });
    expect(runs()).toEqual(['merge']);
    expect(await merging).toMatchObject({ ok: true });
    expect(runs()).toEqual([]);
  });

  it('of a front door marks each file with the write that brings it in, a refused one as refused, and ends when told', async () => {
    const { call, runs, files } = projectSession();
    const begun = await call('imports.begin', { kind: 'documents', files: ['a.txt', 'empty.txt', 'c.qdpx', 'd.txt'] });
    if (!begun.ok) throw new Error(begun.error.message);
    const runId = (begun.value as { id: number }).id;
    const text = (s: string) => new TextEncoder().encode(s);
    const importText = (fileName: string, content: string, position: number) =>
      importDocuments(t.session.context(), { caseName: 'Anna' }, [{ fileName, bytes: text(content) }], { workerUrl, run: { runId, position } });
    await importText('a.txt', 'We moved.', 0);
    await importText('empty.txt', '', 1);
    await call('refi.import', { path: onDisk('c.qdpx', pkg()), run: { id: runId, file: 2 } });
    // The package, one file of the run, records no run of its own.
    expect(runs()).toEqual(['documents']);
    expect(files()).toEqual([
      { name: 'a.txt', status: 'done' }, { name: 'empty.txt', status: 'refused' }, { name: 'c.qdpx', status: 'done' }, { name: 'd.txt', status: 'pending' },
    ]);
    // Its owner is this process, as the system tells its start (migration 015).
    const { pid, host, started } = thisProcess();
    expect(t.session.context().store.db.prepare('SELECT owner_host, owner_pid, owner_started FROM import_run').get()).toEqual({ owner_host: host, owner_pid: pid, owner_started: started });
    // Not among the notices of this session: it began after the project was opened.
    expect(t.session.state().project!.interruptedImports).toEqual([]);
    expect(await call('imports.dismiss', { id: runId })).toMatchObject({ ok: true });
    expect(runs()).toEqual(['documents']);
    await call('imports.end', { id: runId });
    expect(runs()).toEqual([]);
  });
});

describe('the command line\'s import', () => {
  it('records its files as one run, and leaves none once it ends', () => {
    t = newTestSession();
    const project = join(t.home, 'cli.casecoder');
    Store.create(project, 'cli').close();
    for (const name of ['Anna.txt', 'Boris.txt']) writeFileSync(join(t.home, name), `The account of ${name}.`);
    writeFileSync(join(t.home, 'study.qdpx'), pkg());
    // The built command line, whose reader thread the sources lack (as tests/unit/cli/import-documents.test.ts runs it).
    const { CASECODER_CODER: _ignored, ...env } = process.env;
    const cli = spawnSync(process.execPath, [fileURLToPath(new URL('../../../bin/casecoder.js', import.meta.url)), 'import', project, 'Anna.txt', 'study.qdpx', 'Boris.txt', '--case-per-file'], {
      cwd: t.home, env: { ...env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(t.home, 'cli') }, encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const store = Store.open(project);
    try {
      expect(store.db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(3);
      expect(readRuns(store.reader)).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('import runs read from a file made by anyone', () => {
  it('are few, typed and cut to their bounds', () => {
    const store = Store.memory();
    try {
      store.db.pragma('ignore_check_constraints = ON');
      const insertRun = store.db.prepare('INSERT INTO import_run (id, kind, started_at) VALUES (?, ?, ?)');
      const insertFile = store.db.prepare('INSERT INTO import_run_file (run_id, position, name, status) VALUES (?, ?, ?, ?)');
      for (let id = 1; id <= 50; id++) insertRun.run(id, 'documents', 'x'.repeat(1000));
      insertRun.run(51, 'evil', '2026-01-01T00:00:00Z');
      insertFile.run(51, 0, 'a', 'pending');
      for (let position = 0; position < 20_000; position++) insertFile.run(50, position, 'n'.repeat(2000), position % 2 ? 'pending' : 'done');
      insertFile.run(49, 0, Buffer.from('blob'), 'pending');
      insertFile.run(49, 1, 'odd', 'unknown');
      // Owners out of bounds read as none (a run cut short); one within them as it is.
      const setOwner = store.db.prepare('UPDATE import_run SET owner_host = ?, owner_pid = ?, owner_started = ? WHERE id = ?');
      setOwner.run('lab\u001b[2J', 7, 1000, 50);
      setOwner.run('lab', 7, 1000, 48);
      setOwner.run('lab', 7.5, 1000, 47);
      setOwner.run('lab', 2 ** 31, 1000, 46);
      setOwner.run('lab', 'seven', 1000, 45);
      setOwner.run('lab', 7, -1, 44);
      setOwner.run('lab', 7, null, 43);
      for (const id of [48, 47, 46, 45, 44, 43]) insertFile.run(id, 0, 'f', 'pending');
      const runs = readRuns(store.reader);
      expect(runs.map((run) => run.id)).toEqual([50, 49, 48, 47]);
      expect(runs.map((run) => run.owner)).toEqual([null, null, { host: 'lab', pid: 7, started: 1000 }, null]);
      expect(readRuns(store.reader, 46)[0]!.owner).toBeNull();
      expect(readRuns(store.reader, 45)[0]!.owner).toBeNull();
      expect(readRuns(store.reader, 44)[0]!.owner).toBeNull();
      expect(readRuns(store.reader, 43)[0]!.owner).toBeNull();
      const [big, odd] = runs;
      expect(big!.files).toEqual({ done: 10_000, refused: 0, pending: 10_000 });
      expect(big!.names.done).toHaveLength(10);
      expect(big!.names.done[0]).toHaveLength(500);
      expect(big!.startedAt).toHaveLength(40);
      expect(odd).toMatchObject({ files: { done: 0, refused: 0, pending: 1 }, names: { pending: ['?'] } });
    } finally {
      store.close();
    }
  });

  it('breaking the schema\'s bounds, are refused with the project, as damaged', () => {
    t = newTestSession();
    const path = join(t.home, 'crafted.casecoder');
    Store.create(path, 'crafted').close();
    const db = new Database(path);
    db.pragma('ignore_check_constraints = ON');
    db.prepare("INSERT INTO import_run (id, kind, started_at) VALUES (1, 'documents', '2026-01-01T10:00:00Z'), (2, 'evil', 'x')").run();
    db.prepare('INSERT INTO import_run_file (run_id, position, name) VALUES (1, 0, ?), (2, 0, ?)').run('n'.repeat(5000), 'e');
    db.close();
    expect(() => t.session.openProject(path)).toThrow(/damaged and was not opened: CHECK constraint failed in import_run/);
  });

  it('with an owner out of the schema\'s bounds, are refused with the project, as damaged', () => {
    t = newTestSession();
    const hostile: [string, unknown, unknown, unknown][] = [
      ['escape', 'lab\u001b]0;pwned\u0007', 7, 1000],
      ['not ascii', 'лаборатория', 7, 1000],
      ['long host', 'h'.repeat(256), 7, 1000],
      ['empty host', '', 7, 1000],
      ['blob host', Buffer.from('lab'), 7, 1000],
      ['pid 0', 'lab', 0, 1000],
      ['pid too large', 'lab', 2 ** 31, 1000],
      ['pid text', 'lab', 'seven', 1000],
      ['pid real', 'lab', 7.5, 1000],
      ['start negative', 'lab', 7, -1],
      ['start past 9999', 'lab', 7, 253_402_300_800_000],
      ['no start', 'lab', 7, null],
      ['only a start', null, null, 1000],
    ];
    for (const [name, host, pid, started] of hostile) {
      const path = join(t.home, `${name}.casecoder`);
      Store.create(path, name).close();
      const db = new Database(path);
      db.pragma('ignore_check_constraints = ON');
      db.prepare("INSERT INTO import_run (id, kind, started_at, owner_host, owner_pid, owner_started) VALUES (1, 'documents', '2026-01-01T10:00:00Z', ?, ?, ?)").run(host, pid, started);
      db.prepare("INSERT INTO import_run_file (run_id, position, name) VALUES (1, 0, 'a.txt')").run();
      db.close();
      expect(() => t.session.openProject(path), name).toThrow(/damaged and was not opened: CHECK constraint failed in import_run/);
    }
    // Within them, the same file opens.
    const path = join(t.home, 'sound.casecoder');
    Store.create(path, 'sound').close();
    const db = new Database(path);
    db.prepare("INSERT INTO import_run (id, kind, started_at, owner_host, owner_pid, owner_started) VALUES (1, 'documents', '2026-01-01T10:00:00Z', 'lab-pc-7', 7, 1000)").run();
    db.prepare("INSERT INTO import_run_file (run_id, position, name) VALUES (1, 0, 'a.txt')").run();
    db.close();
    expect(t.session.openProject(path).interruptedImports).toMatchObject([{ id: 1, status: 'elsewhere', host: 'lab-pc-7' }]);
  });
});

describe('migration 013', () => {
  it('gives a version-12 project the table, with the latest schema exactly, and no notice', () => {
    t = newTestSession();
    const path = join(t.home, 'v12.casecoder');
    olderProject(path, 12);
    expect(t.session.openProject(path).interruptedImports).toEqual([]);
    const { db } = t.session.context().store;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const keys = (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[]).map(schemaKey).sort();
    expect(keys).toEqual(expectedSchemaKeys(LATEST_SCHEMA_VERSION));
  });
});
