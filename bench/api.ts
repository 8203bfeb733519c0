/**
 * The app's front-door API for the bench: a Session and the one dispatch, as the desktop app and
 * browser mode hold them, with a settings folder of its own so the user's recent list is untouched.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Input, Method, Output } from '../shared/contract.js';
import { createDispatch } from '../main/api/dispatch.js';
import { Session } from '../main/services/session.js';

export interface Api {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  close(): void;
}

export async function openApi(projectFile: string, coder = 'Bench'): Promise<Api> {
  const configDir = mkdtempSync(join(tmpdir(), 'casecoder-bench-settings-'));
  const session = new Session({ configDir, workspace: dirname(projectFile) });
  const dispatch = createDispatch(session);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return result.value as Output<M>;
  };
  // Named once the project is open, as a user answers «Who is coding?»: a project others have
  // coded in (the corpus's coders) names no one as it opens.
  await call('project.open', { path: projectFile });
  await call('session.setCoder', { name: coder });
  return {
    call,
    close() {
      session.closeProject();
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}
