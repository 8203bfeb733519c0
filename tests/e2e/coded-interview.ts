/**
 * The interview the coding-note tests read, coded in a REFI-QDA package as a teammate's QDA
 * tool sends it (each coding by the package's one user, with a note if given), imported through
 * the API into a project of its own, coded in by Ирина.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserTestEnv, RunningApp } from '../helpers/browser-mode.js';
import { qdpx } from '../unit/refi/package.js';
import { apiCall } from './contract-client.js';

export const INTERVIEW = 'Аренда съедает половину зарплаты. Соседи помогли с документами.';

export interface PackageCoding {
  start: number;
  end: number;
  code: string;
  note?: string;
}

export async function startWithCodedInterview(env: BrowserTestEnv, project: string, codings: PackageCoding[], user?: string): Promise<RunningApp> {
  const app = await env.start(['--project', join(env.home, `${project}.casecoder`)]);
  await apiCall(app.url, 'session.setCoder', { name: 'Ирина' });
  const guids = new Map(codings.map(({ code }) => [code, randomUUID()]));
  const package_ = qdpx({
    ...(user !== undefined && { user }),
    codes: [...guids].map(([name, guid]) => ({ guid, name })),
    sources: [{
      name: 'Интервью', text: INTERVIEW,
      selections: codings.map(({ start, end, code, note }) => ({ start, end, codeGuid: guids.get(code)!, ...(note !== undefined && { codingNote: note }) })),
    }],
  });
  // Read where it lies, as the command line names a package.
  const file = join(env.home, `${project}.qdpx`);
  writeFileSync(file, package_);
  await apiCall(app.url, 'refi.import', { path: file });
  return app;
}
