/**
 * The copy a command that only reads takes of an older project (db/reading-copy.ts): the file as
 * committed, its write-ahead log included while another connection (the app) has it open; none
 * for a current project; removed whole.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readingCopyIfOlder } from '../../../main/db/reading-copy.js';
import { Store } from '../../../main/db/store.js';
import { olderProject } from '../../helpers/older-project.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-reading-copy-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const casesIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT name FROM case_ ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('a reading copy', () => {
  it('holds what an open connection committed to the log, and leaves nothing beside the file', async () => {
    const path = join(dir, 'older.casecoder');
    olderProject(path, 7);
    const app = new Database(path);
    try {
      app.pragma('wal_autocheckpoint = 0');
      app.prepare("INSERT INTO case_ (guid, name, created_at) VALUES ('c2', 'P2', '2026-01-02T00:00:00.000Z')").run();
      expect(existsSync(`${path}-wal`)).toBe(true);
      const copy = (await readingCopyIfOlder(path))!;
      expect(copy.fromVersion).toBe(7);
      expect(dirname(copy.path)).not.toBe(dir);
      expect(casesIn(copy.path)).toEqual(['P1', 'P2']);
      copy.remove();
      expect(existsSync(dirname(copy.path))).toBe(false);
    } finally {
      app.close();
    }
    expect(readdirSync(dir)).toEqual(['older.casecoder']);
  });

  it('is taken of a closed file as its bytes, and of no current project', async () => {
    const path = join(dir, 'closed.casecoder');
    olderProject(path, 7, { caseName: 'Один' });
    const copy = (await readingCopyIfOlder(path))!;
    expect(casesIn(copy.path)).toEqual(['Один']);
    copy.remove();
    expect(readdirSync(dir)).toEqual(['closed.casecoder']);
    const current = join(dir, 'current.casecoder');
    Store.create(current, 'current').close();
    expect(await readingCopyIfOlder(current)).toBeNull();
    expect(await readingCopyIfOlder(join(dir, 'missing.casecoder'))).toBeNull();
  });
});
