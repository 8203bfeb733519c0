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
  return inLocale('C.UTF-8', args);
}

/** The command under another locale than C.UTF-8 (LC_ALL wins over the rest). */
function inLocale(locale: string, args: string[]) {
  const { CASECODER_CODER: _ignored, ...parentEnv } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...parentEnv, LC_ALL: locale, CASECODER_HOME: home }, encoding: 'utf8',
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
    expect(text.stderr).toBe('2 hits in 1 case\nWords found: бюрократии (1), бюрократия (1)\n');
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

  it('keeps to a document (--document) and to cases with an attribute value (--attribute), and names what there is when none fits', () => {
    writeFileSync(join(dir, 'cities.csv'), 'case,group,Қала\nP1,Чиновники,Алматы\nP2,,Астана\n');
    ok(['import', 'study', 'cities.csv', '--attributes']);
    const cases = (args: string[]) => (JSON.parse(ok(['search', 'study', 'бюрократии', '--json', ...args])) as { hits: { caseName: string }[] }).hits.map((h) => h.caseName);
    // A value as typed with another case is the value a case has; values of one attribute: any of them.
    expect(cases(['--attribute', 'қала=алматы'])).toEqual(['P1', 'P1']);
    expect(cases(['--attribute', 'Қала=Алматы', '--attribute', 'Қала=Астана'])).toEqual(['P1', 'P1', 'P2']);
    expect(cases(['--document', 'b'])).toEqual(['P2']);
    expect(cases(['--document', 'b', '--attribute', 'Қала=Алматы'])).toEqual([]);
    const dry = ok(['autocode', 'study', 'бюрократии', '--code', 'Valence/Negative', '--dry-run', '--coder', 'Ada', '--attribute', 'Қала=Астана']);
    expect(dry).toMatch(/1 span would be coded as Valence\/Negative; nothing was changed/);
    expect(dry).not.toContain('P1');

    const refused = (args: string[], status: number, message: string) => {
      const run = casecoder(['search', 'study', 'бюрократии', ...args]);
      expect(run.status).toBe(status);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`casecoder search: ${message}\n`);
    };
    refused(['--attribute', 'Қала=Алмати'], 1, 'No case has Алмати as its Қала (values: Алматы, Астана)');
    refused(['--attribute', 'Город=Алматы'], 1, 'No attribute named Город (attributes: Қала)');
    refused(['--attribute', 'Алматы'], 2, '--attribute takes NAME=VALUE, both given; got "Алматы" (see casecoder search --help)');
    refused(['--document', 'c'], 1, 'No document is named c (casecoder documents lists them)');
    refused(['--document', 'a', '--case', 'P2'], 1, 'No document is named a (casecoder documents lists them)');
    // In the system's language.
    const russian = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), 'search', 'study', 'бюрократии', '--attribute', 'Қала=Алмати'], {
      cwd: dir, env: { ...process.env, LC_ALL: 'ru_RU.UTF-8', CASECODER_HOME: home }, encoding: 'utf8',
    });
    expect(russian.stderr).toContain('Ни у одного кейса атрибут Қала не равен Алмати (значения: Алматы, Астана)');
    // Each check a run of the CLI: a dozen outlast the default timeout on a busy machine.
  }, 120_000);

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
    // --json: stdout is one JSON document, the spans and what was coded (review-cli-1208 #15).
    const rerun = casecoder(['autocode', 'study', 'бюрократии', '--code', 'Valence/Negative', '--scope', 'sentence', '--coder', 'Ada', '--json']);
    expect([rerun.status, rerun.stderr]).toEqual([0, 'Coded 0 spans as Valence/Negative (3 already were); one undo step\n']);
    const again = JSON.parse(rerun.stdout) as {
      spans: { caseName: string; text: string }[]; complete: boolean; coded: number; unchanged: number;
    };
    expect([again.spans.map((s) => s.text), again.complete, again.coded, again.unchanged])
      .toEqual([['Бюрократия мешает.', 'Без бюрократии никак.', 'Мы боремся с бюрократией.'], true, 0, 3]);
  });

  it('lists word frequencies, by stem on request', () => {
    const list = JSON.parse(ok(['words', 'study', '--json', '--stems'])) as { words: { word: string; count: number; cases: number }[] };
    expect(list.words[0]).toMatchObject({ count: 3, cases: 2 });
    const words = casecoder(['words', 'study', '--case', 'P2']);
    expect(words.stdout).toMatch(/боремся +1 +/);
    expect(words.stderr).toMatch(/^\d+ words, \d+ different; stop words and numbers left out\n$/);
  });

  it('lists the words found with their hits, and leaves out the hits of those given with --leave-out', () => {
    const all = casecoder(['search', 'study', 'бюрократии']);
    expect(all.stderr).toBe('3 hits in 2 cases\nWords found: бюрократией (1), бюрократии (1), бюрократия (1)\n');
    const whole = JSON.parse(ok(['search', 'study', 'бюрократии', '--json'])) as { forms: { form: string; hits: number }[]; moreForms: number };
    expect(whole.forms).toEqual([{ form: 'бюрократией', hits: 1 }, { form: 'бюрократии', hits: 1 }, { form: 'бюрократия', hits: 1 }]);
    expect(whole.moreForms).toBe(0);

    // Repeatable, and a capital typed is the same form.
    const leaveOut = ['--leave-out', 'бюрократией', '--leave-out', 'Бюрократия'];
    const left = casecoder(['search', 'study', 'бюрократии', ...leaveOut]);
    expect(left.status).toBe(0);
    expect(left.stdout.trimEnd().split('\n').slice(1)).toEqual([expect.stringMatching(/^P1 +Чиновники +a +23 +33 +.*Без \[бюрократии\] никак/)]);
    expect(left.stderr).toBe('1 hit in 1 case\nWords found: бюрократии (1)\nLeft out: бюрократией (1), бюрократия (1)\n');
    const json = JSON.parse(ok(['search', 'study', 'бюрократии', '--json', ...leaveOut])) as { totalHits: number; cases: { caseName: string }[] };
    expect(json.totalHits).toBe(1);
    expect(json.cases.map((c) => c.caseName)).toEqual(['P1']);

    // A word the query did not find is most often misspelt: refused, rather than counted as if left out.
    const typo = casecoder(['search', 'study', 'бюрократии', '--leave-out', 'бюрократиа', '--leave-out', 'бюрократией']);
    expect(typo.status).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('casecoder search: --leave-out бюрократиа: not among the words the query found (casecoder search lists them) (see casecoder search --help)\n');
  });

  it('lists the first 50 words found and how many more, and a word left out past them', () => {
    // 53 words starting пол, the first twice: most hits first, then in alphabet order.
    const letters = 'абвгдежзик';
    const forms = Array.from({ length: 53 }, (_, i) => `пол${letters[Math.floor(i / 10)]}${letters[i % 10]}`);
    writeFileSync(join(dir, 'c.txt'), `${forms[0]} ${forms.join(' ')}.\n`);
    ok(['import', 'study', 'c.txt', '--case', 'P3']);
    const listed = casecoder(['search', 'study', 'пол*']).stderr.split('\n');
    expect(listed[1]).toBe(`Words found: ${forms[0]} (2), ${forms.slice(1, 50).map((f) => `${f} (1)`).join(', ')}, and 3 more`);
    const last = forms.at(-1)!;
    const left = casecoder(['search', 'study', 'пол*', '--leave-out', last]).stderr.split('\n');
    expect(left[0]).toBe('53 hits in 1 case');
    expect(left[1]).toMatch(/, and 2 more$/);
    expect(left[2]).toBe(`Left out: ${last} (1)`);
  });

  it('autocodes without the spans of the words left out, and refuses a word the query did not find', () => {
    const coded = () => (JSON.parse(ok(['segments', 'study', '--code', 'Valence/Positive', '--json'])) as { quote: string }[]).map((s) => s.quote);
    const autocode = (...args: string[]) => casecoder(['autocode', 'study', 'бюрократии', '--code', 'Valence/Positive', '--coder', 'Boris', ...args]);
    const dry = autocode('--leave-out', 'бюрократией', '--dry-run');
    expect(dry.stdout).toMatch(/2 spans would be coded as Valence\/Positive; nothing was changed/);
    expect(dry.stdout).not.toContain('P2');

    const typo = autocode('--leave-out', 'бюрократией', '--leave-out', 'бюрократиа');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('casecoder autocode: --leave-out бюрократиа: not among the words the query found (casecoder search lists them) (see casecoder autocode --help)\n');
    expect(coded()).toEqual([]);

    const run = autocode('--leave-out', 'бюрократией', '--leave-out', 'бюрократия');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Coded 1 span as Valence\/Positive; one undo step/);
    expect(coded()).toEqual(['бюрократии']);
  });

  it('refuses to autocode past the cap of one run, on stderr with status 1, listing no spans', () => {
    ok(['new', 'capped']);
    writeFileSync(join(dir, 'many.txt'), 'виза '.repeat(20_001));
    ok(['import', 'capped', 'many.txt', '--case', 'P9']);
    const run = casecoder(['autocode', 'capped', 'виза', '--code', 'Valence/Negative', '--coder', 'Ada']);
    expect(run).toEqual({ status: 1, stdout: '', stderr: 'casecoder autocode: More spans than one run codes (20,000): nothing was coded; narrow the query or scope\n' });
    const russian = inLocale('ru_RU.UTF-8', ['autocode', 'capped', 'виза', '--code', 'Valence/Negative', '--coder', 'Ada']);
    expect(russian.status).toBe(1);
    expect(russian.stderr).toMatch(/^casecoder autocode: Фрагментов больше, чем кодирует один запуск \(20\s000\): ничего не закодировано;/);
    expect(JSON.parse(ok(['segments', 'capped', '--json']))).toEqual([]);
    // A dry run lists the first spans, and warns that a run would code none of them.
    const dry = casecoder(['autocode', 'capped', 'виза', '--code', 'Valence/Negative', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout.trimEnd().split('\n')).toHaveLength(20_001);
    expect(dry.stderr).toBe('More spans than one run codes (20,000): only the first are listed, and none would be coded; narrow the query or scope\n');
  }, 120_000);

  it('refuses a --limit that is no whole number from 1 to 100,000 as a usage error, in the system\'s language', () => {
    for (const value of ['0', 'abc', '2.5', '100001']) {
      expect(casecoder(['words', 'study', '--limit', value])).toEqual({
        status: 2, stdout: '', stderr: `casecoder words: --limit must be a whole number from 1 to 100,000, not ${value} (see casecoder words --help)\n`,
      });
    }
    expect(inLocale('kk_KZ.UTF-8', ['words', 'study', '--limit', '2.5']).stderr).toMatch(/^casecoder words: --limit 1 мен 100\s000 аралығындағы бүтін сан болуы керек; берілгені 2\.5 /);
    const two = casecoder(['words', 'study', '--limit', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
