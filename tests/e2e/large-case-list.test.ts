/**
 * The case list of a project with 15,000 cases in 300 groups (a sheet may bring 100,000): only
 * the rows in view are in the page, each case says its place in its group, and the last case
 * is reached by scrolling and opened, with its document. Drawn whole, the list took 20 s to
 * appear and 20 s per click. Times are printed, not asserted: the machine may be busy.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyCasesProject } from '../helpers/bulk-project.js';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

const CASES = 15_000;
const GROUPS = 300;

describe('a case list of 15,000 cases', () => {
  it('draws the cases in view, and reaches, opens and focuses any case', async () => {
    const path = join(env.home, 'many-cases.casecoder');
    manyCasesProject(path, CASES, GROUPS);
    const app = await env.start(['--project', path]);
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    let started = Date.now();
    await openAsCoder(page, app.url);
    const cases = page.locator('.case-list button.case');
    await cases.first().waitFor();
    console.log(`case list of ${CASES} cases drawn in ${Date.now() - started} ms`);
    const caseButton = (name: string) => page.locator(`.case-list button.case:has([data-user-data=case]:text-is("${name}"))`);
    const focusedCase = () => page.evaluate(() => document.activeElement?.closest('button.case')?.querySelector('[data-user-data=case]')?.textContent);
    const drawnCount = () => cases.count();

    expect(await drawnCount()).toBeLessThan(100);
    expect(await page.locator('.case-list h3').first().innerText()).toMatch(/^G0\s+50$/);
    // Each case's place in its group, for screen readers: the group's list holds only those drawn.
    expect(await page.locator('.case-list li[aria-posinset]').evaluateAll((items) => items.slice(0, 3).map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])))
      .toEqual([['1', '50'], ['2', '50'], ['3', '50']]);

    // A click opens the case.
    started = Date.now();
    await caseButton('C600').click();
    await expect.poll(() => page.locator('.case-sheet h2').textContent()).toBe('C600');
    console.log(`a click on a case until its sheet shows: ${Date.now() - started} ms`);
    expect(await caseButton('C600').getAttribute('aria-current')).toBe('true');

    // By the keyboard: Tab goes on past the rows first drawn, the list scrolling with it, and Shift+Tab comes back.
    await caseButton('C0').focus();
    started = Date.now();
    for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
    // Sixty cases down: C0, C300… C14700 in G0, then G1's C1, C301… (its heading is no stop).
    await expect.poll(focusedCase).toBe('C3001');
    console.log(`60 Tabs down the list: ${Date.now() - started} ms`);
    for (let i = 0; i < 60; i++) await page.keyboard.press('Shift+Tab');
    await expect.poll(focusedCase).toBe('C0');
    expect(await drawnCount()).toBeLessThan(100);
    // The arrows go the same way, over the headings; End and Home to the last and first case, far past those drawn.
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCase).toBe('C3001');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCase).toBe('C1');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCase).toBe('C14700');
    await page.keyboard.press('End');
    await expect.poll(focusedCase).toBe('C14999');
    expect(await drawnCount()).toBeLessThan(100);
    await page.keyboard.press('ArrowDown');
    expect(await focusedCase()).toBe('C14999');
    await page.keyboard.press('Home');
    await expect.poll(focusedCase).toBe('C0');
    expect(await drawnCount()).toBeLessThan(100);
    // Keys faster than the list draws (here sixty in one go) go on from the case being scrolled to, none lost.
    await page.evaluate(() => {
      for (let i = 0; i < 60; i++) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await expect.poll(focusedCase).toBe('C3001');
    await page.keyboard.press('Home');
    await expect.poll(focusedCase).toBe('C0');

    // The focused case stays in the page while the list is scrolled away from it: its focus is not lost.
    // Drawn apart from the rows in view, which go on being drawn as the list scrolls on.
    const casesInView = () => list.evaluate((aside) => {
      const view = aside.getBoundingClientRect();
      return [...aside.querySelectorAll('button.case')].filter((button) => { const box = button.getBoundingClientRect(); return box.top >= view.top && box.bottom <= view.bottom; }).length;
    });
    const list = page.locator('aside.case-list');
    await list.evaluate((aside) => (aside.scrollTop = aside.scrollHeight / 2));
    await expect.poll(() => caseButton('C300').count()).toBe(0);
    expect(await casesInView()).toBeGreaterThan(20);
    for (let i = 0; i < 3; i++) {
      await list.evaluate((aside) => (aside.scrollTop += 3000));
      await expect.poll(casesInView).toBeGreaterThan(20);
    }
    expect(await focusedCase()).toBe('C0');
    expect(await drawnCount()).toBeLessThan(100);
    // Scrolled into a group, its heading stays at the top of the view, over its cases.
    const top = await list.evaluate((aside) => {
      const view = aside.getBoundingClientRect();
      const atTop = (element: Element) => Math.abs(element.getBoundingClientRect().top - view.top) < 2;
      const heading = [...aside.querySelectorAll('h3')].find(atTop);
      const firstCase = [...aside.querySelectorAll('button.case')].find((button) => button.getBoundingClientRect().top >= heading!.getBoundingClientRect().bottom - 1);
      return { heading: heading?.querySelector('span')?.textContent, firstCase: firstCase?.querySelector('[data-user-data=case]')?.textContent };
    });
    await page.screenshot({ path: '/tmp/sticky.png' });
    expect(top.heading).toMatch(/^G\d+$/);
    expect(Number(top.firstCase!.slice(1)) % GROUPS).toBe(Number(top.heading!.slice(1)));
    // Nor once the focus has left the list: F6 and Shift+F6 come back to it.
    await page.keyboard.press('F6');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.case-list') === null)).toBe(true);
    await page.keyboard.press('Shift+F6');
    await expect.poll(focusedCase).toBe('C0');

    // Scrolled to the end (again, as the rows there are measured), the last case is there and opens, with its document.
    started = Date.now();
    await expect.poll(async () => {
      await list.evaluate((aside) => (aside.scrollTop = aside.scrollHeight));
      return caseButton('C14999').count();
    }).toBe(1);
    console.log(`scrolled to the last case: ${Date.now() - started} ms`);
    expect(await drawnCount()).toBeLessThan(100);
    await caseButton('C14999').click();
    await expect.poll(() => page.locator('.case-sheet h2').textContent()).toBe('C14999');
    await page.locator('.case-list button.document', { hasText: 'Last interview' }).click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).toBe('The last case speaks.');
    expect(await page.locator('.case-list button.document').getAttribute('aria-current')).toBe('true');
    // Down from the open case goes through its documents, then on to the next case; Up comes back through them.
    await caseButton('C14699').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCase).toBe('C14999');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Last interview');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCase).toBe('C14699');

    // Deleted while the list shows its top, the case before it in the list (not drawn) takes the focus: scrolled to and drawn.
    await caseButton('C14999').click();
    await page.getByRole('button', { name: 'Delete case' }).click();
    await list.evaluate((aside) => (aside.scrollTop = 0));
    await expect.poll(() => caseButton('C14699').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(focusedCase).toBe('C14699');
    expect(await caseButton('C14699').evaluate((button) => {
      const box = button.getBoundingClientRect();
      const view = button.closest('aside')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    })).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
