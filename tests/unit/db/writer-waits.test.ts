/**
 * Two processes writing one project: the second waits for the first's write to end instead of
 * failing with «database is locked» (review-cli-1208 #3: a second command-line import beside a
 * first failed within a second). A transaction that reads and then writes while another process
 * holds the write lock found, once it could write, that the other had committed since its read:
 * SQLite refuses such a transaction at once, its busy handler never asked.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCase, listCases } from '../../../main/db/repos/cases.js';
import { storageError } from '../../../main/db/storage-errors.js';
import { Store } from '../../../main/db/store.js';

let folder: string;
let store: Store;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casecoder-writers-'));
  store = Store.create(join(folder, 'p.casecoder'), 'P');
});
afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Another process that takes the write lock, says so, adds a case and commits `holdMs` later. */
function otherWriter(path: string, holdMs: number): Promise<{ done: Promise<number | null> }> {
  const source = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)});
    db.prepare('BEGIN IMMEDIATE').run();
    db.prepare("INSERT INTO case_ (guid, name, group_id, created_at, description) VALUES ('b5a3c1d2-0000-4000-8000-000000000001', 'Theirs', NULL, '2026-01-01T00:00:00.000Z', '')").run();
    process.stdout.write('locked\\n');
    const until = Date.now() + ${holdMs};
    while (Date.now() < until);
    db.prepare('COMMIT').run();
    db.close();`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => { if (String(data).includes('locked')) resolve({ done }); });
    child.on('exit', (code) => reject(new Error(`the other writer ended first (${code})`)));
  });
}

describe('a write while another process writes', () => {
  it('waits for it to end, then writes', async () => {
    const other = await otherWriter(store.path, 1_000);
    // Reads first, as a service does, then writes.
    const made = store.transaction(() => {
      const before = listCases(store).length;
      insertCase(store, 'Ours', null);
      return before;
    });
    expect(await other.done).toBe(0);
    expect(made).toBe(1);
    expect(listCases(store).map((c) => c.name).sort()).toEqual(['Ours', 'Theirs']);
  });

  it('past the wait, is refused in plain words that nothing was saved, not SQLite\'s «database is locked»', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']) {
      expect(storageError(Object.assign(new Error('database is locked'), { code }))?.code).toBe('projectBusy');
    }
  });
});
