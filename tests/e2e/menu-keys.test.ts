/**
 * The menus from the keyboard, as the WAI-ARIA menu pattern has it: the top bar's (ArrowDown on
 * its button goes into the items, the arrows move round them, Home and End to the first and the
 * last, a letter to the next item starting with it, Escape closes it with the focus back on its
 * button) and the text's coding menu (Shift+F10:
 * Home and End too; a keyboard user's End then Enter used to apply the first code).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { codingMenuFromKeyboard, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

/** What has the focus: its text, and whether it is in the open top-bar menu or the coding menu. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    return { text: e.textContent?.trim() ?? '', tag: e.tagName.toLowerCase(), inMenu: !!e.closest('.drop-menu[open] .drop-items, [role=menu]') };
  });

describe('the menus from the keyboard', () => {
  it('moves into the top bar menu with the arrows, Home and End, and Escape gives the focus back', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case').first().waitFor();
    const analyse = page.locator('.top-bar summary', { hasText: /^Analyse$/ });
    const items = page.locator('.drop-menu[open] .drop-items button:enabled');
    await analyse.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.drop-menu[open]').count()).toBe(1);
    const texts = await items.evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(2);
    const at = async () => (await focused(page)).text.replace(/\s+/g, ' ');
    const item = (i: number) => texts.at(i)!.replace(/\s+/g, ' ').trim();
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(item(0));
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(item(1));
    await page.keyboard.press('End');
    expect(await at()).toBe(item(-1));
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(item(0));
    await page.keyboard.press('ArrowUp');
    expect(await at()).toBe(item(-1));
    await page.keyboard.press('Home');
    expect(await at()).toBe(item(0));
    // A letter goes to the next item starting with it: the last item's, from the first.
    const letter = item(-1)[0]!.toLowerCase();
    await page.keyboard.press(letter);
    expect(await at()).toBe(item(texts.findIndex((_, i) => i > 0 && item(i)[0]!.toLowerCase() === letter)));
    await page.keyboard.press('Home');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.drop-menu[open]').count()).toBe(0);
    expect(await focused(page)).toMatchObject({ tag: 'summary', text: 'Analyse' });
    // Closed, ArrowUp on the button opens it at its last item.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('.drop-menu[open]').count()).toBe(1);
    expect(await at()).toBe(item(-1));
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  }, 60_000);

  it('goes to the coding menu\'s first and last item with Home and End, and End then Enter chooses the last', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().click();
    await page.locator('.case-list button.document').first().click();
    const menu = await codingMenuFromKeyboard(page);
    const names = await menu.getByRole('menuitem').evaluateAll((items) => items.map((item) => item.textContent?.trim() ?? ''));
    const at = async () => (await focused(page)).text;
    expect(await at()).toBe(names[0]);
    await page.keyboard.press('End');
    expect(await at()).toBe(names.at(-1));
    await page.keyboard.press('Home');
    expect(await at()).toBe(names[0]);
    await page.keyboard.press('ArrowUp');
    expect(await at()).toBe(names.at(-1));
    // The last item (a memo on the passage) is what End then Enter chooses: its dialog, nothing coded.
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await page.locator('.app > [role=status]').innerText()).not.toContain('Coded');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  }, 60_000);
});
