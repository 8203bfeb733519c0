/**
 * One menu structure, File · Edit · Code · Analyse · Exchange · Help, as the browser's menu bar;
 * its commands run; dialogs take Enter to confirm and Escape to cancel, with focus in the first field.
 * Electron's native menu, through a stand-in for the preload's menu bridge, shows what the bar
 * shows and runs its commands.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MenuState } from '../../shared/menu.js';
import { chooseFromMenu, failCalls, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { qdpx } from '../unit/refi/package.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

describe('the menu bar', () => {
  it('has the six menus, runs their commands, and dialogs answer Enter and Escape', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await expect.poll(() => page.locator('.top-bar summary').allInnerTexts()).toEqual(['File', 'Edit', 'Code', 'Analyse', 'Exchange', 'Help']);

    await page.locator('.top-bar summary', { hasText: 'Edit' }).click();
    await expect.poll(() => page.locator('.drop-menu[open]').innerText()).toContain('Ctrl+Shift+Z');
    await page.screenshot({ path: `${screens}menu-edit.png` });
    await page.keyboard.press('Escape');

    await chooseFromMenu(page, 'Help', 'Keyboard shortcuts ?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await chooseFromMenu(page, 'Analyse', 'Charts');
    await expect.poll(() => page.locator('.charts-view').count()).toBe(1);
    await chooseFromMenu(page, 'Code', 'Coded segments');
    await page.locator('.body-row').first().waitFor();
    await chooseFromMenu(page, 'Code', 'Apply a code… Ctrl+K');
    await expect.poll(() => page.getByRole('dialog', { name: 'Apply a code' }).count()).toBe(1);
    await page.keyboard.press('Escape');

    // A dialog: focus in its first field, Escape cancels, Enter confirms (from a checkbox too).
    await chooseFromMenu(page, 'Code', 'New framework…');
    const dialog = page.getByRole('dialog', { name: 'New framework' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await page.keyboard.type('Actors');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.codebook h3').allInnerTexts()).not.toContainEqual(expect.stringContaining('Actors'));
    await chooseFromMenu(page, 'Code', 'New framework…');
    await page.keyboard.type('Actors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).toContain('Actors');

    // Edit › Undo says what it will undo, and takes the framework back; Redo then says what it will redo.
    await chooseFromMenu(page, 'Edit', 'Undo: new framework “Actors” Ctrl+Z');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).not.toContain('Actors');
    await chooseFromMenu(page, 'Edit', 'Redo: new framework “Actors” Ctrl+Shift+Z');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).toContain('Actors');
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps the native menu in step with the bar, and runs the commands chosen there', async () => {
    const app = await env.start([], join(env.home, 'native-menu'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    // The preload's menu bridge (main/electron/preload.cts), standing in: the states the page
    // sends are kept, and the command listener it registers is kept to be called.
    await page.addInitScript(() => {
      const kept = window as unknown as { menuStates: unknown[]; menuListeners: ((command: string) => void)[] };
      kept.menuStates = [];
      kept.menuListeners = [];
      (window as unknown as { casecoderMenu: unknown }).casecoderMenu = {
        onCommand: (listener: (command: string) => void) => kept.menuListeners.push(listener),
        setState: (state: unknown) => kept.menuStates.push(state),
      };
    });
    const last = () => page.evaluate(() => (window as unknown as { menuStates: MenuState[] }).menuStates.at(-1));
    const choose = (command: string) =>
      page.evaluate((c) => (window as unknown as { menuListeners: ((command: string) => void)[] }).menuListeners.forEach((l) => l(c)), command);
    await openAsCoder(page, app.url);
    await expect.poll(last).toMatchObject({ language: 'en', disabled: expect.arrayContaining(['edit.undo', 'edit.redo']), labels: {} });
    expect((await last())!.shown).toEqual(await barCommands(page));
    expect(await page.evaluate(() => (window as unknown as { menuListeners: unknown[] }).menuListeners.length)).toBe(1);

    // A step taken: Undo names it there too. Chosen there, it is undone here.
    await choose('code.newFramework');
    await page.getByRole('dialog', { name: 'New framework' }).getByRole('textbox').first().fill('Actors');
    await page.keyboard.press('Enter');
    await expect.poll(last).toMatchObject({ labels: { 'edit.undo': 'Undo: new framework “Actors”' }, disabled: ['edit.redo'] });
    await choose('edit.undo');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).not.toContain('Actors');
    await expect.poll(last).toMatchObject({ labels: { 'edit.redo': 'Redo: new framework “Actors”' }, disabled: ['edit.undo'] });

    // In Russian, its words are Russian; without a project, it offers only what the bar offers.
    await page.locator('.top-bar .language select').selectOption('ru');
    await expect.poll(last).toMatchObject({ language: 'ru', labels: { 'edit.redo': 'Повторить: новая схема кодирования «Actors»' } });
    await choose('file.close');
    await expect.poll(() => last().then((state) => state!.shown)).not.toContain('file.close');
    expect((await last())!.shown).toEqual(await barCommands(page));
    expect((await last())!.shown).toEqual(expect.arrayContaining(['file.new', 'file.open', 'help.shortcuts']));
    await choose('help.shortcuts');
    await expect.poll(() => page.getByRole('dialog', { name: 'Сочетания клавиш' }).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 90_000);

  it('says why the lists of Open project and Backups could not be read, and still opens a typed path', async () => {
    const app = await env.start([], join(env.home, 'failing-lists'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case').first().waitFor();
    const path = await page.locator('.project-name').getAttribute('title');
    await failCalls(page, ['project.list', 'backups.list'], 'The list could not be read (test).');

    await chooseFromMenu(page, 'File', 'Backups…');
    const backups = page.getByRole('dialog', { name: 'Backups' });
    await expect.poll(() => backups.getByRole('alert').innerText()).toBe('The list could not be read (test).');
    expect(await backups.getByText('Loading…').count()).toBe(0);
    await page.keyboard.press('Escape');

    await chooseFromMenu(page, 'File', 'Open project…');
    const open = page.getByRole('dialog', { name: 'Open project' });
    // Opening saves nothing: its hint does not say a name is «saved», as a new project's does.
    await expect.poll(() => open.locator('#open-path-hint').innerText()).toBe('A name (a project in your CaseCoder folder) or a full path ending in .casecoder.');
    await expect.poll(() => open.getByRole('alert').innerText()).toBe('The list could not be read (test).');
    await open.getByRole('textbox').fill(path!);
    await open.getByRole('button', { name: 'Open project', exact: true }).click();
    await expect.poll(() => open.count()).toBe(0);
    await expect.poll(() => page.locator('.project-name').getAttribute('title')).toBe(path);
  }, 60_000);

  it("gives the focus back to the menu's button after a merge, an import's report and Close project", async () => {
    const app = await env.start(['--project', join(env.home, 'focus.casecoder')], join(env.home, 'focus'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const study = join(env.home, 'study.qdpx');
    writeFileSync(study, qdpx({ codes: [{ name: 'Theme' }], sources: [{ name: 'Aizhan', text: 'We moved to Almaty.' }] }));
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Each file as a user picks it: the menu's item clicked, then the file chooser.
    const pickFrom = async (menu: string, item: string, file: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, menu, item)]);
      await chooser.setFiles(file);
    };

    await pickFrom('Exchange', 'Import QDA…', study);
    const report = page.getByRole('dialog', { name: 'study.qdpx imported' });
    await report.getByRole('button', { name: 'OK' }).click();
    await expect.poll(focused).toBe('Exchange');

    await pickFrom('Exchange', 'Merge…', study);
    const plan = page.getByRole('dialog', { name: 'Merge study.qdpx into this project' });
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.locator('.message.done [role=status]').innerText()).toMatch(/^Merged study\.qdpx/);
    await expect.poll(focused).toBe('Exchange');

    await chooseFromMenu(page, 'File', 'Close project');
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('No project open');
    await expect.poll(focused).toBe('File');
    // An action that takes the focus itself keeps it: a dialog's first field.
    await chooseFromMenu(page, 'File', 'New project…');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(errors).toEqual([]);
  }, 60_000);

  it('says what a restore of a backup did once it is done', async () => {
    const app = await env.start([], join(env.home, 'restore'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case').first().waitFor();
    // The snapshot taken on opening is written off the main thread: the list is asked again until it has it.
    const backups = page.getByRole('dialog', { name: 'Backups' });
    await expect.poll(async () => {
      await chooseFromMenu(page, 'File', 'Backups…');
      const rows = await backups.getByRole('button', { name: 'Restore' }).count();
      if (rows === 0) await page.keyboard.press('Escape');
      return rows;
    }).toBeGreaterThan(0);
    await backups.getByRole('button', { name: 'Restore' }).first().click();
    await expect.poll(() => page.locator('.message.done [role=status]').innerText()).toMatch(/^Restored the snapshot of .+\. The project as it was before is kept as a snapshot\.$/);
  }, 60_000);
});

/** The commands the page's menu bar offers now, in its order. */
function barCommands(page: Page): Promise<string[]> {
  return page.locator('.top-bar nav.menu [data-menu-command]').evaluateAll((items) => items.map((item) => item.getAttribute('data-menu-command')!));
}
