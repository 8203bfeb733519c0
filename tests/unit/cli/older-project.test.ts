/**
 * A command run on a project written by an older CaseCoder. One that only reads reads a copy
 * brought up to date and leaves the file as it was (a teammate's file stays one their CaseCoder
 * opens); one that writes migrates the file, keeping it as it was beside it. Either says so on
 * stderr in one line in the system's language.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { olderProject } from '../../helpers/older-project.js';
import { buildMainIfStale } from '../../helpers/sources.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
const started = Date.now();

beforeAll(() => {
  buildMainIfStale();
  dir = mkdtempSync(join(tmpdir(), 'casecoder-older-cli-'));
  mkdirSync(join(dir, 'home'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function casecoder(args: string[], lang: string) {
  const { CASECODER_CODER: _ignored, LC_ALL: _all, LC_MESSAGES: _messages, ...parentEnv } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/casecoder.js'), ...args], {
    cwd: dir, env: { ...parentEnv, LANG: lang, CASECODER_HOME: join(dir, 'home') }, encoding: 'utf8',
  });
}

const versionOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

const filesIn = (folder: string) => readdirSync(folder).sort();

it.each([
  ['ru_RU.UTF-8', 'ru', 'сам файл не изменён'],
  ['kk_KZ.UTF-8', 'kk', 'файлдың өзі өзгерген жоқ'],
  ['en_US.UTF-8', 'en', 'the file itself is unchanged'],
])('segments, cases, documents and codes on an older project (%s) read a copy and leave the file as it was', (lang, name, said) => {
  const path = join(dir, name, 'study.casecoder');
  mkdirSync(join(dir, name));
  olderProject(path, 7);
  const before = readFileSync(path);
  for (const args of [['segments', path], ['cases', path], ['documents', path], ['codes', path]]) {
    const run = casecoder(args, lang);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith(path));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said);
  }
  expect(readFileSync(path).equals(before)).toBe(true);
  // Nothing beside it either (read here before versionOf's own read-only open leaves its log there).
  expect(filesIn(join(dir, name))).toEqual(['study.casecoder']);
  expect(versionOf(path)).toBe(7);
  // Nothing of the copies is left behind.
  expect(readdirSync(tmpdir()).filter((entry) => entry.startsWith('casecoder-reading-') && statSync(join(tmpdir(), entry)).mtimeMs >= started)).toEqual([]);
});

it('a command that writes migrates the file, keeping it as it was beside it, and says where', () => {
  const path = join(dir, 'written.casecoder');
  olderProject(path, 7);
  const run = casecoder(['cases', 'rename', path, '--case', 'P1', '--to', 'Один'], 'ru_RU.UTF-8');
  expect(run.status, run.stderr).toBe(0);
  const kept = join(dir, 'written.before-v7.casecoder');
  expect(versionOf(kept)).toBe(7);
  expect(versionOf(path)).toBe(LATEST_SCHEMA_VERSION);
  const lines = run.stderr.split('\n').filter((line) => line.includes(kept));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('файл в прежнем виде сохранён как');
  // Once migrated, the next command has nothing to say.
  expect(casecoder(['segments', path], 'ru_RU.UTF-8').stderr).not.toContain('before-v');
});
