/**
 * The app opens a project without blocking its main thread for the page check (issue 13): the
 * check runs in its worker while the event loop keeps turning, with exactly the refusals of the
 * synchronous open, and the project open before stays open until the new one is accepted.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProjectFile, checkProjectFileAsync } from '../../../main/db/project-file.js';
import { checkFileInWorkerAsync } from '../../../main/db/file-check.js';
import { longestLoopGap } from '../../../bench/loop-gap.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { alter, DESTRUCTIVE_TRIGGER, fileHash, writeProject } from './untrusted-helpers.js';
import { refusal } from '../../helpers/refusal.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
});
afterEach(() => t.dispose());


/** Garbage over the b-tree pages after the schema's, the size unchanged: what quick_check is for. */
function damagePages(path: string): void {
  const bytes = readFileSync(path);
  bytes.fill(0x5a, bytes.readUInt16BE(16) * 2, bytes.length);
  writeFileSync(path, bytes);
}

/**
 * A project whose page check takes a few hundred ms: rows beside the schema, not in it, on the
 * smallest pages SQLite allows (the check's cost is per page and cell, not per byte). Opening it
 * blocks for the whole check if the open after the awaited check checks the pages again.
 */
function largeProject(name: string): string {
  const path = writeProject(t.session, name);
  alter(path, `PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;
    WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 200000)
    INSERT INTO project_meta (key, value) SELECT 'filler' || n, hex(randomblob(100)) FROM r;`);
  // Back in WAL mode, as CaseCoder leaves its files: a read-only check then creates an empty WAL beside it.
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.close();
  return path;
}

describe('opening a project without blocking', () => {
  it.each([
    ['altered outside CaseCoder', (path: string) => alter(path, DESTRUCTIVE_TRIGGER), 'projectAltered'],
    ['with damaged pages', damagePages, 'projectDamaged'],
    ['not an SQLite file', (path: string) => writeFileSync(path, 'just some text, long enough to have a header'), 'notSqlite'],
  ])('refuses a file %s as the synchronous open does, leaving it and the open project as they were', async (_, spoil, code) => {
    const path = writeProject(t.session, 'study');
    spoil(path);
    const before = fileHash(path);
    const open = t.session.createProject('other');

    expect((await refusal(() => t.session.openProjectAsync(path))).code).toBe(code);
    expect((await refusal(() => t.session.openProject(path))).code).toBe(code);
    expect(fileHash(path)).toBe(before);
    expect(t.session.state().project?.path).toBe(open.path);
  });

  it('refuses a file that is gone and drops it from the recent projects', async () => {
    const path = writeProject(t.session, 'study');
    renameSync(path, join(t.home, 'moved.casecoder'));
    expect(t.session.state().recent).toContain(path);
    expect((await refusal(() => t.session.openProjectAsync(path))).code).toBe('projectNotFound');
    expect(t.session.state().recent).not.toContain(path);
  });

  it('opens a sound project, whether or not this app closed it cleanly', async () => {
    const path = writeProject(t.session, 'study');
    alter(path, 'SELECT 1');
    expect((await t.session.openProjectAsync(path)).path).toBe(path);
    t.session.closeProject();
    expect((await t.session.openProjectAsync(path)).name).toBe('study');
  });

  it("keeps the main thread's event loop turning while a large file's pages are checked", async () => {
    const path = largeProject('large');
    // The first open of a process loads and prepares what every later one reuses.
    await t.session.openProjectAsync(writeProject(t.session, 'small'));
    const { maxBusy, duration } = await longestLoopGap(() => t.session.openProjectAsync(path));
    expect(t.session.state().project?.path).toBe(path);
    expect(duration).toBeGreaterThan(200);
    // Far under the check's duration (a loaded two-core machine still pauses now and then).
    expect(maxBusy).toBeLessThan(Math.min(150, duration / 3));
  }, 60_000);

  it('keeps the open project open while the check runs; a later switch cancels the earlier open', async () => {
    const large = largeProject('large');
    const small = writeProject(t.session, 'small');
    const first = t.session.createProject('first');

    const overtaken = t.session.openProjectAsync(large);
    expect(t.session.state().project?.path).toBe(first.path);
    const later = t.session.openProjectAsync(small);
    expect((await refusal(() => overtaken)).code).toBe('jobCancelled');
    expect((await later).path).toBe(small);
    expect(t.session.state().project?.path).toBe(small);

    // Closing the project is a switch too: the open begun before it does not reopen one.
    const closedMeanwhile = t.session.openProjectAsync(large);
    t.session.closeProject();
    expect((await refusal(() => closedMeanwhile)).code).toBe('jobCancelled');
    expect(t.session.state().project).toBeNull();
  }, 60_000);
});

describe('the check just awaited', () => {
  it('spares the open straight after it only while the file is the one it read', async () => {
    const path = writeProject(t.session, 'study');
    await checkProjectFileAsync(path);
    // Damaged in place, size unchanged: the check that follows reads the file again.
    damagePages(path);
    expect((await refusal(() => checkProjectFile(path))).code).toBe('projectDamaged');
  });

  it('does not speak for a file put in place while it ran: that one is checked in full', async () => {
    const path = largeProject('large');
    const damaged = writeProject(t.session, 'damaged');
    damagePages(damaged);
    const opening = t.session.openProjectAsync(path);
    // The check's read-only connection makes the shared-memory file beside a WAL-mode project.
    while (!existsSync(`${path}-shm`)) await new Promise((resolve) => setTimeout(resolve, 1));
    renameSync(damaged, path);
    expect((await refusal(() => opening)).code).toBe('projectDamaged');
    expect(t.session.state().project).toBeNull();
  }, 60_000);

  it('answers as the blocking check does when the time limit passes', async () => {
    const path = writeProject(t.session, 'study');
    expect(await checkFileInWorkerAsync(path, { seconds: 0.001 })).toEqual({ kind: 'timeout', seconds: 0.001 });
    expect((await checkFileInWorkerAsync(path)).kind).toBe('ok');
  });
});
