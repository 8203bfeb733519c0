/**
 * `casecoder table --cols Valence` in a project whose codebook is Kazakh: the default frameworks
 * answer to their name in any of the three languages (as the tables' own defaults find them),
 * a project's own framework still by its own name only; and the help says the defaults are the
 * project's Valence and STEEPL frameworks, not a name that project may not have. Run in this process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli-in-process.js';

let dir: string;
const kazakh = () => ({ LC_ALL: 'kk_KZ.UTF-8', CASECODER_HOME: join(dir, 'home'), CASECODER_CODER: 'Ada' });
const run = (...args: string[]) => runCliCaptured(args, kazakh(), dir);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-table-names-'));
  expect(await run('new', 'kk-study', '--language', 'kk')).toMatchObject({ status: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titleOf = async (...args: string[]) => {
  const table = await run('table', 'kk-study', '--kind', 'crosstab', ...args, '--format', 'json', '--out', '-');
  expect(table.status, table.err).toBe(0);
  return (JSON.parse(table.out) as { title: string }).title;
};

describe('casecoder table in a Kazakh project', () => {
  it('finds the Valence and STEEPL frameworks by their English, Russian or Kazakh name', async () => {
    const byDefault = await titleOf();
    expect(byDefault).toBe('STEEPL × Валенттілік');
    expect(await titleOf('--rows', 'STEEPL', '--cols', 'Valence')).toBe(byDefault);
    expect(await titleOf('--cols', 'Валентность')).toBe(byDefault);
    expect(await titleOf('--cols', 'валенттілік')).toBe(byDefault);
    // Any other name is still the project's only.
    const unknown = await run('table', 'kk-study', '--kind', 'crosstab', '--cols', 'PESTLE', '--format', 'json', '--out', '-');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain('PESTLE');
  });

  it('says in its help which frameworks the defaults are and that their names in any language do', async () => {
    const help = await run('table', '--help');
    expect(help.status).toBe(0);
    expect(help.out).not.toMatch(/бағандар Valence/);
    expect(help.out).toContain('бағандар — валенттілік');
    expect(help.out).toContain('(Valence, Валентность, Валенттілік)');
  });
});
