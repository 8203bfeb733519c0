/**
 * `npm run web [-- --port N] [-- --project FILE]`: browser mode. Opens the given project, else
 * the most recent one, else the demo study, and prints the URL to open. Its lines (where it runs,
 * why it could not start, that it stopped) are in the system's language, as the command line's
 * are (main/cli/messages.ts, features/browserMode.ts).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatch } from '../api/dispatch.js';
import { systemCodebookLanguage, systemLanguageNamed } from '../../shared/default-codebook.js';
import { openInitialProject } from '../sample/open-initial-project.js';
import { DEFAULT_BACKUP_POLICY } from '../backup/policy.js';
import { Session } from '../services/session.js';
import { defaultPaths } from '../services/settings.js';
import { startWebServer, type WebServer } from './server.js';
import { keepFilesPrivate } from '../private-files.js';
import { startedDirectly } from '../started-directly.js';
import { errorMessage, messagesFor, type Messages } from '../cli/messages.js';
import { forgetAddress, keepAddress, keptAddress } from './kept-address.js';

const STATIC_ROOT = fileURLToPath(new URL('../../renderer/', import.meta.url));

type Env = Readonly<Record<string, string | undefined>>;

/** Starts browser mode; a start that fails says why in the system's language and ends the process. */
export async function runBrowserMode(argv: string[], env: Env = process.env): Promise<void> {
  keepFilesPrivate();
  const words = messagesFor(env);
  try {
    await serve(argv, env, words);
  } catch (error) {
    console.error(startFailureText(words, error));
    process.exit(1);
  }
}

/** npm start's line as it falls back to browser mode (scripts/start.mjs). */
export function fallbackLine(reason: 'electronMissing' | 'nativeBuildFailed', env: Env = process.env): string {
  return messagesFor(env).t(`browserMode.fallback.${reason}`);
}

/** A start refused for what was asked, said by its key in features/browserMode.ts. */
class StartRefused extends Error {
  constructor(readonly key: string, readonly params: Record<string, unknown> = {}) {
    super(key);
  }
}

/** Why browser mode did not start: a port taken or not allowed by name, a service's error as the command line words it. */
export function startFailureText(words: Messages, error: unknown): string {
  if (error instanceof StartRefused) return words.t(`browserMode.${error.key}`, error.params);
  const { code, port } = error as { code?: unknown; port?: unknown };
  if (code === 'EADDRINUSE') return words.t('browserMode.portInUse', { port });
  if (code === 'EACCES') return words.t('browserMode.portDenied', { port });
  return errorMessage(words, error);
}

async function serve(argv: string[], env: Env, words: Messages): Promise<void> {
  let values: { port?: string; project?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string' }, project: { type: 'string' } } }));
  } catch {
    throw new StartRefused('usage');
  }
  const asked = values.port === undefined ? undefined : Number(values.port);
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 0 || asked > 65535)) throw new StartRefused('badPort', { port: values.port });
  const paths = defaultPaths(env);
  const session = new Session(paths, { backups: DEFAULT_BACKUP_POLICY });
  // The port first: taken, nothing is opened, made or backed up for a run that cannot serve it.
  const server = await listen(createDispatch(session), paths.configDir, asked);
  // Still on listen's turn, before the server reads any request (a page left open on a kept
  // address asks at once): it finds the project open.
  const notReopened = (path: string, error: unknown) => console.warn(words.t('browserMode.notReopened', { path, reason: errorMessage(words, error) }));
  try {
    openInitialProject(session, values.project, notReopened, systemCodebookLanguage(env));
  } catch (error) {
    await server.close();
    throw error;
  }
  const address = { port: server.port, token: server.token };
  keepAddress(paths.configDir, address);
  const stop = () => {
    void server.close().then(async () => {
      await session.shutDown();
      forgetAddress(paths.configDir, address);
      console.log(words.t('browserMode.stopped'));
      process.exit(0);
    });
  };
  // Before the address is out: a stop asked as soon as it is seen stops cleanly too.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The page's language on its first start: the system's where it names one of ours, as the demo
  // study made for it and this process's messages are; else the browser's (renderer/src/i18n).
  const language = systemLanguageNamed(env);
  console.log(words.t('browserMode.running', { url: language === null ? server.url : `${server.url}&lang=${language}` }));
  console.log(words.t('browserMode.howTo'));
}

/**
 * On the port asked for, else on the one a run that did not stop cleanly left (with its token,
 * so a tab open on it carries on), else on a free one; the kept port taken meanwhile, a free one.
 */
async function listen(dispatch: ReturnType<typeof createDispatch>, configDir: string, asked: number | undefined): Promise<WebServer> {
  const kept = keptAddress(configDir);
  const start = (port: number) => startWebServer({ dispatch, staticRoot: STATIC_ROOT, port, token: kept?.token });
  if (asked !== undefined || !kept) return start(asked ?? 0);
  try {
    return await start(kept.port);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EADDRINUSE') throw error;
    return start(0);
  }
}

if (startedDirectly(import.meta.url)) void runBrowserMode(process.argv.slice(2));
