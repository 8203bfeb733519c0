/**
 * Bytes made by a test, written where a call that reads a file where it lies (merge.plan,
 * refi.import, a REFI-QDA write job) finds them: a folder of the test file's own, removed after
 * its tests. Called at the file's top level (its module cache is shared with other files).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A function giving the path of a new file holding `bytes`, named `name` in a folder of its own (so a name may be written twice). */
export function useFilesOnDisk(): (name: string, bytes: Uint8Array) => string {
  const folder = mkdtempSync(join(tmpdir(), 'casecoder-test-file-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let written = 0;
  return (name, bytes) => {
    const dir = join(folder, String(written++));
    mkdirSync(dir);
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
}
