/**
 * A user trial: Escape did not close the search drawer (Ctrl+Shift+F), only its × did. A click on
 * the drawer's words or hits (no control) let the focus fall to the page, where Escape reached
 * nothing, and the place to give the focus back to became the page. Escape now closes the drawer
 * wherever in it the user was, unless a dialog of its own is open, and the focus and the passage
 * selected go back to the document.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

/** Whether the focus is in the document's text, and the text selected. */
const place = (page: Page) =>
  page.evaluate(() => ({ inText: document.activeElement?.getAttribute('data-testid') === 'document-text', selected: window.getSelection()?.toString() }));

describe('the search drawer', () => {
  it('closes on Escape after a click on its text, its hits or a word of its word list, and gives the focus back', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case').first().click();
    await page.locator('.case-list button.document').first().click();
    const text = page.getByTestId('document-text');
    await expect.poll(() => text.innerText()).not.toBe('');
    await text.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    const before = await place(page);
    expect(before.selected?.length).toBe(8);

    const panel = page.getByRole('complementary', { name: 'Search' });
    const codebook = page.getByRole('complementary', { name: 'Codebook' });
    await page.keyboard.press('Control+Shift+F');
    const box = panel.getByRole('searchbox', { name: 'Search for' });
    await box.fill('move');
    await box.press('Enter');
    await expect.poll(() => panel.locator('.kwic li').count()).toBe(3);
    // The words under the box, then the count of hits: read, not controls.
    await panel.locator('p.hint.small').last().click();
    await panel.locator('.search-results > p strong').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await codebook.isVisible()).toBe(true);
    expect(await place(page)).toEqual(before);

    // A word of the word list searched (its list goes, its hits come), the count of hits clicked, then Escape.
    await page.keyboard.press('Control+Shift+F');
    await panel.getByRole('button', { name: 'Words', exact: true }).click();
    const word = panel.locator('.words-view [data-user-data=word]').first();
    await word.waitFor();
    await word.click();
    await expect.poll(() => panel.locator('.kwic li').count()).toBeGreaterThan(0);
    await panel.locator('.search-results > p strong').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await place(page)).toEqual(before);

    // Escape in a dialog of its own (Code all hits) closes that dialog only.
    await page.keyboard.press('Control+Shift+F');
    await box.fill('move');
    await box.press('Enter');
    await panel.getByRole('button', { name: 'Code all hits' }).click();
    const autocode = page.getByRole('dialog', { name: 'Code all hits' });
    await autocode.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => autocode.count()).toBe(0);
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await place(page)).toEqual(before);
    expect(errors).toEqual([]);
  }, 60_000);
});
