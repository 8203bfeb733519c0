/**
 * A case's page lists its documents under their heading, each on one row: a long name is cut
 * (whole in its title), its counts under it, and the document's buttons stay beside it, and the case's memos follow
 * the list (they sat between the heading and the documents). In a narrow window the buttons go under
 * the name, and the top bar puts the coder on a second row, rather than either running out of view;
 * the case list breaks a long file name.
 */
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const FILE_NAME = 'Интервью_Анна_Алматы_2024-03-12_расшифровка_вторая.docx';
const LONG = 'Interview recorded in Almaty on 12 March 2024 (transcript, second edition after checking it against the recording)';

describe("a case's documents", () => {
  it('keep each document on one row under a long name, before the memos', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const [first] = await apiCall(app.url, 'documents.list', {});
    await apiCall(app.url, 'documents.rename', { id: first!.id, name: LONG });
    await page.reload();
    await page.locator('.case-list button.case').first().click();
    const row = page.locator('.case-sheet .documents li').first();
    const name = row.locator('[data-user-data=document-name]');
    await expect.poll(() => name.getAttribute('title')).toBe(LONG);
    const middles = await row.locator(':scope > .document-label, .document-actions button').evaluateAll((items) =>
      items.map((item) => { const box = item.getBoundingClientRect(); return box.top + box.height / 2; }));
    expect(middles.length).toBe(4);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(3);
    expect(await name.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    // The counts go under the name, whole: beside it, the buttons left «characters: 2…».
    const count = row.locator('.document-label > .count');
    const bottom = await name.evaluate((e) => e.getBoundingClientRect().bottom);
    expect(await count.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThanOrEqual(bottom - 1);
    expect(await count.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    // The documents come right after their heading's buttons; the memos after them.
    const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('.case-sheet .documents')).toBeLessThan(await top('.case-sheet section.memos'));
    expect(errors).toEqual([]);
  });

  it('keep every button inside the window at 1024 px in Russian', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    // A full name, as a team records it; set before the page opens, so the app does not ask.
    await apiCall(app.url, 'session.setCoder', { name: 'Айжан Нурланқызы Сейтжанова' });
    const [first] = await apiCall(app.url, 'documents.list', {});
    await apiCall(app.url, 'documents.rename', { id: first!.id, name: FILE_NAME });
    await page.goto(app.url);
    await expect.poll(() => page.locator('.top-bar .coder').getAttribute('title')).toContain('Айжан');
    await page.locator('.case-list button.case').first().click();
    await page.locator('.case-sheet .documents li').first().waitFor();
    // The coder's button ran out of the window, and the documents' Delete out of the case's pane.
    const right = (selector: string) => page.locator(selector).evaluateAll((items) => Math.max(...items.map((e) => e.getBoundingClientRect().right)));
    expect(await right('.top-bar > *')).toBeLessThanOrEqual(1024);
    const pane = await page.locator('.case-sheet').evaluate((e) => e.getBoundingClientRect().right);
    expect(await right('.case-sheet .documents button')).toBeLessThanOrEqual(pane);
    // Every document's counts are whole, and all its rows put the buttons in one place.
    for (const count of await page.locator('.case-sheet .documents .count').all()) {
      expect(await count.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }
    // The case list breaks a name without spaces: it ran past the column's edge, cut with no sign.
    const listed = page.locator('.case-list button.document', { hasText: 'расшифровка' });
    expect(await listed.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const lefts = await page.locator('.case-sheet .documents .document-actions').evaluateAll((rows) => rows.map((e) => e.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    expect(errors).toEqual([]);
  });
});
