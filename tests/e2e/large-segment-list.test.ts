/**
 * The segment grid with 200,000 segments: only the rows in view are in the page, pages are
 * fetched as the user scrolls, and the last segment is reachable.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { bulkProject } from '../helpers/bulk-project.js';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

describe('a project with 200,000 segments', () => {
  it('keeps the DOM to the visible rows and scrolls to the end', async () => {
    const path = join(env.home, 'large.casecoder');
    bulkProject(path, 200_000).close();
    const app = await env.start(['--project', path]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText(), { timeout: 20_000 }).toBe('200,000 segments');
    expect(await page.locator('.body-row').count()).toBeLessThan(100);

    await page.locator('.grid-body').evaluate((body) => (body.scrollTop = body.scrollHeight));
    // Rows are placed by their transforms, in the order of the elements they reuse: each says its place in aria-rowindex (the head row is 1).
    const rowAt = (index: number) => page.locator(`.body-row[aria-rowindex="${index + 2}"]`);
    await expect.poll(() => rowAt(199_999).innerText(), { timeout: 20_000 }).toContain('sentence 99 of document 1999.');
    expect(await page.locator('.body-row').count()).toBeLessThan(100);

    await page.getByRole('columnheader', { name: 'Quote', exact: true }).click();
    await page.locator('.grid-body').evaluate((body) => (body.scrollTop = 0));
    await expect.poll(() => rowAt(0).innerText(), { timeout: 20_000 }).toMatch(/\bfriends sentence/);
    expect(errors).toEqual([]);
  }, 120_000);
});
