/** A fresh session with its own settings folder and workspace, for one test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../main/services/session.js';

export interface TestSession {
  session: Session;
  home: string;
  dispose(): void;
}

export function newTestSession(coderName: string | null = 'Ada'): TestSession {
  const home = mkdtempSync(join(tmpdir(), 'casecoder-test-'));
  const session = new Session({ configDir: join(home, 'config'), workspace: join(home, 'projects') });
  if (coderName) session.settings.setCoderName(coderName);
  return {
    session,
    home,
    dispose() {
      session.closeProject();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
