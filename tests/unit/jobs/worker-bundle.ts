/**
 * The jobs' worker entries bundled from the TypeScript sources, so tests run real worker
 * threads on the code under test (unbuilt, jobs would run inline). The bundle lives under
 * node_modules/.cache so its imports of packages (better-sqlite3, fflate…) resolve as the
 * app's do; each test file gets a folder of its own, removed afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll } from 'vitest';
import { useWorkerFolder } from '../../../main/jobs/worker-scripts.js';

const root = process.cwd();

export async function bundleJobWorkers(): Promise<{ folder: string; dispose(): void }> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'casecoder-job-workers-'));
  await build({
    input: {
      'job-worker': join(root, 'main/jobs/job-worker.ts'),
      'write-job-worker': join(root, 'main/jobs/write-job-worker.ts'),
      'index-columns-worker': join(root, 'main/jobs/index-columns-worker.ts'),
      'refi-parse-worker': join(root, 'main/jobs/refi-parse-worker.ts'),
    },
    platform: 'node',
    // Packages stay imports, resolved from node_modules at run time; the app's own modules are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: { dir: folder, format: 'esm' },
    logLevel: 'warn',
  });
  useWorkerFolder(folder);
  // The next test file in this worker process may run jobs inline or from the build.
  return { folder, dispose: () => { useWorkerFolder(null); rmSync(folder, { recursive: true, force: true }); } };
}

/**
 * The bundle for the calling test file: made before its tests, removed after them. Returns a
 * getter for the folder, for the few tests that look inside it.
 */
export function useJobWorkers(): () => string {
  let workers: Awaited<ReturnType<typeof bundleJobWorkers>> | undefined;
  beforeAll(async () => {
    workers = await bundleJobWorkers();
  }, 60_000);
  afterAll(() => workers?.dispose());
  return () => workers!.folder;
}
