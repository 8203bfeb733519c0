/**
 * Ctrl+C outside a job ends the command with status 130 once the project is closed as a finished
 * command closes it. process.exit alone ended the job threads with their connections open, which
 * left -wal and -shm beside the project when a thread was mid-read, and the close unrecorded, so
 * the next command read every page of the file again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { interrupt } from '../../../main/cli/interrupt.js';
import { withProject } from '../../../main/cli/project.js';
import { bulkProject } from '../../helpers/bulk-project.js';

const home = mkdtempSync(join(tmpdir(), 'casecoder-interrupt-'));
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(home, { recursive: true, force: true });
});

describe('Ctrl+C on the command line', () => {
  it('closes the open project, its reading threads first, and then exits with 130', async () => {
    const project = join(home, 'large.casecoder');
    bulkProject(project, 5_000).close();
    const settings = join(home, 'settings');
    const io = { out: () => {}, write: () => {}, err: () => {}, env: { CASECODER_HOME: settings, CASECODER_CODER: 'Ada' }, cwd: home };
    const recorded = () => existsSync(join(settings, 'verified-files.json')) && project in JSON.parse(readFileSync(join(settings, 'verified-files.json'), 'utf8'));
    const atExit: { code: unknown; closed: boolean; wal: boolean }[] = [];
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      atExit.push({ code, closed: recorded(), wal: existsSync(`${project}-wal`) });
    }) as never);

    await withProject(io, project, {}, async (call) => {
      // A page read on a job thread, as a listing does: that thread holds a connection.
      await call('segments.query', { offset: 0, limit: 10 });
      expect(existsSync(`${project}-wal`)).toBe(true);
      interrupt();
      await vi.waitFor(() => expect(atExit).toHaveLength(1));
    });
    expect(atExit).toEqual([{ code: 130, closed: true, wal: false }]);
  });
});
