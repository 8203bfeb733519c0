/**
 * Views while their new answer is read: the segment list under a quote filter (which reads every
 * quote, a second and more on the reference corpus, review-big-1207 #3), a table under a new
 * filter and the word list of a new scope (#5, #6) went on showing the last answer under the new
 * choices as if it were theirs. Now each says it is being read again (aria-busy) and, past a
 * moment, is dimmed; the answer shows as it is. Each answer is held back by a route meanwhile.
 * A table asked again before its answer came stops the job building the one no longer wanted.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calledMethod, chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

/** From now on, holds back the calls of `method` whose body holds `marker`, until released. */
async function holdCalls(page: Page, method: string, marker: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/api/call', async (route) => {
    if (calledMethod(route.request()) === method && route.request().postData()?.includes(marker)) await held;
    await route.continue();
  });
  return release;
}

/**
 * Browser mode on the demo study, opened as Ada. Settings of its own per test (`settings`, a folder
 * of the file's): browser mode keeps its address in them, and the test before still runs.
 */
async function openDemo(settings: string) {
  const app = await env.start([], join(env.home, settings));
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = watchErrors(page);
  await openAsCoder(page, app.url);
  return { page, errors };
}

const opacityOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => Number(getComputedStyle(element).opacity));

describe('the segment list read again', () => {
  it('is marked busy and dimmed until the filtered rows come', async () => {
    const { page, errors } = await openDemo('list');
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    const total = page.getByTestId('segment-total');
    await expect.poll(() => total.innerText()).toBe('12 segments');
    const grid = page.getByRole('grid');
    // Polled: the list may be read once more as the document list arrives (the filters' offers change).
    await expect.poll(() => grid.getAttribute('aria-busy')).toBe('false');

    // The filtered page held back, as a slow read of every quote would be.
    const release = await holdCalls(page, 'segments.query', '"quote":"bank"');
    await page.getByPlaceholder('Filter quotes…').fill('bank');
    await expect.poll(() => grid.getAttribute('aria-busy')).toBe('true');
    expect(await total.getAttribute('aria-busy')).toBe('true');
    const opacity = () => opacityOf(page, '.body-row');
    await expect.poll(opacity).toBeLessThan(0.5);
    expect(await total.innerText()).toBe('12 segments');

    release();
    await expect.poll(() => total.innerText()).toBe('1 segment');
    expect(await grid.getAttribute('aria-busy')).toBe('false');
    expect(await total.getAttribute('aria-busy')).toBe('false');
    expect(await opacity()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows a table, and the word list, as built again until the new one comes', async () => {
    const { page, errors } = await openDemo('tables');

    // The first table, held back: the view says it is being built, not a blank page.
    const releaseFirstTable = await holdCalls(page, 'tables.build', '');
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    const view = page.locator('.tables-view');
    await expect.poll(() => view.locator('[role=status]').innerText()).toBe('Building the table…');
    releaseFirstTable();
    await expect.poll(() => page.getByTestId('cross-table').count()).toBe(1);
    expect(await view.locator('[role=status]').count()).toBe(0);
    expect(await view.getAttribute('aria-busy')).toBe('false');
    const caption = await page.locator('.cross-table caption').innerText();
    const release = await holdCalls(page, 'tables.build', '"groupIds"');
    await view.getByRole('combobox', { name: 'Filter by group' }).selectOption({ label: 'Programmers' });
    await expect.poll(() => view.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => opacityOf(page, '.cross-table')).toBeLessThan(0.5);
    expect(await page.locator('.cross-table caption').innerText()).toBe(caption);
    release();
    await expect.poll(() => view.getAttribute('aria-busy')).toBe('false');
    expect(await opacityOf(page, '.cross-table')).toBe(1);
    expect(await page.locator('.cross-table caption').innerText()).not.toBe(caption);
    // Asked again before the answer came: the page asks CaseCoder to stop the job still building
    // the answer no longer wanted, by its call's own id.
    const releaseSuperseded = await holdCalls(page, 'tables.build', '"groupIds"');
    const asked = page.waitForRequest((request) => calledMethod(request) === 'tables.build');
    await view.getByRole('combobox', { name: 'Filter by group' }).selectOption({ index: 2 });
    const { callId } = JSON.parse((await asked).postData()!) as { callId: string };
    const cancelled = page.waitForRequest((request) => calledMethod(request) === 'jobs.cancelCall');
    await view.getByRole('combobox', { name: 'Filter by group' }).selectOption({ index: 0 });
    expect(JSON.parse((await cancelled).postData()!)).toMatchObject({ input: { callId } });
    releaseSuperseded();
    await expect.poll(() => view.getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('.cross-table caption').innerText()).toBe(caption);

    // The word list: said to be counted at once, then, for another scope, the last list dimmed.
    const releaseFirst = await holdCalls(page, 'words.list', '"byStem":false');
    await chooseFromMenu(page, 'Analyse', 'Word frequencies');
    await expect.poll(() => page.locator('.words-view [role=status]').innerText()).toBe('Counting words…');
    releaseFirst();
    await expect.poll(() => page.locator('.word-table tr').count()).toBeGreaterThan(1);
    const releaseScope = await holdCalls(page, 'words.list', '"groupId"');
    await page.getByRole('combobox', { name: 'Count in' }).selectOption({ label: 'Programmers' });
    await expect.poll(() => page.locator('.words-view [aria-busy=true]').count()).toBe(1);
    await expect.poll(() => opacityOf(page, '.words-view .read-again')).toBeLessThan(0.5);
    releaseScope();
    await expect.poll(() => page.locator('.words-view [aria-busy=true]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says which project is opening from the recent list until it shows', async () => {
    const { page, errors } = await openDemo('opening');
    await chooseFromMenu(page, 'File', 'Close project');
    const recent = page.locator('.recent button').first();
    const path = await recent.innerText();
    const release = await holdCalls(page, 'project.open', path);
    await recent.click();
    await expect.poll(() => page.locator('.project-screen [role=status]').innerText()).toBe(`Opening ${path}…`);
    expect(await recent.isDisabled()).toBe(true);
    release();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('Demo study');
    expect(errors).toEqual([]);
  });
});
