/**
 * `casecoder import … --case` for every document format and `casecoder documents`, as users
 * run them: `node bin/casecoder.js` in a process of its own on files the test writes.
 * (cli.test.ts builds dist/ when a source is newer; run it, or `npm run build:main`, first.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, odt, para, pdf, textPage, utf8 } from '../import/fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

function casecoder(...args: string[]) {
  const { CASECODER_CODER: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(dir, 'home') }, encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Listed {
  caseName: string;
  groupName: string | null;
  name: string;
  length: number;
  format: string | null;
  encoding: string | null;
  text?: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casecoder-cli-docs-'));
  mkdirSync(join(dir, 'home'));
  const files: Record<string, Uint8Array> = {
    'koi.txt': iconv.encode('Мы переехали весной, и это было трудно.', 'koi8-r'),
    'notes.md': utf8('# Notes\n- first'),
    'page.html': utf8('<p>Hello <script>x()</script>there</p>'),
    'word.docx': docx(para('Interview') + para('We left in May.')),
    'open.odt': odt('<text:p>OpenDocument words</text:p>'),
    'rich.rtf': iconv.encode(String.raw`{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}Привет rich\par}`, 'windows-1251'),
    'paper.pdf': pdf({ pages: [textPage('Page one words')] }),
    'empty.txt': new Uint8Array(),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  expect(casecoder('new', 'p.casecoder').status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('casecoder import --case and casecoder documents', () => {
  it('imports every format into a new case, reports each file, and goes on past a refused one', () => {
    const run = casecoder('import', 'p.casecoder', 'koi.txt', 'notes.md', 'empty.txt', 'page.html', 'word.docx', 'open.odt', 'rich.rtf', 'paper.pdf',
      '--case', 'Anna', '--group', 'Programmers');
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^koi\.txt: created document 1 and its case \(txt, koi8-r, 39 characters\)$/);
    expect(lines[5]).toMatch(/^rich\.rtf: created document 6 \(rtf, /);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['empty.txt: not imported: the file is empty', 'casecoder import: 1 of 8 files not imported']);
  }, 120_000);

  it('lists the documents with case, group, characters, format and encoding, and their texts on request', () => {
    const table = casecoder('documents', 'p.casecoder').stdout.trimEnd().split('\n');
    expect(table[0]).toMatch(/^ID\s+CASE\s+GROUP\s+DOCUMENT\s+CHARACTERS\s+FORMAT\s+ENCODING$/);
    expect(table[1]).toMatch(/^1\s+Anna\s+Programmers\s+koi\s+39\s+txt\s+koi8-r$/);
    const listed = JSON.parse(casecoder('documents', 'p.casecoder', '--group', 'Programmers', '--with-text').stdout) as Listed[];
    expect(listed.map((d) => [d.name, d.format, d.encoding, d.text])).toEqual([
      ['koi', 'txt', 'koi8-r', 'Мы переехали весной, и это было трудно.'],
      ['notes', 'md', 'utf-8', 'Notes\n• first'],
      ['page', 'html', 'utf-8', 'Hello there'],
      ['word', 'docx', null, 'Interview\nWe left in May.'],
      ['open', 'odt', null, 'OpenDocument words'],
      ['rich', 'rtf', null, 'Привет rich'],
      ['paper', 'pdf', null, 'Page one words'],
    ]);
    expect(listed.every((d) => d.caseName === 'Anna' && d.groupName === 'Programmers')).toBe(true);
    expect(JSON.parse(casecoder('documents', 'p.casecoder', '--json').stdout)[0].text).toBeUndefined();
  }, 120_000);

  it('skips a duplicate unless --allow-duplicates, and re-reads with --encoding', () => {
    const again = casecoder('import', 'p.casecoder', 'word.docx', '--case', 'Anna', '--group', 'Programmers');
    expect(again).toMatchObject({ status: 0, stderr: '' });
    expect(again.stdout).toMatch(/^word\.docx: skipped: its text is already document 4 of the case/);
    const copy = casecoder('import', 'p.casecoder', 'word.docx', '--case', 'Anna', '--group', 'Programmers', '--allow-duplicates');
    expect(copy.stdout).toMatch(/^word\.docx: created document 8 /);
    const reread = casecoder('import', 'p.casecoder', 'koi.txt', '--case', 'Anna', '--group', 'Programmers', '--encoding', 'windows-1251');
    expect(reread.stderr).toBe('');
    expect(reread.stdout).toMatch(/^koi\.txt: created document 9 \(txt, windows-1251, /);
    const bad = casecoder('import', 'p.casecoder', 'koi.txt', '--case', 'Anna', '--encoding', 'klingon-8');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('koi.txt: not imported: "klingon-8" is not an encoding CaseCoder knows');
  }, 120_000);

  it('filters by case (and group) and refuses an unknown one', () => {
    casecoder('import', 'p.casecoder', 'notes.md', '--case', 'Boris');
    const boris = JSON.parse(casecoder('documents', 'p.casecoder', '--case', 'Boris', '--json').stdout) as Listed[];
    expect(boris.map((d) => [d.caseName, d.groupName, d.name])).toEqual([['Boris', null, 'notes']]);
    const missing = casecoder('documents', 'p.casecoder', '--case', 'Nobody');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('casecoder documents: No case named Nobody');
  }, 120_000);
});
