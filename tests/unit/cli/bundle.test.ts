/**
 * The command line runs as one bundle (dist/cli, scripts/build-cli.mjs) because it starts in a
 * third of the time. This checks that bin/casecoder.js runs it, that no module of the unbundled
 * build (dist/main) is loaded, and that the worker threads the CLI starts are the bundle's and
 * work in it: a .docx and a .pdf (document readers), a .qdpx (write job), tables as .xlsx and
 * .docx (job, writers loaded lazily). A module-load hook records every file:// module loaded, in
 * the process and its threads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainIfStale } from '../../helpers/sources.js';
import { docx, para, pdf, textPage } from '../import/fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const compiled = join(root, 'dist/main/cli/index.js');
const bundle = join(root, 'dist/cli/casecoder.js');
let dir: string;
let log: string;

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -Infinity);


/** Runs `casecoder …` in the test's folder; returns stdout, failing (with stderr) on a non-zero exit. */
function ok(...args: string[]): string {
  rmSync(log, { force: true });
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(dir, 'home'), CASECODER_CODER: 'Ada' }, encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** The app's own modules (not packages) the last run loaded, relative to the checkout. */
function appModules(): string[] {
  const urls = readFileSync(log, 'utf8').trimEnd().split('\n');
  const paths = urls.map((url) => fileURLToPath(url)).filter((path) => path.startsWith(root) && !path.includes('/node_modules/'));
  return [...new Set(paths.map((path) => path.slice(root.length)))].sort();
}

beforeAll(() => {
  // Rebuilt as `npm run build` does, only what is stale: `npm test` has just built.
  buildMainIfStale();
  if (mtime(bundle) < mtime(compiled)) spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'casecoder-cli-bundle-'));
  log = join(dir, 'loaded.txt');
  mkdirSync(join(dir, 'home'));
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  writeFileSync(join(dir, 'hooks.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    'export async function load(url, context, next) {',
    `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');`,
    '  return next(url, context);',
    '}',
  ].join('\n'));
  writeFileSync(join(dir, 'word.docx'), docx(para('We left in May.')));
  writeFileSync(join(dir, 'paper.pdf'), pdf({ pages: [textPage('Page one words')] }));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled command line', () => {
  it('is what bin/casecoder.js runs, without the unbundled modules', () => {
    expect(ok('--help')).toMatch(/^Usage: casecoder <command>/);
    const loaded = appModules();
    expect(loaded).toContain('dist/cli/casecoder.js');
    expect(loaded.filter((path) => !path.startsWith('dist/cli/') && path !== 'bin/casecoder.js')).toEqual([]);
  });

  it('runs when node is started with it, through a link too, and once when bin/casecoder.js imports it', () => {
    const usage = /^Usage: casecoder <command>/gm;
    expect(ok('--help').match(usage)).toHaveLength(1);
    const linked = join(dir, 'checkout');
    symlinkSync(root, linked);
    for (const entry of [bundle, compiled, join(linked, 'dist/cli/casecoder.js')]) {
      // --help follows the system's language: English here, whatever the machine's locale.
      const run = spawnSync(process.execPath, [entry, '--help'], { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8' }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.match(usage)).toHaveLength(1);
      // A failure's status reaches the shell too.
      expect(spawnSync(process.execPath, [entry, 'nope'], { cwd: dir, encoding: 'utf8' }).status).toBe(2);
    }
  });

  it('reads a .docx and a .pdf in its own extract worker', () => {
    ok('new', 'p');
    expect(ok('import', 'p', 'word.docx', 'paper.pdf', '--case', 'Anna')).toMatch(/^word\.docx: created document .*\npaper\.pdf: created document /);
    expect(appModules()).toContain('dist/cli/extract-worker.js');
    const documents = JSON.parse(ok('documents', 'p', '--json')) as { name: string; format: string; length: number }[];
    expect(documents.map((d) => [d.name, d.format])).toEqual([['word', 'docx'], ['paper', 'pdf']]);
  });

  it('writes tables as .xlsx and .docx in its own job worker', () => {
    ok('code', 'p', '--case', 'Anna', '--quote', 'We left in May.', '--code', 'Valence/Negative');
    for (const format of ['xlsx', 'docx']) {
      expect(ok('table', 'p', '--kind', 'crosstab', '--format', format, '--out', `t.${format}`)).toBe('');
      expect(appModules()).toContain('dist/cli/job-worker.js');
      // The job thread's connection is closed before the command's own, which, closed last,
      // folds the log into the project and leaves no -wal or -shm beside it.
      expect(readdirSync(dir).filter((name) => name.startsWith('p.casecoder-'))).toEqual([]);
      // A zip file (both formats are): its local header signature.
      expect(readFileSync(join(dir, `t.${format}`)).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    }
  });

  it('is where the app, running the compiled modules, starts its job and reader threads from, unless they are newer', () => {
    // The dispatch as browser mode and the desktop shell hold it (dist/main), reading a .docx in
    // a reader thread and building a table in a job thread.
    const script = join(dir, 'app.mjs');
    writeFileSync(script, [
      `import { createDispatch } from ${JSON.stringify(pathToFileURL(join(root, 'dist/main/api/dispatch.js')).href)};`,
      `import { Session } from ${JSON.stringify(pathToFileURL(join(root, 'dist/main/services/session.js')).href)};`,
      `const session = new Session({ configDir: ${JSON.stringify(join(dir, 'home'))}, workspace: ${JSON.stringify(dir)} });`,
      'const dispatch = createDispatch(session);',
      "await dispatch('session.setCoder', { name: 'Ada' });",
      `await dispatch('project.open', { path: ${JSON.stringify(join(dir, 'p.casecoder'))} });`,
      `const files = [{ fileName: 'word.docx', content: ${JSON.stringify(readFileSync(join(dir, 'word.docx')).toString('base64'))} }];`,
      "const imported = await dispatch('documents.import', { target: { caseName: 'Read by the app' }, files, allowDuplicates: true });",
      "if (!imported.ok || imported.value.files[0].status !== 'created') throw new Error(JSON.stringify(imported));",
      "const table = await dispatch('tables.build', { kind: 'crosstab' });",
      'session.closeProject();',
      'if (!table.ok) throw new Error(table.error.message);',
    ].join('\n'));
    const app = () => {
      rmSync(log, { force: true });
      const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, script], { cwd: dir, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return appModules();
    };
    const bundled = app();
    expect(bundled).toEqual(expect.arrayContaining(['dist/main/api/dispatch.js', 'dist/cli/job-worker.js', 'dist/cli/extract-worker.js']));
    expect(bundled).not.toContain('dist/main/jobs/job-worker.js');
    expect(bundled).not.toContain('dist/main/import/extract-worker.js');
    // Compiled after the bundle (only `tsc` was run): the bundle is stale, and the compiled entry runs.
    const compiledWorker = join(root, 'dist/main/jobs/job-worker.js');
    const { atime, mtime: built } = statSync(compiledWorker);
    utimesSync(compiledWorker, atime, new Date(statSync(join(root, 'dist/cli/job-worker.js')).mtimeMs + 1000));
    try {
      const loaded = app();
      expect(loaded).toContain('dist/main/jobs/job-worker.js');
      expect(loaded).not.toContain('dist/cli/job-worker.js');
      // Each entry's own dates decide: the reader's compiled entry is not newer than its bundle.
      expect(loaded).toContain('dist/cli/extract-worker.js');
    } finally {
      utimesSync(compiledWorker, atime, built);
    }
  });

  it('exports and imports a .qdpx, the import in its own write-job worker', () => {
    ok('export', 'p', '--format', 'qdpx', '--out', 'p.qdpx');
    ok('new', 'q');
    ok('import', 'q', 'p.qdpx');
    expect(appModules()).toContain('dist/cli/write-job-worker.js');
    expect(ok('segments', 'q', '--code', 'Valence/Negative')).toContain('We left in May.');
  });
});
