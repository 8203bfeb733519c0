/**
 * The workspace's side columns: the codebook is by default as wide as its rows need (300 px for
 * the English codebook, more for the Kazakh STEEPL codes' names beside their counts and tools),
 * and both side columns are resized by dragging their edge or with the keys on it, remembered
 * across a reload, and reset by a double click.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultFrameworks } from '../../shared/default-codebook.js';
import { dragSelect, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

const width = (page: Page, selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().width));

/** Rows whose counts or tools sit on a line below the code's name. */
const brokenRows = (page: Page) =>
  page.locator('.codebook .code-row').evaluateAll((rows) =>
    rows
      .filter((row) => {
        const name = row.querySelector('button.code')!.getBoundingClientRect();
        const tools = row.querySelector('.code-tools')!.getBoundingClientRect();
        return tools.top >= name.bottom - 2;
      })
      .map((row) => row.querySelector('.code-name')!.textContent),
  );

describe('the side columns', () => {
  it('fit each Kazakh code on one line, and are resized by drag and keys, remembered and reset', async () => {
    const app = await env.start([], join(env.home, 'columns'));
    // The project is made in English here: its codes take the names a Kazakh project gives them.
    const [valence, steepl] = defaultFrameworks('en');
    const [kkValence, kkSteepl] = defaultFrameworks('kk');
    const kazakh = new Map([...valence!.codes, ...steepl!.codes].map((code, i) => [code.name, [...kkValence!.codes, ...kkSteepl!.codes][i]!.name]));
    const { codes } = await apiCall(app.url, 'codebook.get', {});
    for (const code of codes) if (kazakh.has(code.name)) await apiCall(app.url, 'codes.update', { id: code.id, name: kazakh.get(code.name)! });

    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await expect.poll(() => page.locator('.codebook .code-name', { hasText: 'Әлеуметтік-мәдени' }).count()).toBe(1);
    // At 300 px «Әлеуметтік-мәдени» and «Технологиялық» put their counts and tools on a second line.
    await expect.poll(() => width(page, 'aside.codebook')).toBeGreaterThan(300);
    const fitted = await width(page, 'aside.codebook');
    expect(fitted).toBeLessThan(360);
    expect(await brokenRows(page)).toEqual([]);

    const codebookEdge = page.getByRole('separator', { name: 'Width of the codebook' });
    const casesEdge = page.getByRole('separator', { name: 'Width of the case list' });
    // Dragged 100 px to the left, the codebook widens by as much.
    const box = (await codebookEdge.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 100, box.y + 200, { steps: 5 });
    await page.mouse.up();
    expect(await width(page, 'aside.codebook')).toBe(fitted + 100);
    await expect.poll(() => codebookEdge.getAttribute('aria-valuenow')).toBe(String(fitted + 100));
    // The keys: two steps right widen the case list; End makes the codebook as wide as allowed (40% of the window).
    await casesEdge.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await width(page, 'aside.case-list')).toBe(272);
    await codebookEdge.focus();
    await page.keyboard.press('End');
    expect(await width(page, 'aside.codebook')).toBe(560);
    // The widths come back after a reload.
    await page.reload();
    await page.locator('aside.codebook').waitFor();
    expect([await width(page, 'aside.case-list'), await width(page, 'aside.codebook')]).toEqual([272, 560]);
    // A double click gives the codebook its default width again.
    await codebookEdge.dblclick();
    expect(await width(page, 'aside.codebook')).toBe(fitted);
    // The codes' names back in English fit the narrowest default.
    for (const code of codes) if (kazakh.has(code.name)) await apiCall(app.url, 'codes.update', { id: code.id, name: code.name });
    await page.reload();
    await expect.poll(() => width(page, 'aside.codebook')).toBe(300);
    expect(await brokenRows(page)).toEqual([]);
    expect(await width(page, 'aside.case-list')).toBe(272);
    expect(errors).toEqual([]);
  });

  it('fit a code made while a drawer hid the codebook once the drawer closes', async () => {
    const app = await env.start([], join(env.home, 'drawer'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await expect.poll(() => width(page, 'aside.codebook')).toBe(300);
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.locator('.case-list button.document').first().click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).toContain('My employer');
    // The search drawer takes the codebook's column; the selection's menu still makes codes.
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => page.locator('aside.codebook').isVisible()).toBe(false);
    await dragSelect(page, '[data-testid=document-text]', 'My employer let me keep the same contract');
    const box = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as DOMRect);
    await page.mouse.click(box.left + 5, box.top + box.height / 2, { button: 'right' });
    await page.getByRole('menu').getByRole('menuitem', { name: 'New code…' }).click();
    await page.getByRole('dialog').getByLabel('Code name').fill('Әлеуметтік-мәдени орта');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mark', { hasText: 'My employer' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close search' }).click();
    // Measured as it shows again: the new name and its counts on one line.
    await expect.poll(() => width(page, 'aside.codebook')).toBeGreaterThan(300);
    expect(await brokenRows(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
