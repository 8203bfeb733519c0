/**
 * A project connection folds the WAL into the file once writes pause (store.ts), not in the
 * commit that takes it past SQLite's default 1,000 pages, where a coding waited for it; and
 * SQLite's own checkpoint still bounds the WAL of writes that never pause. Pages reach the file
 * only in a checkpoint, so the file's size shows when one ran.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertCase } from '../../../main/db/repos/cases.js';
import { insertDocument } from '../../../main/db/repos/documents.js';
import { Store } from '../../../main/db/store.js';

const PAGE = 4096;
let folder: string;
let store: Store;
let cases = 0;
beforeEach(() => {
  vi.useFakeTimers();
  folder = mkdtempSync(join(tmpdir(), 'casecoder-checkpoint-'));
  store = Store.create(join(folder, 'p.casecoder'), 'P');
});
afterEach(() => {
  store.close();
  vi.useRealTimers();
  rmSync(folder, { recursive: true, force: true });
});

const fileBytes = () => statSync(store.path).size;
/** One transaction writing about `pages` new pages: a document of that much text. */
const write = (pages: number) =>
  store.transaction(() => insertDocument(store, insertCase(store, `C${++cases}`, null), 'D', 'x'.repeat(pages * PAGE), 'paste'));

describe('checkpoints', () => {
  it('leave a commit of over 1,000 pages in the WAL until writes have paused for a second', () => {
    const before = fileBytes();
    write(1200);
    expect(fileBytes()).toBe(before);
    vi.advanceTimersByTime(999);
    expect(fileBytes()).toBe(before);
    vi.advanceTimersByTime(1);
    expect(fileBytes()).toBeGreaterThan(before + 1200 * PAGE);
  });

  it('wait for the last of a run of writes', () => {
    const before = fileBytes();
    write(10);
    vi.advanceTimersByTime(600);
    write(10);
    vi.advanceTimersByTime(600);
    expect(fileBytes()).toBe(before);
    vi.advanceTimersByTime(400);
    expect(fileBytes()).toBeGreaterThan(before + 20 * PAGE);
  });

  it('still come in the commit that takes the WAL past its bound, for writes that never pause', () => {
    const before = fileBytes();
    write(5000);
    expect(fileBytes()).toBeGreaterThan(before + 5000 * PAGE);
  });
});
