/**
 * A command run on a project written by an older CaseCoder, even one that only reads: the
 * migration that opening does keeps the file as it was beside it, and stderr says so in one line
 * in the system's language.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations/index.js';
import { olderProject } from '../../helpers/older-project.js';
import { buildMainIfStale } from '../../helpers/sources.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

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

it.each([
  ['ru_RU.UTF-8', 'ru', 'файл в прежнем виде сохранён как'],
  ['kk_KZ.UTF-8', 'kk', 'файлдың бұрынғы күйі'],
  ['en_US.UTF-8', 'en', 'the file as it was is kept as'],
])('segments on an older project (%s) keeps it as it was and says where', (lang, name, said) => {
  const path = join(dir, `${name}.casecoder`);
  olderProject(path, 7);
  const run = casecoder(['segments', path], lang);
  expect(run.status, run.stderr).toBe(0);
  const kept = join(dir, `${name}.before-v7.casecoder`);
  expect(versionOf(kept)).toBe(7);
  expect(versionOf(path)).toBe(LATEST_SCHEMA_VERSION);
  const lines = run.stderr.split('\n').filter((line) => line.includes(kept));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(said);
  // Once migrated, the next command has nothing to say.
  expect(casecoder(['segments', path], lang).stderr).not.toContain('before-v');
});
