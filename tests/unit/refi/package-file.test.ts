/**
 * A REFI-QDA file read where it lies (the command line's path, the desktop app's, browser mode's
 * upload): one past the import's limit is refused by its size before it is read, naming the
 * limit; a missing one, or a folder, by the name the user knows.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackageFile } from '../../../main/refi/package-file.js';
import { MAX_PACKAGE_BYTES } from '../../../shared/uploads.js';

const dir = mkdtempSync(join(tmpdir(), 'casecoder-package-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a REFI-QDA file read from its path', () => {
  it('is refused past the limit by its size alone, naming the limit', async () => {
    const big = join(dir, 'big.qdpx');
    writeFileSync(big, '');
    // Sparse: that large, without the disk or the time to read it.
    truncateSync(big, MAX_PACKAGE_BYTES + 1);
    await expect(readPackageFile('Team.qdpx', big)).rejects.toMatchObject({ code: 'refiTooLarge', params: { fileName: 'Team.qdpx', limitMb: 512 } });
  });

  it('is refused by the name given when it is missing or a folder', async () => {
    await expect(readPackageFile('Team.qdpx', join(dir, 'absent.qdpx'))).rejects.toMatchObject({ code: 'fileNotFound', params: { file: 'Team.qdpx' } });
    mkdirSync(join(dir, 'folder.qdpx'));
    await expect(readPackageFile('Team.qdpx', join(dir, 'folder.qdpx'))).rejects.toMatchObject({ code: 'notAFile', params: { path: 'Team.qdpx' } });
  });

  it('is read whole within the limit', async () => {
    writeFileSync(join(dir, 'small.qdpx'), 'bytes');
    expect((await readPackageFile('small.qdpx', join(dir, 'small.qdpx'))).toString()).toBe('bytes');
  });
});
