/**
 * `casecoder segments` on a team's project, as a user trial ran it (Russian, three coders): a code
 * and a coder list the passages where that coder applied that code, not one where another coder
 * did; and each code says who applied it where the coders of a passage differ. The compiled CLI
 * in its own process (built first when a source is newer, as cli.test.ts does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainIfStale } from '../../helpers/sources.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let home: string;

function casecoder(args: string[]) {
  const { CASECODER_CODER: _ignored, LC_ALL: _all, LC_MESSAGES: _messages, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...parentEnv, LANG: 'ru_RU.UTF-8', CASECODER_HOME: home }, encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[]): string {
  const run = casecoder(args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const PASSAGE = 'Бюрократия душит малый бизнес.';

beforeAll(() => {
  buildMainIfStale();
  dir = mkdtempSync(join(tmpdir(), 'casecoder-segments-cli-'));
  home = join(dir, 'home');
  mkdirSync(home);
  ok(['new', 'study', '--language', 'ru']);
  writeFileSync(join(dir, 'P1_интервью.txt'), `${PASSAGE} Налоги выросли вдвое.\n`);
  ok(['import', 'study', 'P1_интервью.txt', '--case', 'P1', '--group', 'Предприниматели', '--coder', 'Анна']);
  const code = (quote: string, path: string, coder: string) => ok(['code', 'study', '--case', 'P1', '--quote', quote, '--code', path, '--coder', coder]);
  code(PASSAGE, 'STEEPL/Политические', 'Анна');
  code(PASSAGE, 'Валентность/Негативное', 'Анна');
  code(PASSAGE, 'Валентность/Негативное', 'Борис');
  code(PASSAGE, 'Валентность/Негативное', 'Ирина');
  code(PASSAGE, 'STEEPL/Правовые', 'Ирина');
  code('Налоги выросли вдвое.', 'STEEPL/Экономические', 'Борис');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = { quote: string; codes: string[]; coders: string[]; codedBy: { code: string; coders: string[] }[] };
const json = (...args: string[]) => JSON.parse(ok(['segments', 'study', ...args, '--json'])) as Row[];

describe('casecoder segments on a project of three coders', () => {
  it('lists a code by a coder only where that coder applied it', () => {
    expect(json('--coder', 'Борис', '--code', 'STEEPL/Политические')).toEqual([]);
    expect(json('--coder', 'Анна', '--code', 'STEEPL/Политические').map((r) => [r.quote, r.codes, r.coders])).toEqual([
      [PASSAGE, ['Негативное', 'Политические'], ['Анна']],
    ]);
    expect(json('--coder', 'Борис', '--code', 'Валентность/Негативное').map((r) => [r.quote, r.codes])).toEqual([[PASSAGE, ['Негативное']]]);
    // Each filter alone, as before.
    expect(json('--code', 'STEEPL/Политические').map((r) => r.quote)).toEqual([PASSAGE]);
    expect(json('--coder', 'Борис').map((r) => r.quote)).toEqual([PASSAGE, 'Налоги выросли вдвое.']);
  });

  it('says who applied which code, in the table and the JSON', () => {
    const [passage] = json();
    expect(passage!.codedBy).toEqual([
      { code: 'Негативное', coders: ['Анна', 'Борис', 'Ирина'] }, { code: 'Политические', coders: ['Анна'] }, { code: 'Правовые', coders: ['Ирина'] },
    ]);
    const table = ok(['segments', 'study']).trimEnd().split('\n');
    expect(table[1]).toMatch(/^P1 +P1_интервью +Негативное, Политические \(Анна\), Правовые \(Ирина\) +Бюрократия душит малый бизнес\.$/);
    expect(table[2]).toMatch(/ Экономические +Налоги выросли вдвое\.$/);
    // Listed for a coder, that coder's codes alone, and no coder named after them.
    expect(ok(['segments', 'study', '--coder', 'Ирина']).split('\n')[1]).toMatch(/ Негативное, Правовые +Бюрократия/);
  });

  it('writes the same to a file, the filters as in the list', () => {
    ok(['segments', 'study', '--format', 'csv', '--out', 'all.csv', '--language', 'ru']);
    const lines = readFileSync(join(dir, 'all.csv'), 'utf8').split('\r\n');
    expect(lines[1]).toContain(',Негативное; Политические (Анна); Правовые (Ирина),Анна; Борис; Ирина,');
    ok(['segments', 'study', '--coder', 'Борис', '--code', 'STEEPL/Политические', '--format', 'csv', '--out', 'none.csv']);
    expect(readFileSync(join(dir, 'none.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
