/**
 * A project of an older schema is kept as it was, beside it, before opening migrates it: once
 * migrated, a teammate's older CaseCoder refuses the file as written by a newer one.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { Store } from '../../../main/db/store.js';
import { olderProject } from '../../helpers/older-project.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-before-migration-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The schema version and case names of a file, read without CaseCoder (as an older one would). */
function contents(path: string): { version: number; cases: string[] } {
  const db = new Database(path, { readonly: true });
  try {
    return { version: db.pragma('user_version', { simple: true }) as number, cases: db.prepare('SELECT name FROM case_').pluck().all() as string[] };
  } finally {
    db.close();
  }
}

describe('opening a project of an older schema', () => {
  it('keeps the file as it was as NAME.before-vN.casecoder, then migrates it', () => {
    const path = join(dir, 'study.casecoder');
    olderProject(path, 7, { caseName: 'Anna' });
    const store = Store.open(path);
    store.close();
    const kept = join(dir, 'study.before-v7.casecoder');
    expect(store.migrated).toEqual({ fromVersion: 7, keptAs: kept });
    expect(contents(kept)).toEqual({ version: 7, cases: ['Anna'] });
    expect(contents(path)).toEqual({ version: LATEST_SCHEMA_VERSION, cases: ['Anna'] });
  });

  it('never overwrites an earlier kept copy', () => {
    const path = join(dir, 'study.casecoder');
    olderProject(join(dir, 'study.before-v7.casecoder'), 7, { caseName: 'Earlier' });
    olderProject(path, 7, { caseName: 'Anna' });
    const store = Store.open(path);
    store.close();
    expect(store.migrated?.keptAs).toBe(join(dir, 'study.before-v7 (2).casecoder'));
    expect(contents(join(dir, 'study.before-v7.casecoder')).cases).toEqual(['Earlier']);
    expect(contents(join(dir, 'study.before-v7 (2).casecoder')).cases).toEqual(['Anna']);
  });

  it('keeps nothing for a project already at the latest schema, nor for a new one', () => {
    const path = join(dir, 'new.casecoder');
    const created = Store.create(path, 'new');
    created.close();
    const reopened = Store.open(path);
    reopened.close();
    expect([created.migrated, reopened.migrated]).toEqual([null, null]);
    expect(existsSync(join(dir, 'new.before-v0.casecoder'))).toBe(false);
  });
});
