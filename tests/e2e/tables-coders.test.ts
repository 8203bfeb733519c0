/**
 * After a merge, a passage two coders coded is two segments, and a table's counts add them: the
 * table said so only in its caption's «all coders». It now says so above the table, with the way
 * out (a coder, or unique passages), and says nothing once either is chosen.
 */
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe("a table over two coders' segments", () => {
  it('says that their segments are added, until a coder or unique passages are chosen', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const hint = page.locator('.coders-added');
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.locator('.cross-table-wrap table').first().waitFor();
    expect(await apiCall(app.url, 'coders.list', {})).toHaveLength(1);
    expect(await hint.count()).toBe(0);

    // Boris codes a passage the sample's coder coded, with the same code, as a merge of his copy would bring in.
    const code = await apiCall(app.url, 'codes.findByPath', { path: 'Valence/Positive' });
    const { rows: [segment] } = await apiCall(app.url, 'segments.query', { codeId: code.id, limit: 1 });
    await apiCall(app.url, 'session.setCoder', { name: 'Boris' });
    await apiCall(app.url, 'coding.apply', { documentId: segment!.documentId, start: segment!.start, end: segment!.end, codeId: code.id });
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    await page.reload();
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await expect.poll(() => hint.innerText()).toMatch(/^These counts add up the segments of all 2 coders/);

    await page.getByLabel('Filter by coder').selectOption('Boris');
    await expect.poll(() => hint.count()).toBe(0);
    await page.getByLabel('Filter by coder').selectOption('');
    await hint.getByRole('button', { name: 'Count unique passages' }).click();
    expect(await page.getByLabel('Count', { exact: true }).inputValue()).toBe('passages');
    await expect.poll(() => hint.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
