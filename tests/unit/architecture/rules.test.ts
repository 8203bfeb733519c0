/**
 * The architecture's rules, checked on the source tree:
 * - SQL lives in main/db/ alone: elsewhere no .prepare( or .pragma( call, no .exec( of SQL, no
 *   SQL statement text, no better-sqlite3 import;
 * - front doors (CLI, browser mode, Electron) reach the project through the dispatch: no
 *   import of services/ or db/ but the Session's construction, and the CLI nothing else of main/;
 * - shared/ is pure: it imports only shared/, zod and i18next (no Node, Electron, SQLite or main/);
 * - the API handlers call services, never repositories;
 * - a read job's thread never loads the module that starts write jobs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READ_JOB_THREAD, WRITE_JOB_THREAD, violations, type SourceFile } from './check-rules.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(folder: string): SourceFile[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(c|m)?tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => {
      const path = `${folder}/${file.split('\\').join('/')}`;
      return { path, text: readFileSync(join(root, path), 'utf8') };
    });
}

describe('the source tree', () => {
  it('keeps the architecture rules', () => {
    const tree = [...sources('main'), ...sources('shared'), ...sources('renderer/src')];
    expect(tree.length).toBeGreaterThan(100);
    // The job threads' entries are where the rules say: moved, a rule would check nothing.
    expect(tree.map((file) => file.path)).toEqual(expect.arrayContaining([READ_JOB_THREAD, WRITE_JOB_THREAD]));
    expect(violations(tree)).toEqual([]);
  });
});

describe('the check', () => {
  const check = (path: string, text: string) => violations([{ path, text }]);

  it('finds SQL outside main/db/, and only there', () => {
    expect(check('main/merge/x.ts', 'store.prepare("SELECT id FROM code").all();')).toEqual([
      'main/merge/x.ts: line 1: .prepare( outside main/db/',
      'main/merge/x.ts: line 1: SQL text "SELECT id FROM code…" outside main/db/',
    ]);
    expect(check('main/backup/x.ts', "\ndb.pragma('journal_mode = WAL');")).toEqual(['main/backup/x.ts: line 2: .pragma( outside main/db/']);
    expect(check('main/x.ts', 'db.exec(`DELETE FROM ${table}`);')).toEqual([
      'main/x.ts: line 1: .exec( of SQL outside main/db/',
      'main/x.ts: line 1: SQL text "DELETE FROM…" outside main/db/',
    ]);
    expect(check('main/x.ts', "import type { Database } from 'better-sqlite3';")).toEqual(['main/x.ts:1: imports better-sqlite3 outside main/db/']);
    expect(check('main/db/repos/x.ts', "import Database from 'better-sqlite3'; store.prepare('SELECT 1 FROM x');")).toEqual([]);
    // Regular expressions, words in messages and comments are not SQL.
    expect(check('main/x.ts', "/a/.exec(s); t('Select a code'); const m = 'Update from the server'; // store.prepare(")).toEqual([]);
  });

  it('finds front doors that go around the dispatch', () => {
    expect(check('main/cli/commands/x.ts', "import { listCases } from '../../db/repos/cases.js';")).toEqual([
      'main/cli/commands/x.ts:1: a front door imports main/db/repos/cases.ts; call the dispatch',
    ]);
    expect(check('main/web/server.ts', "import type { Session } from '../services/session.js';")).toEqual([
      'main/web/server.ts:1: a front door imports main/services/session.ts; call the dispatch',
    ]);
    expect(check('main/electron/x.ts', "const m = await import('../services/cases.js');")).toEqual([
      'main/electron/x.ts:1: a front door imports main/services/cases.ts; call the dispatch',
    ]);
    expect(check('main/cli/x.ts', "import { buildTable } from '../analysis/tables.js';")).toEqual([
      'main/cli/x.ts:1: the command line imports main/analysis/tables.ts; call the dispatch',
    ]);
    expect(check('main/cli/project.ts', "import { Session } from '../services/session.js';")).toEqual([]);
    expect(check('main/cli/project.ts', "import { createCase } from '../services/cases.js';")).toHaveLength(1);
  });

  it('finds shared/ importing Node, Electron, SQLite or main/', () => {
    expect(check('shared/x.ts', "import { readFileSync } from 'node:fs'; import { join } from 'path';")).toEqual([
      'shared/x.ts:1: shared/ imports node:fs (Node)',
      'shared/x.ts:1: shared/ imports path (Node)',
    ]);
    expect(check('shared/a/x.ts', "export * from '../../main/errors.js'; import { app } from 'electron';")).toEqual([
      'shared/a/x.ts:1: shared/ imports ../../main/errors.js (outside shared/)',
      'shared/a/x.ts:1: shared/ imports electron (a package shared/ does not use)',
    ]);
    expect(check('shared/x.ts', "import { z } from 'zod'; import { a } from './agreement/report.js';")).toEqual([]);
  });

  it('finds handlers that skip the services', () => {
    expect(check('main/api/handlers.ts', "import { querySegments } from '../db/repos/segments.js';")).toEqual([
      'main/api/handlers.ts:1: handlers import main/db/repos/segments.ts; call a service',
    ]);
  });

  it("finds a read job's thread loading the write jobs' code, through any module, types and import() aside", () => {
    const tree = (via: string) => violations([
      { path: 'main/jobs/job-worker.ts', text: "import { jobList } from './job-list.js';" },
      { path: 'main/jobs/job-list.ts', text: "import { preview } from '../services/autocode.js';" },
      { path: 'main/services/autocode.ts', text: via },
    ]);
    expect(tree("import { runWriteJob } from '../jobs/run-write-job.js';")).toEqual([
      "main/jobs/job-worker.ts loads main/jobs/run-write-job.ts (main/jobs/job-worker.ts → main/jobs/job-list.ts → main/services/autocode.ts → "
        + "main/jobs/run-write-job.ts): a read job's thread would load the write jobs' code",
    ]);
    expect(tree("export { runWriteJob } from '../jobs/run-write-job.js';")).toHaveLength(1);
    expect(tree("import { decodeText } from '../import/decode-text.js';")).toHaveLength(1);
    // Type-only names still leave the import in place (verbatimModuleSyntax): the module loads.
    expect(tree("import { type WriteJob } from '../jobs/run-write-job.js';")).toHaveLength(1);
    expect(tree("import type { WriteJob } from '../jobs/run-write-job.js';")).toEqual([]);
    expect(tree("export type { WriteJob } from '../jobs/run-write-job.js';")).toEqual([]);
    expect(tree("const later = () => import('../jobs/run-write-job.js');")).toEqual([]);
  });

  it('finds arrays spread into Math.max or Math.min, anywhere', () => {
    const use = 'use shared/extremes.ts';
    expect(check('renderer/src/x.tsx', 'const top = Math.max(1, ...cells.map((c) => c.count));')).toEqual([
      `renderer/src/x.tsx: line 1: an array spread into Math.max or Math.min; ${use}`,
    ]);
    expect(check('main/export/x.ts', '\nconst low = Math.min(\n  ...starts,\n);')).toEqual([`main/export/x.ts: line 2: an array spread into Math.max or Math.min; ${use}`]);
    // Arguments one by one, and the helpers, are fine.
    expect(check('shared/x.ts', 'const a = Math.max(b, c); const d = largest(xs, 1); const e = [...xs]; f(...xs);')).toEqual([]);
  });

  it("finds a write job's thread loading the document readers before a job asks for them", () => {
    const tree = (via: string) => violations([
      { path: 'main/jobs/write-job-worker.ts', text: "import { writeJobList } from './write-job-list.js';" },
      { path: 'main/jobs/write-job-list.ts', text: "import { removeDocument } from '../services/documents.js';" },
      { path: 'main/services/documents.ts', text: via },
    ]);
    expect(tree("import { decodeText } from '../import/decode-text.js';")).toEqual([
      'main/jobs/write-job-worker.ts loads main/import/decode-text.ts (main/jobs/write-job-worker.ts → main/jobs/write-job-list.ts → '
        + 'main/services/documents.ts → main/import/decode-text.ts): every write job\'s thread would load the document readers',
    ]);
    expect(tree("const later = () => import('../import/decode-text.js');")).toEqual([]);
  });
});
