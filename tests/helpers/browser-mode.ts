/**
 * Runs CaseCoder's browser mode as a user would (`node dist/main/web/cli.js`), in its own
 * settings folder, and drives Debian's Chromium with Playwright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertBuilt(): void {
  if (!existsSync(`${root}dist/main/web/cli.js`) || !existsSync(`${root}dist/renderer/index.html`)) {
    throw new Error('CaseCoder is not built: run `npm run build` (npm test does it first)');
  }
}

export interface RunningApp {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startApp(home: string, args: string[] = [], locale = 'C.UTF-8'): Promise<RunningApp> {
  assertBuilt();
  const child = spawn(process.execPath, [`${root}dist/main/web/cli.js`, ...args], {
    // A project file given that does not exist is created with its codebook in the system's language: pinned to English.
    env: { ...process.env, LC_ALL: locale, CASECODER_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        // Ended already, by itself or killed by a test (a signal leaves exitCode null).
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `scrollbars`: drawn as on Windows and Linux, taking room beside what scrolls. Playwright's
 * headless Chromium hides them (--hide-scrollbars), and with them a layout's cost that only
 * scrollbars taking room bring.
 */
export async function launchBrowser(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    args: ['--headless', '--lang=en-US', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Fails the test on any error the page logs, not only on failed assertions. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Drags the mouse across the first occurrence of `text` inside the element. */
export async function dragSelect(page: Page, selector: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ([sel, needle]) => {
      const container = document.querySelector(sel)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let all = '';
      const nodes: { node: Text; at: number }[] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        nodes.push({ node: n, at: all.length });
        all += n.data;
      }
      const index = all.indexOf(needle);
      if (index < 0) throw new Error(`"${needle}" is not in the text`);
      const point = (offset: number) => {
        const hit = nodes.filter((x) => x.at <= offset).pop()!;
        const range = document.createRange();
        range.setStart(hit.node, offset - hit.at);
        range.setEnd(hit.node, Math.min(offset - hit.at + 1, hit.node.data.length));
        return range.getClientRects()[0]!;
      };
      const first = point(index);
      const last = point(index + needle.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [selector, text] as const,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** The window point over the first letter of `text` in the document. */
export async function pointOn(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('document-text').evaluate((container, needle) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`"${needle}" is not in the text`);
  }, text);
}

export interface BrowserTestEnv {
  /** A fresh folder for this test file: settings, projects, downloads. */
  readonly home: string;
  readonly browser: Browser;
  /** Starts browser mode with its settings under `home` (or the folder given); stopped after the tests. */
  start(args?: string[], settingsHome?: string, locale?: string): Promise<RunningApp>;
}

/**
 * One Chromium for the browser test files a test process runs one after another (they share its
 * modules: vitest.config.ts): a launch costs about a second of CPU, which 57 files paid each. A
 * file's pages are its own (a context each); it closes them as it ends. Chromium ends with the
 * process (Playwright's pipe to it closes), or is launched again should it have gone.
 */
let sharedBrowser: Promise<Browser> | null = null;
function browserOfThisProcess(): Promise<Browser> {
  sharedBrowser ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => { sharedBrowser = null; });
    return browser;
  }, (error: unknown) => {
    sharedBrowser = null;
    throw error;
  });
  return sharedBrowser;
}

/** Registers the set-up and tear-down every browser test file needs. */
export function useBrowserTestEnv(): BrowserTestEnv {
  let home = '';
  let browser: Browser | undefined;
  const apps: RunningApp[] = [];
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'casecoder-e2e-'));
    browser = await browserOfThisProcess();
  });
  afterAll(async () => {
    // The pages first: a page of a stopped app would poll for it meanwhile.
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
    await Promise.all(apps.map((app) => app.stop()));
    rmSync(home, { recursive: true, force: true });
  });
  return {
    get home() {
      return home;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    async start(args = [], settingsHome = home, locale?: string) {
      const app = await startApp(settingsHome, args, locale);
      apps.push(app);
      return app;
    },
  };
}

/**
 * The segment rows' case or group names, in a cell of their own or stacked in the case's
 * (renderer/src/segment-row-lines.ts), not in a row's card of cut names.
 */
export const segmentRowName = (column: 'case' | 'group') =>
  `.body-row > [data-user-data=${column}], .body-row > .cell > [data-user-data=${column}]`;

/** Opens the app and answers the first-start question for the coder's name. */
export async function openAsCoder(page: Page, url: string, coder = 'Ada'): Promise<void> {
  await page.goto(url);
  await page.getByRole('dialog', { name: 'Who is coding?' }).getByRole('textbox').fill(coder);
  await page.getByRole('button', { name: 'OK' }).click();
}

/**
 * Opens the search drawer with Ctrl+Shift+F and searches for `query`; gives the drawer. `words`:
 * the drawer's and its box's names in the page's language (Russian: Поиск, Искать).
 */
export async function searchFor(page: Page, query: string, words = { drawer: 'Search', box: 'Search for' }): Promise<Locator> {
  await page.keyboard.press('Control+Shift+F');
  const panel = page.getByRole('complementary', { name: words.drawer });
  const box = panel.getByRole('searchbox', { name: words.box });
  await box.fill(query);
  await box.press('Enter');
  return panel;
}

/**
 * Imports a case table through the case list's Import case table…, which opens the spreadsheet
 * import with the file: waits for its preview, names the group, imports, and gives the report.
 */
export async function importCaseTable(page: Page, file: string, group: string): Promise<string> {
  await page.getByLabel('Import case table…').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import a spreadsheet' });
  await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/^Rows of cases: \d+$/);
  await dialog.getByLabel('Group of the cases').fill(group);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Cases: ');
  const report = await dialog.getByRole('status').innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return report;
}

/** Opens a menu of the top bar (File, Edit, Code, Analyse, Exchange, Help) and chooses one of its actions. */
export async function chooseFromMenu(page: Page, menu: string, action: string): Promise<void> {
  // The whole name: Правка is inside Справка.
  await page.locator('.top-bar summary', { hasText: new RegExp(`^${menu}$`) }).click();
  await page.locator('.drop-menu[open]').getByRole('button', { name: action, exact: true }).click();
}

/** File > Save a copy… without codings, for a second coder, to `path`; waits for the copy to be saved. */
export async function saveCopyForSecondCoder(page: Page, path: string): Promise<void> {
  await chooseFromMenu(page, 'File', 'Save a copy…');
  const dialog = page.getByRole('dialog', { name: 'Save a copy of this project' });
  await dialog.getByRole('textbox').fill(path);
  await dialog.getByLabel(/^Without codings, for a second coder/).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect.poll(() => page.locator('.message.done [role=status]').innerText()).toBe(`A copy without codings was saved for a second coder: ${path}`);
}

/** The method of a call to browser mode's endpoint, read from its body; undefined for any other request. */
export function calledMethod(request: Request): string | undefined {
  if (!request.url().includes('/api/call')) return undefined;
  return /^\{"method":"([^"]+)"/.exec(request.postData() ?? '')?.[1];
}

/** From now on, answers every call to one of `methods` with an error saying `message`, as a failing service would. */
export async function failCalls(page: Page, methods: string[], message: string): Promise<void> {
  await page.route('**/api/call', (route) =>
    methods.includes(calledMethod(route.request()) ?? '')
      ? route.fulfill({ json: { ok: false, error: { code: 'failedInTest', message } } })
      : route.continue());
}

/** From the keyboard, in the open document: its first eight characters selected, then Shift+F10; the coding menu it opens. */
export async function codingMenuFromKeyboard(page: Page): Promise<Locator> {
  await page.getByTestId('document-text').focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect.poll(() => menu.count()).toBe(1);
  return menu;
}
