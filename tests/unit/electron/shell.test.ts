/**
 * The Electron shell with Electron replaced by a recording stand-in (the binary cannot be
 * downloaded here): which guards it installs, what the window is allowed, and that the IPC
 * channel answers only our window showing our page, with every payload parsed by the contract.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  ipcListeners: new Map<string, (...args: unknown[]) => void>(),
  /** Each native menu built, in order: its menus' labels, and their items' labels and whether enabled. */
  menus: [] as { label: string; items: string[] }[][],
  windows: [] as { options: Record<string, unknown>; webContents: object; loaded: string[] }[],
  sandbox: false,
  schemes: [] as unknown[],
  permissionRequest: undefined as undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {};
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options, webContents: this.webContents, loaded: [] });
    }
    on() {}
    loadURL(url: string) {
      recorded.windows.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      enableSandbox: () => (recorded.sandbox = true),
      on: (name: string, listener: (...args: unknown[]) => void) => recorded.appEvents.set(name, listener),
      whenReady: () => Promise.resolve(),
      isPackaged: false,
      getLocale: () => 'en-US',
      quit: () => {},
      exit: () => {},
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => recorded.ipcHandlers.set(channel, handler),
      on: (channel: string, listener: (...args: unknown[]) => void) => recorded.ipcListeners.set(channel, listener),
    },
    Menu: {
      setApplicationMenu: () => {},
      buildFromTemplate: (template: { label?: string; submenu?: { label?: string; role?: string; type?: string; enabled?: boolean }[] }[]) => {
        recorded.menus.push(template.map((menu) => ({
          label: menu.label ?? '',
          items: (menu.submenu ?? []).filter((item) => item.label).map((item) => `${item.label}${item.enabled === false ? ' (greyed)' : ''}`),
        })));
        return {};
      },
    },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes), handle: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof recorded.permissionRequest) => (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof recorded.permissionCheck) => (recorded.permissionCheck = handler),
      },
    },
  };
});

let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'casecoder-shell-'));
  process.env.CASECODER_HOME = home;
  process.env.CASECODER_SQLITE_BINDING = '';
  await import('../../../main/electron/main.js');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
});
afterAll(() => {
  delete process.env.CASECODER_HOME;
  rmSync(home, { recursive: true, force: true });
});

/** A web contents as Electron would hand it to the guard, recording what the guard does. */
function fakeContents() {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: (details: { url: string }) => { action: string } };
  Object.assign(contents, { setWindowOpenHandler: (handler: typeof contents.openHandler) => (contents.openHandler = handler) });
  return contents;
}

function attempt(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('the Electron shell', () => {
  it('opens one window with context isolation, the sandbox and no Node, showing the app protocol', () => {
    const [window] = recorded.windows;
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(window!.loaded).toEqual(['app://casecoder/index.html']);
    expect(recorded.sandbox).toBe(true);
    expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('blocks navigation, redirects, new windows and webviews that leave the app', () => {
    const contents = fakeContents();
    recorded.appEvents.get('web-contents-created')!({}, contents);
    expect(attempt(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(attempt(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(attempt(contents, 'will-navigate', 'app://casecoder/index.html')).toBe(false);
    expect(attempt(contents, 'will-attach-webview', 'app://casecoder/index.html')).toBe(true);
    expect(contents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      recorded.permissionRequest!({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(recorded.permissionCheck!({}, 'media')).toBe(false);
  });

  it('answers calls only from our window showing our page, parsing each payload by the contract', async () => {
    const handler = recorded.ipcHandlers.get('casecoder:call')!;
    const ours = recorded.windows[0]!.webContents;
    const call = (sender: object, url: string, method: unknown, input: unknown) =>
      handler({ sender, senderFrame: { url } }, method, input) as Promise<{ ok: boolean; error?: { code: string } }>;

    expect(await call(ours, 'app://casecoder/index.html', 'session.get', {})).toMatchObject({ ok: true });
    expect(await call({}, 'app://casecoder/index.html', 'session.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(ours, 'https://evil.example/', 'session.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(ours, 'app://casecoder/index.html', 'project.open', { path: 7 })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call(ours, 'app://casecoder/index.html', 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('builds the native menu as our page shows its bar, and ignores other senders and malformed states', () => {
    const listener = recorded.ipcListeners.get('casecoder:menu-state')!;
    const ours = recorded.windows[0]!.webContents;
    const page = { sender: ours, senderFrame: { url: 'app://casecoder/index.html' } };
    const built = recorded.menus.length;
    // Before the page says anything: every item, in the system's language.
    expect(recorded.menus.at(-1)!.map((menu) => menu.label)).toEqual(['File', 'Edit', 'Code', 'Analyse', 'Exchange', 'Help']);
    expect(recorded.menus.at(-1)!.find((menu) => menu.label === 'File')!.items).toContain('Close project');

    const state = {
      language: 'ru',
      shown: ['file.new', 'file.open', 'file.close', 'edit.undo', 'edit.redo', 'edit.coder', 'help.shortcuts'],
      disabled: ['edit.redo'],
      labels: { 'edit.undo': 'Отменить: присвоение кода' },
    };
    listener({ sender: {}, senderFrame: { url: 'app://casecoder/index.html' } }, state);
    listener({ sender: ours, senderFrame: { url: 'https://evil.example/' } }, state);
    for (const bad of [
      { ...state, language: 'fr' },
      { ...state, shown: ['fs.readFile'] },
      { ...state, labels: { 'edit.undo': 'Отменить\nещё' } },
      { ...state, labels: { 'edit.undo': 'x'.repeat(201) } },
      { ...state, extra: true },
      'ru',
    ]) listener(page, bad);
    expect(recorded.menus).toHaveLength(built);

    listener(page, state);
    const menu = recorded.menus.at(-1)!;
    // Menus with nothing shown are left out; Undo says what it undoes; Redo is greyed.
    expect(menu.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Справка']);
    expect(menu[0]!.items).toEqual(['Новый проект…', 'Открыть проект…', 'Закрыть проект']);
    expect(menu[1]!.items).toEqual(['Отменить: присвоение кода', 'Повторить (greyed)', 'Сменить имя кодировщика…']);
  });
});

describe('packaging', () => {
  const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
  it('sets the fuses: no run-as-node, app only from an integrity-checked asar', () => {
    for (const fuse of ['runAsNode: false', 'onlyLoadAppFromAsar: true', 'enableEmbeddedAsarIntegrityValidation: true', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false']) {
      expect(config).toContain(`  ${fuse}\n`);
    }
  });
  it('builds the installers the project ships', () => {
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(config).toContain(`- ${target}`);
  });
});
