/**
 * Where the worker threads' entries are. Built, each is in two places: compiled in dist/main
 * (the jobs' beside this module, the document reader's in dist/main/import), and bundled with
 * the command line in dist/cli (scripts/build-cli.mjs). The app (browser mode, the desktop shell)
 * runs the compiled modules but starts its threads from the bundle: a thread loading a few files
 * is ready a quarter second sooner than one loading some 300 modules, and the first table of a
 * session, or the first file of an import, waits for that (issue 13). The bundle is taken unless
 * the compiled entry is newer (only `tsc` was run), as bin/casecoder.js does. Only the entries'
 * dates are compared: a build that rewrote some compiled modules but not the entry (`tsc --watch`)
 * would still pair them with the older bundle; `npm run build` rewrites both. In the bundled
 * command line this module is itself a chunk in dist/cli: its entries are beside it, and the
 * other places name no file.
 *
 * Running from the TypeScript sources there is neither, and jobs run inline, unless a folder of
 * built entries was named (the tests bundle the sources into one so the threads they test are real).
 */
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Each entry, with the folder of dist/main it is compiled into. */
const COMPILED_IN = {
  'job-worker': 'jobs',
  'write-job-worker': 'jobs',
  'index-columns-worker': 'jobs',
  'refi-parse-worker': 'jobs',
  'extract-worker': 'import',
} as const;

export type WorkerEntry = keyof typeof COMPILED_IN;

const bundled = new URL('../../cli/', import.meta.url);
const beside = new URL('./', import.meta.url);
const compiledRoot = new URL('../', import.meta.url);
let named: URL | null = null;

/** Takes the worker entries from `path` (a folder holding the entries: job-worker.js, write-job-worker.js, …); null, from the built places again. */
export function useWorkerFolder(path: string | null): void {
  named = path === null ? null : pathToFileURL(path.endsWith('/') ? path : `${path}/`);
}

/** The entry's script, or null when it is not built: the newest, the bundle if they are as new. */
export function workerScript(entry: WorkerEntry): URL | null {
  const file = `./${entry}.js`;
  const places = named ? [new URL(file, named)] : [new URL(file, bundled), new URL(file, beside), new URL(`${COMPILED_IN[entry]}/${file}`, compiledRoot)];
  let newest: { url: URL; at: number } | null = null;
  // Each file once: compiled, a job's entry is both beside this module and in its folder.
  for (const href of new Set(places.map((url) => url.href))) {
    const url = new URL(href);
    // No existsSync first: a build swapping dist/cli in between would make statSync throw.
    const at = statSync(fileURLToPath(url), { throwIfNoEntry: false })?.mtimeMs;
    if (at !== undefined && (newest === null || at > newest.at)) newest = { url, at };
  }
  return newest?.url ?? null;
}
