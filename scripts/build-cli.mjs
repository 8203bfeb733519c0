#!/usr/bin/env node
// `npm run build:cli`: bundles the compiled command line (dist/main, so run after build:main)
// into dist/cli/, for start-up time. Unbundled, every `casecoder` process spends about half a
// second of CPU resolving, reading and compiling some 400 modules (the app's, zod's, jschardet's…)
// before it does anything; one bundle is a few files to read and a third of that time.
//
// The worker threads the CLI starts are entries of the same build, so they share its chunks.
// main/jobs/worker-scripts.ts finds them as `./<name>.js` beside its own module
// (`new URL(…, import.meta.url)`); in the bundle that module is a chunk in dist/cli/, so the
// entries are written to dist/cli/ under those names (one flat folder, no subfolders for
// chunks). The app, which runs dist/main unbundled, starts its worker threads from these
// entries too: worker-scripts.ts also looks in dist/cli from there.
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = (path) => `${root}dist/main/${path}`;
const out = `${root}dist/cli`;

// Packages that stay imports, resolved from node_modules at run time, because they find files
// relative to their own: better-sqlite3 its native binding; pdfjs-dist the ./pdf.worker.mjs it
// imports for its "fake worker" in Node (loaded only when a PDF is read: no start-up cost).
const external = ['better-sqlite3', /^pdfjs-dist(\/|$)/];

// Written beside and then swapped in, so a `casecoder` started meanwhile (tests run in parallel)
// never finds an entry without its chunks: without dist/cli it runs dist/main (bin/casecoder.js).
const next = `${out}.next-${process.pid}`;
try {
  await build({
    input: {
      casecoder: compiled('cli/index.js'),
      'job-worker': compiled('jobs/job-worker.js'),
      'write-job-worker': compiled('jobs/write-job-worker.js'),
      'index-columns-worker': compiled('jobs/index-columns-worker.js'),
      'refi-parse-worker': compiled('jobs/refi-parse-worker.js'),
      'extract-worker': compiled('import/extract-worker.js'),
    },
    platform: 'node',
    external,
    output: { dir: next, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    logLevel: 'warn',
  });
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  throw error;
}
rmSync(out, { recursive: true, force: true });
renameSync(next, out);
