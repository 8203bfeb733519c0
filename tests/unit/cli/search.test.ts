/**
 * `casecoder search`, `autocode` and `words` as users run them: the compiled CLI in its own
 * process, on a project in a temporary folder (built first when a source is newer, as cli.test.ts does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMainIfStale } from '../../helpers/sources.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let home: string;

function casecoder(args: string[]) {
  const { CASECODER_CODER: _ignored, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...parentEnv, LC_ALL: 'C.UTF-8', CASECODER_HOME: home }, encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(args: string[]): string {
  const run = casecoder(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

beforeAll(() => {
  buildMainIfStale();
  dir = mkdtempSync(join(tmpdir(), 'casecoder-search-cli-'));
  home = join(dir, 'home');
  mkdirSync(home);
  ok(['new', 'study']);
  writeFileSync(join(dir, 'a.txt'), 'Бюрократия мешает. Без бюрократии никак.\n😀 Ёлка в Қазақстане.\n');
  writeFileSync(join(dir, 'b.txt'), 'Мы боремся с бюрократией.\n');
  ok(['import', 'study', 'a.txt', '--case', 'P1', '--group', 'Чиновники']);
  ok(['import', 'study', 'b.txt', '--case', 'P2']);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('casecoder search / autocode / words', () => {
  it('prints each hit with case, group, document, code-point positions and context', () => {
    const hits = JSON.parse(ok(['search', 'study', 'бюрократии', '--json'])) as {
      hits: { caseName: string; groupName: string | null; documentName: string; start: number; end: number }[]; totalHits: number;
    };
    expect(hits.hits.map((h) => [h.caseName, h.groupName, h.start, h.end])).toEqual([
      ['P1', 'Чиновники', 0, 10], ['P1', 'Чиновники', 23, 33], ['P2', null, 13, 24],
    ]);
    // After the emoji (one code point, two UTF-16 units): "😀 " is 2 code points into line 2 (41 + 2).
    expect(JSON.parse(ok(['search', 'study', 'елка', '--json'])).hits[0]).toMatchObject({ start: 43, end: 47 });
    // The hits on stdout, one a line under the heading; how many there are on stderr.
    const text = casecoder(['search', 'study', 'бюрократии', '--group', 'Чиновники']);
    expect(text.stdout).toMatch(/P1 +Чиновники +a +0 +10 +\[Бюрократия\] мешает/);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(text.stderr).toBe('2 hits in 1 case\n');
    // A paragraph break in the context shows as a spaced ¶, not as a space between two answers.
    expect(casecoder(['search', 'study', 'елка']).stdout).toContain('никак. ¶ 😀 [Ёлка] в');
  });

  it('keeps to the cases in no group with --no-group: search and words (segments: with autocode)', () => {
    const hits = JSON.parse(ok(['search', 'study', 'бюрократии', '--no-group', '--json'])) as { hits: { caseName: string }[] };
    expect(hits.hits.map((h) => h.caseName)).toEqual(['P2']);
    const words = (JSON.parse(ok(['words', 'study', '--no-group', '--json'])) as { words: { word: string }[] }).words.map((w) => w.word);
    expect(words).toContain('боремся');
    expect(words).not.toContain('мешает');
    const both = casecoder(['words', 'study', '--no-group', '--group', 'Чиновники']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/give either --group GROUP or --no-group/);
  });

  it('refuses a malformed query in one plain line', () => {
    const run = casecoder(['search', 'study', '"бюрократии']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^casecoder search: .*quote.*\(at character 1\)\n$/i);
  });

  it('autocodes the sentences around hits, after a dry run that changes nothing', () => {
    const dry = ok(['autocode', 'study', 'бюрократии', '--code', 'Valence/Negative', '--scope', 'sentence', '--dry-run', '--coder', 'Ada']);
    expect(dry).toMatch(/3 spans would be coded as Valence\/Negative; nothing was changed/);
    expect(JSON.parse(ok(['segments', 'study', '--json']))).toEqual([]);
    expect(ok(['autocode', 'study', 'бюрократии', '--code', 'Valence/Negative', '--scope', 'sentence', '--coder', 'Ada'])).toMatch(
      /Coded 3 spans as Valence\/Negative; one undo step/,
    );
    const segments = JSON.parse(ok(['segments', 'study', '--json'])) as { quote: string }[];
    expect(segments.map((s) => s.quote)).toEqual(['Бюрократия мешает.', 'Без бюрократии никак.', 'Мы боремся с бюрократией.']);
    const loose = JSON.parse(ok(['segments', 'study', '--no-group', '--json'])) as { quote: string }[];
    expect(loose.map((s) => s.quote)).toEqual(['Мы боремся с бюрократией.']);
    expect(JSON.parse(ok(['search', 'study', 'мешает', '--code', 'Valence/Negative', '--json'])).totalHits).toBe(1);
  });

  it('lists word frequencies, by stem on request', () => {
    const list = JSON.parse(ok(['words', 'study', '--json', '--stems'])) as { words: { word: string; count: number; cases: number }[] };
    expect(list.words[0]).toMatchObject({ count: 3, cases: 2 });
    const words = casecoder(['words', 'study', '--case', 'P2']);
    expect(words.stdout).toMatch(/боремся +1 +/);
    expect(words.stderr).toMatch(/^\d+ words, \d+ different; stop words and numbers left out\n$/);
  });
});
