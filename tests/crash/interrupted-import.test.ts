/**
 * An import killed part-way (SIGKILL, as a crash or a power cut leaves it): the files imported
 * before the kill stay, and reopening the project says which import stopped, when, which files
 * came in and which did not, in the app's project info and on the command line (in Russian
 * here). The record is marked in the transaction that writes each file, so its count of files
 * in is exactly the documents the project holds. Undo never touches it; dismissing forgets it.
 * An import that ends leaves none. The worker is tests/crash/import-worker.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../main/db/store.js';
import { undo } from '../../main/db/history.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';
import { Session } from '../../main/services/session.js';
import { runCliCaptured } from '../helpers/cli-in-process.js';
import { buildMainIfStale } from '../helpers/sources.js';

const WORKER = fileURLToPath(new URL('./import-worker.mjs', import.meta.url));
const FILES = 200;
/** Files the worker says are in before it is killed. */
const KILL_AFTER = 3;

const home = mkdtempSync(join(tmpdir(), 'casecoder-interrupted-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

beforeAll(() => {
  const result = buildMainIfStale();
  if (result && result.status !== 0) throw new Error(`npm run build:main failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

function newProject(name: string): string {
  const path = join(home, `${name}.casecoder`);
  const store = Store.create(path, name);
  seedDefaultCodebook(store);
  store.close();
  return path;
}

/** Runs the worker on the project; kills it once `killAfter` files are said to be in, else lets it finish. */
function runWorker(project: string, files: number, killAfter: number | null): Promise<{ acked: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, project, String(files)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = 0;
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = JSON.parse(pending.slice(0, newline)) as { in?: number };
        pending = pending.slice(newline + 1);
        if (line.in !== undefined && ++acked === killAfter) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ acked, killed: signal === 'SIGKILL' });
      else reject(new Error(`the import worker exited by itself (code ${code}):\n${stderr}`));
    });
  });
}

function openSession(): Session {
  return new Session({ configDir: join(home, 'config'), workspace: home });
}

describe('an import killed part-way', () => {
  it('is said on reopening: when, which files came in and which did not; undo leaves the record, dismissing forgets it', async () => {
    const project = newProject('killed');
    const { acked, killed } = await runWorker(project, FILES, KILL_AFTER);
    expect(killed).toBe(true);
    expect(acked).toBeGreaterThanOrEqual(KILL_AFTER);

    const session = openSession();
    try {
      const info = session.openProject(project);
      expect(info.interruptedImports).toHaveLength(1);
      const [run] = info.interruptedImports;
      const documents = session.context().store.db.prepare('SELECT name FROM document ORDER BY id').pluck().all() as string[];
      expect(run).toMatchObject({ kind: 'documents', files: { done: documents.length, refused: 0, pending: FILES - documents.length } });
      expect(documents.length).toBeGreaterThanOrEqual(acked);
      expect(documents.length).toBeLessThan(FILES);
      expect(Date.now() - Date.parse(run!.startedAt)).toBeLessThan(120_000);
      const name = (i: number) => `interview-${String(i).padStart(3, '0')}.txt`;
      expect(run!.names.done).toEqual(Array.from({ length: Math.min(documents.length, 10) }, (_, i) => name(i)));
      expect(run!.names.pending[0]).toBe(name(documents.length));
      expect(run!.names.pending).toHaveLength(10);

      // The command line says it too, in the system's language.
      const cli = await runCliCaptured(['cases', project], { CASECODER_HOME: join(home, 'cli'), LANG: 'ru_RU.UTF-8' }, home);
      expect(cli.status).toBe(0);
      expect(cli.err).toContain('Импорт документов, начатый');
      expect(cli.err).toContain(`Не импортированы (${FILES - documents.length}): ${name(documents.length)}`);

      // Undoing the imported documents leaves the record as it was, and the steps are the imports'.
      const { store } = session.context();
      const runRows = () => store.db.prepare('SELECT run_id, position, status FROM import_run_file ORDER BY position').all();
      const before = runRows();
      // One step per file brought in (and the case's), none for the record.
      const labels = store.db.prepare('SELECT label FROM history_step ORDER BY id').pluck().all();
      expect(labels).toEqual(['cases.create', ...documents.map(() => 'documents.import')]);
      while (store.db.prepare('SELECT count(*) FROM history_step WHERE undone = 0').pluck().get() as number > 0) undo(store);
      expect(store.db.prepare('SELECT count(*) FROM document').pluck().get()).toBe(0);
      expect(runRows()).toEqual(before);

      expect(session.dismissInterrupted(run!.id).project!.interruptedImports).toEqual([]);
      session.closeProject();
      expect(session.openProject(project).interruptedImports).toEqual([]);
    } finally {
      session.closeProject();
    }
  }, 120_000);

  it('is said as still running by a command or a session opened beside it, and not dismissed; cut short once killed', async () => {
    const project = newProject('beside');
    // Held once 3 of its 20 files are in, until killed.
    const child = spawn(process.execPath, [WORKER, project, '20', '3'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const cli = (...argv: string[]) => runCliCaptured(argv, { CASECODER_HOME: join(home, 'cli'), LANG: 'C.UTF-8' }, home);
    try {
      await new Promise<void>((resolve, reject) => {
        let said = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          said += chunk;
          if (said.includes('"held":true')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`the import worker ended before it was held (code ${code})`)));
      });
      const beside = await cli('cases', project);
      expect(beside.status).toBe(0);
      expect(beside.err).toMatch(/Note: The import of documents begun on .* was still running in another CaseCoder on this computer when the project was opened\./);
      expect(beside.err).not.toMatch(/cut short/);
      const refused = await cli('imports', project, '--dismiss');
      expect(refused.status).toBe(1);
      expect(refused.err).toMatch(/Not dismissed: this import or merge is still running in another CaseCoder/);

      // The app opened meanwhile says so too, and refuses to dismiss it.
      const session = openSession();
      try {
        const [run] = session.openProject(project).interruptedImports;
        expect(run).toMatchObject({ kind: 'documents', status: 'running', host: null });
        expect(() => session.dismissInterrupted(run!.id)).toThrow(/Not dismissed/);
        expect(session.state().project!.interruptedImports).toHaveLength(1);
      } finally {
        session.closeProject();
      }
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const after = await cli('cases', project);
    expect(after.err).toMatch(/was cut short: CaseCoder stopped before it ended\. Came in \(3\): interview-000\.txt, interview-001\.txt, interview-002\.txt\. Not imported \(17\)/);
  }, 60_000);

  it('leaves no record when it ends', async () => {
    const project = newProject('finished');
    expect(await runWorker(project, 3, null)).toEqual({ acked: 3, killed: false });
    const session = openSession();
    try {
      expect(session.openProject(project).interruptedImports).toEqual([]);
      expect(session.context().store.db.prepare('SELECT count(*) FROM import_run').pluck().get()).toBe(0);
    } finally {
      session.closeProject();
    }
  }, 60_000);
});
