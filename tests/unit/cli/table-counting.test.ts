/**
 * `casecoder table --counts-only` gives the crosstab of counts the app offers, and an option a
 * table kind does not take (--count for co-occurrence, which counts pairs; --counts-only for any
 * but the crosstab) is said on stderr rather than silently dropped (review-cli-1208 #8). Run in
 * this process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured, useCliFolder } from '../../helpers/cli-in-process.js';

const cli = useCliFolder('casecoder-table-counting-');
const { run } = cli;
const table = (lang: string, ...args: string[]) => run(lang, 'table', 'study', ...args, '--format', 'json', '--out', '-');

beforeAll(async () => {
  expect(await run('C.UTF-8', 'new', 'study', '--language', 'en')).toMatchObject({ status: 0 });
});

describe('casecoder table --count, --counts-only', () => {
  it('writes a crosstab of counts with --counts-only, of quotes without it', async () => {
    const display = async (...args: string[]) => (JSON.parse((await table('C.UTF-8', '--kind', 'crosstab', ...args)).out) as { display: string }).display;
    expect(await display()).toBe('quotes');
    expect(await display('--counts-only')).toBe('counts');
  });

  it('says on stderr, in the user\'s language, which option the table kind leaves out', async () => {
    const pairs = await table('ru_RU.UTF-8', '--kind', 'cooccurrence', '--count', 'cases');
    expect(pairs.status).toBe(0);
    expect(pairs.err).toContain('--count не относится к таблице «');
    const matrix = await table('C.UTF-8', '--kind', 'case-matrix', '--counts-only');
    expect(matrix.status).toBe(0);
    expect(matrix.err).toMatch(/--counts-only does not apply to the table .+: left out/);
    expect((await table('C.UTF-8', '--kind', 'crosstab', '--count', 'cases', '--counts-only')).err).not.toContain('does not apply');
  });

  it('says when the file named for --out ends in another format\'s extension (review-cli-1208 #15)', async () => {
    const misnamed = await run('C.UTF-8', 'table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 't.xlsx');
    expect(misnamed.status).toBe(0);
    expect(misnamed.err).toContain("t.xlsx: its name does not end in .csv, the format written");
    const named = await run('C.UTF-8', 'table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 't.csv');
    expect(named.err).not.toContain('does not end in');
    expect((await run('C.UTF-8', 'table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', 'table.txt')).err).not.toContain('does not end in');
  });

  it('refuses to write a binary file on a terminal, and writes it to a pipe (review-cli-1208 #15)', async () => {
    const args = ['table', 'study', '--kind', 'crosstab', '--format', 'xlsx', '--out', '-'];
    const env = { LC_ALL: 'C.UTF-8', CASECODER_HOME: `${cli.dir}/home`, CASECODER_CODER: 'Ada' };
    const onTerminal = await runCliCaptured(args, env, cli.dir, { terminal: true });
    expect([onTerminal.status, onTerminal.out]).toEqual([2, '']);
    expect(onTerminal.err).toContain('--out - would write xlsx, a binary file, on the terminal');
    expect((await runCliCaptured(['table', 'study', '--kind', 'crosstab', '--format', 'csv', '--out', '-'], env, cli.dir, { terminal: true })).status).toBe(0);
    const piped = await runCliCaptured(args, env, cli.dir);
    expect([piped.status, piped.out.startsWith('PK')]).toEqual([0, true]);
  });
});
