/**
 * One menu structure, File · Edit · Code · Analyse · Exchange · Help, as the browser's menu bar;
 * its commands run; dialogs take Enter to confirm and Escape to cancel, with focus in the first field.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

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
    await chooseFromMenu(page, 'Edit', 'Undo: new framework Ctrl+Z');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).not.toContain('Actors');
    await chooseFromMenu(page, 'Edit', 'Redo: new framework Ctrl+Shift+Z');
    await expect.poll(() => page.locator('.codebook h3 [data-user-data=framework]').allInnerTexts()).toContain('Actors');
    expect(errors).toEqual([]);
  }, 90_000);
});
