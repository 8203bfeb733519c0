/**
 * `npm run web [-- --port N] [-- --project FILE]`: browser mode. Opens the given project, else
 * the most recent one, else the demo study, and prints the URL to open.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatch } from '../api/dispatch.js';
import { systemCodebookLanguage } from '../../shared/default-codebook.js';
import { openInitialProject } from '../sample/open-initial-project.js';
import { DEFAULT_BACKUP_POLICY } from '../backup/policy.js';
import { Session } from '../services/session.js';
import { defaultPaths } from '../services/settings.js';
import { startWebServer } from './server.js';
import { startedDirectly } from '../started-directly.js';

const STATIC_ROOT = fileURLToPath(new URL('../../renderer/', import.meta.url));

export async function runBrowserMode(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, project: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
  const session = new Session(defaultPaths(), { backups: DEFAULT_BACKUP_POLICY });
  openInitialProject(session, values.project, console.warn, systemCodebookLanguage(process.env));
  const server = await startWebServer({ dispatch: createDispatch(session), staticRoot: STATIC_ROOT, port });
  console.log(`CaseCoder is running in browser mode: ${server.url}`);
  const stop = () => {
    void server.close().then(async () => {
      await session.shutDown();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (startedDirectly(import.meta.url)) {
  runBrowserMode(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
