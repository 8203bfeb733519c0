/**
 * `casecoder salvage` in-process (runCli with a captured io): an altered project's data comes
 * into a fresh project beside it, without the file's own trigger, and the file is not changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { alter, DESTRUCTIVE_TRIGGER, fileHash, writeProject } from '../db/untrusted-helpers.js';

let t: TestSession;
let altered: string;

beforeEach(() => {
  t = newTestSession('Ada');
  altered = writeProject(t.session, 'study');
  alter(altered, DESTRUCTIVE_TRIGGER);
});
afterEach(() => t.dispose());

async function casecoder(args: string[]) {
  const run = await runCliCaptured(args, { CASECODER_HOME: join(t.home, 'cli-home'), CASECODER_CODER: 'Ada' }, join(t.home, 'projects'));
  return { status: run.status, stdout: run.out, stderr: run.err };
}

describe('casecoder salvage', () => {
  it('imports an altered project into a fresh one beside it, and says what came across', async () => {
    const before = fileHash(altered);
    expect((await casecoder(['codes', 'study'])).stderr).toMatch(/altered outside CaseCoder/);

    const run = await casecoder(['salvage', 'study']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const salvaged = join(t.home, 'projects', 'study (imported).casecoder');
    expect(run.stdout).toContain(`into ${salvaged}`);
    expect(run.stdout).toMatch(/came across: .*cases 1, .*documents 1, segments 1, codings 1/);
    expect(run.stdout).toMatch(/left behind: .*no rows/);
    expect(fileHash(altered)).toBe(before);

    // The new project opens, carries the data, and not the trigger.
    const db = new Database(salvaged, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'wipe'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT text FROM document').pluck().get()).toBe('Low wages and long hours.');
    db.close();
    expect((await casecoder(['codes', salvaged])).status).toBe(0);
  });

  it('counts the rows it left behind, and reports as JSON', async () => {
    const db = new Database(altered);
    db.prepare('UPDATE segment SET "end" = 1000000000').run();
    db.close();
    const run = await casecoder(['salvage', altered, '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { path: string; added: Record<string, number>; leftBehind: number };
    expect(report.added).toMatchObject({ cases: 1, documents: 1, segments: 0, codings: 0 });
    expect(report.leftBehind).toBeGreaterThan(0);
    expect(existsSync(report.path)).toBe(true);
  });

  it('names salvage for a project holding data CaseCoder never writes, its reason in the reader\'s language', async () => {
    const planted = writeProject(t.session, 'cycle');
    const db = new Database(planted);
    db.exec("UPDATE code SET parent_id = id WHERE name = 'Negative'");
    db.close();
    const run = await runCliCaptured(['codes', planted], { CASECODER_HOME: join(t.home, 'cli-home'), CASECODER_CODER: 'Ada', LANG: 'ru_RU.UTF-8' }, join(t.home, 'projects'));
    expect(run.status).toBe(1);
    expect(run.err).toContain(`его коды являются родителями друг друга), поэтому он не открыт; casecoder salvage ${planted} импортирует`);
    expect((await casecoder(['salvage', planted])).status).toBe(0);
  });

  it('refuses a file that is not a project, creating nothing', async () => {
    const run = await casecoder(['salvage', 'missing']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^casecoder salvage: /);
    expect(existsSync(join(t.home, 'projects', 'missing (imported).casecoder'))).toBe(false);
  });
});
