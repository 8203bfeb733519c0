/**
 * A case's page lists its documents under their heading, each on one row: a long name is cut
 * (whole in its title), its counts under it, and the document's buttons stay beside it, and the case's memos follow
 * the list (they sat between the heading and the documents).
 */
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
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
});
