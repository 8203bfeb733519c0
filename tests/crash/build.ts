/**
 * The crash worker runs the built code in dist/. `npm test` builds first; a run of this test
 * alone rebuilds when a source file is newer than the build, so it never tests stale code.
 *
 * The worker is then bundled into one file, as the command line is (scripts/build-cli.mjs): a
 * fresh process per kill otherwise spends about 0.4 s of CPU resolving and compiling some 400
 * modules before it opens the project, which was a quarter of the crash test's minutes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { buildMainIfStale } from '../helpers/sources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Outside dist/, which the desktop package takes whole (electron-builder.yml).
const BUNDLED = join(ROOT, 'test-results/crash-worker');

/** Builds what the worker runs and returns the worker's script. */
export async function buildCrashWorker(): Promise<string> {
  ensureMainBuilt();
  // Packages that find files beside their own stay imports from node_modules, as in the CLI.
  await build({
    input: { worker: join(ROOT, 'tests/crash/worker.mjs') },
    platform: 'node',
    external: ['better-sqlite3', /^pdfjs-dist(\/|$)/],
    output: { dir: BUNDLED, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    logLevel: 'silent',
  });
  return join(BUNDLED, 'worker.js');
}

function ensureMainBuilt(): void {
  const result = buildMainIfStale();
  if (result && result.status !== 0) throw new Error(`npm run build:main failed:\n${result.stdout}${result.stderr}`);
}
