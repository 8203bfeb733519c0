/**
 * Found by the crash harness (CRASH_POINTS=2000, kill 354): a kill while SQLite checkpoints
 * the WAL into a growing project leaves page 1 — whose header counts the pages — already
 * written and the later pages not yet. The file is then shorter than its header says, though
 * the WAL beside it still holds every page and SQLite recovers it whole. This rebuilds that
 * state exactly: the project must open. (Fix: main/db/project-file.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../main/db/store.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';
import { createCase } from '../../main/services/cases.js';
import { pasteText } from '../../main/services/text-import.js';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

let home: string;
beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'casecoder-torn-'))));
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** A project whose recent work (many pages) is still only in its WAL, copied as a crash leaves it. */
function crashedProject(): string {
  const path = join(home, 'live.casecoder');
  const store = Store.create(path, 'torn');
  seedDefaultCodebook(store);
  store.db.pragma('wal_autocheckpoint = 0');
  const ctx = { store, coderName: 'Ada' };
  const caseId = createCase(ctx, 'Anna', null).id;
  for (let i = 0; i < 50; i++) pasteText(ctx, caseId, `interview ${i}`, `answer ${i} `.repeat(2000));
  const crashed = join(home, 'crashed.casecoder');
  copyFileSync(path, crashed);
  copyFileSync(`${path}-wal`, `${crashed}-wal`);
  store.close();
  return crashed;
}

/** Writes the WAL's newest page 1 into the file, as a checkpoint does first. */
function writeFirstCheckpointPage(path: string): void {
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  let page1: Buffer | undefined;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    if (wal.readUInt32BE(at) === 1) page1 = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize);
  }
  const fd = openSync(path, 'r+');
  writeSync(fd, page1!, 0, pageSize, 0);
  closeSync(fd);
}

describe('a kill in the middle of a checkpoint', () => {
  it('leaves a project that opens with all its work', () => {
    const crashed = crashedProject();
    writeFirstCheckpointPage(crashed);
    const header = readFileSync(crashed).subarray(0, 100);
    expect(header.readUInt32BE(28) * header.readUInt16BE(16)).toBeGreaterThan(statSync(crashed).size);

    const store = Store.open(crashed);
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(50);
    } finally {
      store.close();
    }
  });
});
