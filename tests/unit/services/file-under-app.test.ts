/**
 * The file under an open project: deleted, moved or replaced while open is noticed before the
 * next write and the work is kept in a recovery copy; a full disk and a read-only file are told
 * in plain words with nothing lost. Before these guards every edit answered ok (and was gone
 * at shutdown), and the disk errors reached the UI as "Something went wrong".
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { Store } from '../../../main/db/store.js';
import { storageError } from '../../../main/db/storage-errors.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let call: Dispatch;
beforeEach(() => {
  t = newTestSession();
  call = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

async function createCase(name: string) {
  return call('cases.create', { name, groupId: null });
}

function casesIn(path: string): string[] {
  const store = Store.open(path);
  try {
    return (store.db.prepare('SELECT name FROM case_ ORDER BY name').pluck().all() as string[]);
  } finally {
    store.close();
  }
}

function recoveryCopies(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^study\.recovered-.*\.casecoder$/.test(name)).map((name) => join(folder, name));
}

describe('a project file taken away while open', () => {
  it.each([
    ['deleted', (path: string) => rmSync(path)],
    ['moved', (path: string) => renameSync(path, `${path}.moved`)],
    ['replaced', (path: string) => {
      const other = newTestSession();
      const { path: replacement } = other.session.createProject('other');
      other.session.closeProject();
      copyFileSync(replacement, `${path}.new`);
      renameSync(`${path}.new`, path);
      other.dispose();
    }],
  ])('is noticed before the next write when %s, and the work is kept beside it', async (_, takeAway) => {
    const { path } = t.session.createProject('study');
    expect((await createCase('Anna')).ok).toBe(true);
    takeAway(path);

    const result = await createCase('Boris');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('projectFileGone');
    const [copy] = recoveryCopies(dirname(path));
    expect(result.error.params.recovery).toBe(copy);
    expect(casesIn(copy!)).toEqual(['Anna']);

    // Later edits get the same answer; no second copy.
    const again = await createCase('Chen');
    expect(again.ok ? null : again.error.code).toBe('projectFileGone');
    expect(recoveryCopies(dirname(path))).toHaveLength(1);
  });

  it('goes on as usual while the file stays where it is', async () => {
    const { path } = t.session.createProject('study');
    expect((await createCase('Anna')).ok).toBe(true);
    expect((await createCase('Boris')).ok).toBe(true);
    expect(recoveryCopies(dirname(path))).toEqual([]);
  });
});

describe('a full disk and a read-only project', () => {
  it('a full disk is told in plain words and the project keeps its earlier work', async () => {
    const { path } = t.session.createProject('study');
    expect((await createCase('Anna')).ok).toBe(true);
    const { store } = t.session.context();
    // SQLite's own "database or disk is full" (SQLITE_FULL), without filling a real disk.
    store.db.pragma(`max_page_count = ${store.db.pragma('page_count', { simple: true }) as number}`);
    const result = await call('memos.create', { target: { kind: 'project', id: null }, text: 'B'.repeat(100_000) });
    expect(result.ok ? null : result.error.code).toBe('diskFull');
    t.session.closeProject();
    expect(casesIn(path)).toEqual(['Anna']);
  });

  it('a read-only project is told in plain words', async () => {
    t.session.createProject('study');
    const { store } = t.session.context();
    store.db.pragma('query_only = ON');
    const result = await createCase('Anna');
    expect(result.ok ? null : result.error.code).toBe('storageReadOnly');
  });

  it('maps the file system errors too, and leaves others alone', () => {
    for (const code of ['ENOSPC', 'SQLITE_FULL']) expect(storageError(Object.assign(new Error('x'), { code }))?.code).toBe('diskFull');
    for (const code of ['EACCES', 'EROFS', 'SQLITE_READONLY_DBMOVED']) expect(storageError(Object.assign(new Error('x'), { code }))?.code).toBe('storageReadOnly');
    expect(storageError(new Error('x'))).toBeNull();
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
  });
});

/** A real small disk, where the machine lets the tests mount one (root on Linux). */
function mountTmpfs(options: string): string | null {
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', folder], { stdio: 'ignore' });
    return folder;
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return null;
  }
}

function unmount(folder: string): void {
  execFileSync('umount', [folder], { stdio: 'ignore' });
  rmSync(folder, { recursive: true, force: true });
}

const canMount = process.platform === 'linux' && process.getuid?.() === 0;

describe.runIf(canMount)('on a real tiny disk', () => {
  it('filling it is told as a full disk, and what was saved before is intact', async () => {
    const disk = mountTmpfs('size=1m')!;
    try {
      const path = join(disk, 'study.casecoder');
      t.session.createProject(path);
      let result = await createCase('Anna');
      expect(result.ok).toBe(true);
      for (let i = 0; i < 200 && result.ok; i++) result = await call('memos.create', { target: { kind: 'project', id: null }, text: `${i} ${'x'.repeat(50_000)}` });
      expect(result.ok ? null : result.error.code).toBe('diskFull');
      t.session.closeProject();
      expect(casesIn(path)).toContain('Anna');
    } finally {
      t.session.closeProject();
      unmount(disk);
    }
  });

  it('a project on a disk mounted read-only is told as read-only', async () => {
    const disk = mountTmpfs('size=4m')!;
    try {
      const path = join(disk, 'study.casecoder');
      t.session.createProject(path);
      t.session.closeProject();
      execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'ignore' });
      const result = await call('project.open', { path });
      expect(result.ok ? null : result.error.code).toBe('projectReadOnly');
    } finally {
      t.session.closeProject();
      unmount(disk);
    }
  });
});
