/**
 * A file the command line reads moves to the reader thread instead of being copied there; one it
 * cannot read, or past what a call carries, is refused by the name given, said once.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/output.js';
import { checkInput, readInput } from '../../../main/cli/read-input.js';
import { MAX_IMPORT_BYTES } from '../../../shared/contract.js';
import { extractDocumentInWorker } from '../../../main/import/worker-client.js';

const dir = mkdtempSync(join(tmpdir(), 'casecoder-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io: CliIo = { out: () => {}, write: () => {}, err: () => {}, env: {}, cwd: dir };
const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);

describe('a file named on the command line', () => {
  it("is the reader thread's to take, without a copy", async () => {
    writeFileSync(join(dir, 'interview.txt'), 'Мы приехали в мае. '.repeat(50_000));
    const bytes = readInput(io, 'interview.txt');
    const size = bytes.byteLength;
    expect(size).toBeGreaterThan(1 << 20);
    expect(await extractDocumentInWorker('interview.txt', bytes, { workerUrl })).toMatchObject({ ok: true, document: { text: expect.stringMatching(/^Мы приехали в мае\./) } });
    // Moved: the array here is empty now.
    expect(bytes.byteLength).toBe(0);
  });

  it('is refused with its name when it is missing or a folder', () => {
    expect(() => readInput(io, 'absent.txt')).toThrow('Cannot read absent.txt: no such file');
    expect(() => readInput(io, '.')).toThrow('Cannot read .: it is a folder');
    // One read where it lies (a REFI-QDA package) alike, before the project changes.
    expect(() => checkInput(io, 'absent.qdpx')).toThrow('Cannot read absent.qdpx: no such file');
    expect(() => checkInput(io, '.')).toThrow(expect.objectContaining({ code: 'inputIsFolder', message: 'Cannot read .: it is a folder' }));
  });

  it('is refused past the size a call carries, said once (it was «Cannot read big.txt: Cannot read big.txt: …»)', () => {
    writeFileSync(join(dir, 'big.txt'), '');
    // Sparse: as large as that, without the disk.
    truncateSync(join(dir, 'big.txt'), MAX_IMPORT_BYTES + 1);
    expect(() => readInput(io, 'big.txt')).toThrow(expect.objectContaining({
      code: 'inputTooLarge', message: 'Cannot read big.txt: it is larger than 50 MB, the largest file CaseCoder imports',
    }));
  });
});
