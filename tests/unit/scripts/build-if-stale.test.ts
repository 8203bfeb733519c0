/**
 * `npm start` and `npm run web` build only when a source changed since the last build: run in a
 * folder whose build script counts its runs, the script builds once, then not again until a
 * source is saved after that build began.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/build-if-stale.mjs', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-build-if-stale-'));
  mkdirSync(join(dir, 'main'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'main', 'a.ts'), 'export {};\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build: 'node -e "require(\'fs\').appendFileSync(\'builds\', \'x\')"' } }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = () => {
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(dir, 'builds'), 'utf8').length;
};

it('builds a checkout never built, then not again until a source is newer than that build', () => {
  expect(start()).toBe(1);
  expect(start()).toBe(1);
  // The last build began two minutes ago, and a source was saved a minute ago.
  const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
  utimesSync(join(dir, 'dist', '.built'), ago(120), ago(120));
  utimesSync(join(dir, 'main', 'a.ts'), ago(60), ago(60));
  expect(start()).toBe(2);
  expect(start()).toBe(2);
}, 60_000);
