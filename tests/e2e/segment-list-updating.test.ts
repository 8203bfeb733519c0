/**
 * The segment list while a new query is read: a quote filter reads every quote (a second and
 * more on the reference corpus, review-big-1207 #3), and the list went on showing the last
 * query's rows and total as if the word had matched them all. Now the list and its total say
 * they are being read again (aria-busy) and, past a moment, are dimmed; the answer shows them
 * as they are.
 */
import { describe, expect, it } from 'vitest';
import { calledMethod, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

describe('the segment list read again', () => {
  it('is marked busy and dimmed until the filtered rows come', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    const total = page.getByTestId('segment-total');
    await expect.poll(() => total.innerText()).toBe('12 segments');
    const grid = page.getByRole('grid');
    expect(await grid.getAttribute('aria-busy')).toBe('false');

    // The filtered page held back, as a slow read of every quote would be.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/call', async (route) => {
      if (calledMethod(route.request()) === 'segments.query' && route.request().postData()?.includes('"quote":"bank"')) await held;
      await route.continue();
    });
    await page.getByPlaceholder('Filter quotes…').fill('bank');
    await expect.poll(() => grid.getAttribute('aria-busy')).toBe('true');
    expect(await total.getAttribute('aria-busy')).toBe('true');
    const opacity = () => page.locator('.body-row').first().evaluate((row) => Number(getComputedStyle(row).opacity));
    await expect.poll(opacity).toBeLessThan(0.5);
    expect(await total.innerText()).toBe('12 segments');

    release();
    await expect.poll(() => total.innerText()).toBe('1 segment');
    expect(await grid.getAttribute('aria-busy')).toBe('false');
    expect(await total.getAttribute('aria-busy')).toBe('false');
    expect(await opacity()).toBe(1);
    expect(errors).toEqual([]);
  });
});
