/**
 * Where the jobs' worker entries are: beside this module once built (dist/main/jobs; in the
 * bundled command line, dist/cli, where scripts/build-cli.mjs writes them beside the chunk this
 * module lands in, under the same names, so the lookup is the same in both builds). Running
 * from the TypeScript sources there is none, and jobs run inline, unless a folder of built
 * entries was named (the tests bundle the sources into one so the threads they test are real).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type WorkerEntry = 'job-worker' | 'write-job-worker' | 'index-columns-worker' | 'refi-parse-worker';

let folder: URL = new URL('./', import.meta.url);

/** Takes the worker entries from `path` (a folder holding the entries: job-worker.js, write-job-worker.js, …). */
export function useWorkerFolder(path: string): void {
  folder = pathToFileURL(path.endsWith('/') ? path : `${path}/`);
}

/** The entry's script, or null when it is not built. */
export function workerScript(entry: WorkerEntry): URL | null {
  const url = new URL(`./${entry}.js`, folder);
  return existsSync(fileURLToPath(url)) ? url : null;
}
