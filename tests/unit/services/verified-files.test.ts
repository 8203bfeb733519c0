/**
 * Reopening the project this app last closed cleanly skips reading every page again (seconds
 * on a large project); anything that changed the file since — a copy, another program, a
 * crash's write-ahead log — brings the full check back.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../main/errors.js';
import { Store } from '../../../main/db/store.js';
import { VerifiedFiles } from '../../../main/services/verified-files.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { writeProject } from '../db/untrusted-helpers.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.dispose();
});

describe('the record of files closed cleanly', () => {
  it('knows a file only as it was when recorded', () => {
    const path = writeProject(t.session, 'study');
    const verified = new VerifiedFiles(join(t.home, 'record', 'verified.json'));
    expect(verified.unchanged(path)).toBe(false);
    verified.remember(path);
    expect(verified.unchanged(path)).toBe(true);
    expect(new VerifiedFiles(join(t.home, 'record', 'verified.json')).unchanged(path)).toBe(true);

    const past = new Date(2020, 0, 1);
    utimesSync(path, past, past);
    expect(verified.unchanged(path)).toBe(false);

    verified.remember(path);
    writeFileSync(`${path}-wal`, 'frames');
    expect(verified.unchanged(path)).toBe(false);
  });

  it('is written when the session closes a project, and spares the page check at the next open', () => {
    const path = writeProject(t.session, 'study');
    const open = vi.spyOn(Store, 'open');
    t.session.openProject(path);
    expect(open).toHaveBeenLastCalledWith(path, { pagesKnownSound: true });
    t.session.closeProject();
  });

  it('refuses a file damaged after it was closed, its size unchanged', () => {
    const path = writeProject(t.session, 'study');
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, bytes.length);
    const before = new Date(Date.now() - 60_000);
    writeFileSync(path, bytes);
    utimesSync(path, before, before);
    let error: unknown;
    try {
      t.session.openProject(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('projectDamaged');
  });
});
