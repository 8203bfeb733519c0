/**
 * The codebook as a tree: counts of segments and cases per code, a filter, folding, a colour
 * chosen at creation, a delete that says what goes with the code, moving by drag and by dialog,
 * and merging one code into another as one undoable step.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

// A code's button carries its digit key when its framework is the active one.
const row = (page: Page, code: string) =>
  page.locator('.codebook .code-row').filter({ has: page.locator('button.code', { hasText: new RegExp(`^${code}\\s*\\d?$`) }) });
const counts = (page: Page, code: string) => row(page, code).getByTestId('code-counts').innerText();
const codeNames = async (page: Page) => (await page.locator('.codebook button.code').allInnerTexts()).map((name) => name.replace(/\s*\d+$/, ''));

describe('the codebook tree', () => {
  it('counts, filters, folds, creates with a colour, moves, merges and undoes', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    // Demo study: each code with its segments · cases.
    await expect.poll(() => counts(page, 'Positive')).toMatch(/^\d+ · \d+$/);
    const [positiveSegments] = (await counts(page, 'Positive')).split(' · ').map(Number);
    const [negativeSegments] = (await counts(page, 'Negative')).split(' · ').map(Number);
    // At 1,400 px the panel neither scrolls sideways nor cuts the demo's code names.
    expect(await page.locator('aside.codebook').evaluate((panel) => panel.scrollWidth - panel.clientWidth)).toBe(0);
    const cut = (names: Element[]) => names.filter((name) => name.scrollWidth > name.clientWidth).map((name) => name.textContent);
    expect(await page.locator('aside.codebook .code-name').evaluateAll(cut)).toEqual([]);
    expect(positiveSegments).toBeGreaterThan(0);

    // Filter.
    await page.getByLabel('Filter codes').fill('eco');
    await expect.poll(() => codeNames(page)).toEqual(['Economic']);
    await page.getByLabel('Filter codes').fill('');

    // A sub-code with its own colour, under Economic; folding hides it.
    await page.getByRole('button', { name: 'Add a sub-code under Economic' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-name');
    await page.keyboard.type('Housing');
    await dialog.getByLabel('Colour').fill('#123456');
    await page.keyboard.press('Enter');
    await expect.poll(() => codeNames(page)).toContain('Housing');
    expect(await row(page, 'Housing').locator('.swatch').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(18, 52, 86)');
    await page.getByRole('button', { name: 'Collapse Economic' }).click();
    await expect.poll(() => codeNames(page)).not.toContain('Housing');
    await page.getByRole('button', { name: 'Expand Economic' }).click();
    await expect.poll(() => codeNames(page)).toContain('Housing');

    // Drag Housing onto Legal: it goes under Legal.
    await row(page, 'Housing').dragTo(row(page, 'Legal'));
    await expect.poll(() => page.getByRole('button', { name: 'Collapse Legal' }).count()).toBe(1);
    await page.screenshot({ path: `${screens}codebook-tree.png` });

    // Move from the keyboard's way: the ⋯ menu, then a dialog. Top level, first place.
    await row(page, 'Housing').locator('summary').click();
    await row(page, 'Housing').getByRole('button', { name: 'Move…' }).click();
    await page.getByRole('dialog').getByLabel('Under').selectOption({ label: '(top level)' });
    await page.getByRole('dialog').getByLabel('Position among its siblings').fill('1');
    await page.getByRole('button', { name: 'OK' }).click();
    // Valence's three codes, then STEEPL's: Housing first.
    await expect.poll(async () => (await codeNames(page)).slice(3, 5)).toEqual(['Housing', 'Sociocultural']);

    // Delete says how many codings go: none for Housing; Escape cancels.
    await page.getByRole('button', { name: 'Delete Housing' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('0 codings go with it');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete Economic' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toMatch(/[1-9]\d* codings? go(es)? with it/);
    await page.keyboard.press('Escape');

    // Merge Negative into Positive: Positive carries both, Negative goes; one Ctrl+Z brings it back.
    await row(page, 'Negative').locator('summary').click();
    await row(page, 'Negative').getByRole('button', { name: 'Merge into…' }).click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain(`${negativeSegments} codings move`);
    await page.getByRole('dialog').getByLabel('Into').selectOption({ label: 'Valence › Positive' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => codeNames(page)).not.toContain('Negative');
    await expect.poll(() => counts(page, 'Positive')).toMatch(new RegExp(`^${positiveSegments! + negativeSegments!} · `));
    await page.locator('.case-list').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => codeNames(page)).toContain('Negative');
    await expect.poll(() => counts(page, 'Positive')).toMatch(new RegExp(`^${positiveSegments} · `));
    await expect.poll(() => counts(page, 'Negative')).toMatch(new RegExp(`^${negativeSegments} · `));
    expect(errors).toEqual([]);
  }, 90_000);
});
