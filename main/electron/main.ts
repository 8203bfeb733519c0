/**
 * The Electron shell: one sandboxed window showing the built UI through app://, and one IPC
 * channel into the same dispatch that browser mode uses.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, protocol, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/contract.js';
import { createDispatch, type Dispatch } from '../api/dispatch.js';
import { openInitialProject } from '../sample/open-initial-project.js';
import { DEFAULT_BACKUP_POLICY } from '../backup/policy.js';
import { PROJECT_EXTENSION, Session } from '../services/session.js';
import { defaultPaths } from '../services/settings.js';
import { contentTypeOf } from '../web/static-files.js';
import { APP_ENTRY, APP_SCHEME, isAppUrl, resolveAppFile } from './app-url.js';
import { CALL_CHANNEL, MENU_STATE_CHANNEL } from './ipc-channel.js';
import { passedResultJson } from '../jobs/passed-json.js';
import { MenuState, menuLanguageFor, startingMenuState } from '../../shared/menu.js';
import { codebookLanguageOfLocale } from '../../shared/default-codebook.js';
import { buildMenu } from './menu.js';
import { denyAllPermissions, installSecurityGuards, responseHeaders } from './security.js';
import { keepFilesPrivate } from '../private-files.js';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Calls are accepted only from the CaseCoder window', params: {} },
};

// This file sits at dist/main/electron/ in the repository and in the packaged archive alike.
const appRoot = fileURLToPath(new URL('../../../', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;

useElectronSqliteBuild();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
installSecurityGuards();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// Quitting waits for the project to close (Session.shutDown), then quits for good.
app.on('will-quit', (event) => {
  const closing = session;
  if (!closing) return;
  session = null;
  event.preventDefault();
  void closing.shutDown().finally(() => app.quit());
});

app.whenReady().then(() => {
  keepFilesPrivate();
  denyAllPermissions();
  serveRenderer(join(appRoot, 'dist', 'renderer'));
  session = new Session(defaultPaths(), { backups: DEFAULT_BACKUP_POLICY });
  try {
    openInitialProject(
      session, launchedProject(),
      (path, error) => console.warn(`Could not reopen ${path}: ${error instanceof Error ? error.message : String(error)}`),
      codebookLanguageOfLocale(app.getLocale()),
    );
  } catch (error) {
    // The window still opens: the user can create or open a project from there.
    console.error('Could not open a project:', error);
  }
  handleCalls(createDispatch(session));
  showMenu(startingMenuState(menuLanguageFor(app.getLocale())));
  ipcMain.on(MENU_STATE_CHANNEL, (event, state: unknown) => {
    const parsed = MenuState.safeParse(state);
    if (isOurWindow(event) && parsed.success) showMenu(parsed.data);
  });
  mainWindow = createWindow();
  app.on('activate', () => {
    mainWindow ??= createWindow();
  });
}).catch((error: unknown) => {
  console.error('CaseCoder could not start:', error);
  app.exit(1);
});

/**
 * Development runs the tests on Node's build of better-sqlite3, so Electron's build is kept
 * apart (scripts/electron-native.mjs). A packaged app carries a module electron-builder rebuilt.
 */
function useElectronSqliteBuild(): void {
  if (process.env.CASECODER_SQLITE_BINDING || app.isPackaged) return;
  const binding = join(appRoot, '.electron-native', 'better_sqlite3.node');
  if (existsSync(binding)) process.env.CASECODER_SQLITE_BINDING = binding;
  else console.warn(`${binding} is missing: run node scripts/electron-native.mjs, or projects will not open`);
}

function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(root, request.url);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) {
      return new Response('Not found', { status: 404, headers: responseHeaders('text/plain; charset=utf-8') });
    }
    return new Response(body, { headers: responseHeaders(contentTypeOf(file)) });
  });
}

/** The .casecoder file the OS launched us with, if any. */
function launchedProject(): string | undefined {
  return process.argv.slice(1).find((arg) => !arg.startsWith('-') && arg.endsWith(PROJECT_EXTENSION));
}

function handleCalls(dispatch: Dispatch): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown, callId: unknown) => {
    if (!isOurWindow(event)) return forbidden;
    const result = await dispatch(method, input, callId);
    // A table's cells, a preview's spans or an export's file cross as the job wrote them, unread here (jobs/passed-json.ts).
    return passedResultJson(result) ?? result;
  });
}

function showMenu(state: MenuState): void {
  Menu.setApplicationMenu(buildMenu(state, () => mainWindow));
}

/** Only our window, showing our own page: not another window, nor a page it was navigated to. */
function isOurWindow(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  return mainWindow !== null && event.sender === mainWindow.webContents && frame !== null && isAppUrl(frame.url);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'CaseCoder',
    webPreferences: {
      preload: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY).catch((error: unknown) => console.error(`Could not load ${APP_ENTRY}:`, error));
  return window;
}
