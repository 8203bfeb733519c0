/**
 * What CaseCoder writes is its user's alone (main/private-files.ts): a project, its WAL, a table
 * and a REFI-QDA package exported from it, and the settings, made by `casecoder` in a process of
 * its own, as users run it. They were readable by every account on the machine (umask 022).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

function casecoder(...args: string[]): void {
  // Started under the usual mask: the app sets its own.
  const result = spawnSync('/bin/sh', ['-c', 'umask 022 && exec "$0" "$@"', process.execPath, join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(dir, 'home'), CASECODER_CODER: 'Ada' }, encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-private-'));
  writeFileSync(join(dir, 'P1_interview.txt'), 'We left in May, and the rent was high.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('makes projects, exports and settings readable by their user alone', () => {
  casecoder('new', 'study.casecoder');
  casecoder('import', 'study.casecoder', 'P1_interview.txt', '--case-per-file', '--group', 'Programmers');
  casecoder('code', 'study.casecoder', '--case', 'P1', '--quote', 'the rent was high', '--code', 'Valence/Negative');
  casecoder('table', 'study.casecoder', '--kind', 'case-matrix', '--format', 'xlsx', '--out', 'matrix.xlsx');
  casecoder('export', 'study.casecoder', '--format', 'qdpx', '--out', 'study.qdpx');
  const home = readdirSync(join(dir, 'home'), { recursive: true, encoding: 'utf8' }).map((name) => join('home', name));
  const written = ['study.casecoder', 'matrix.xlsx', 'study.qdpx', 'home', ...home];
  const open = written.filter((name) => (statSync(join(dir, name)).mode & 0o077) !== 0);
  expect(open).toEqual([]);
  // The file made by the test itself keeps the usual mode: the mask is the app's, not the machine's.
  expect(statSync(join(dir, 'P1_interview.txt')).mode & 0o044).not.toBe(0);
});
