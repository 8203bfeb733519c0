/**
 * The coding workspace on a 1366×768 laptop screen, in Russian (the demo study in the test's
 * system language, English), as a review found it: the notice
 * of what an undo did («Отменено: …») floated over the middle of the window's foot and hid the
 * segment rows and the document text just coded; rows of two lines were 52 px tall and of three
 * 70 px, so the demo's twelve segments did not fit; and beside the codebook at its widest (420 px)
 * a team's long codes had a column of their head's width («Бар…»), where no number of lines shows
 * them whole. Now the notice floats over the case list, rows are as tall as their lines and a
 * few pixels, and a row focused or pointed at shows its cut names and codes whole in a card.
 * Screenshots land in test-results/screens/laptop-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { hasSeedStudy, seedStudyDir } from '../helpers/seed-study.js';
import type { Input, Method } from '../../shared/contract.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const LAPTOP = { width: 1366, height: 768 };

type Box = { left: number; top: number; right: number; bottom: number };
const boxOf = (locator: Locator): Promise<Box> => locator.evaluate((element) => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
});
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openSegments(page: Page): Promise<void> {
  await page.locator('.center > .tabs button').first().click();
  await page.locator('.body-row').first().waitFor();
  await expect.poll(() => page.locator('.grid').evaluate((grid) => (grid as HTMLElement).style.getPropertyValue('--segment-columns'))).toMatch(/%/);
}

describe('the coding workspace at 1366×768', () => {
  it('fits the demo\'s segments in rows of their lines, and says what an undo did beside the rows and the text, not over them', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    await apiCall(app.url, 'session.setCoder', { name: 'Анна' });
    const page = await env.browser.newPage({ viewport: LAPTOP, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await openSegments(page);

    // Every row as tall as its lines of 17 px and 9 px more (padding and border): rows of two
    // lines were 52 px, and ten of the twelve showed.
    const rows = page.locator('.body-row');
    const lines = Number(await page.locator('.grid').getAttribute('data-row-lines'));
    const heights = await rows.evaluateAll((all) => all.map((row) => row.getBoundingClientRect().height));
    expect(heights.every((height) => height <= lines * 17 + 9), `${lines} lines: ${heights}`).toBe(true);
    const pane = await boxOf(page.locator('.grid-body'));
    const seen = await rows.evaluateAll((all, bottom) => all.filter((row) => row.getBoundingClientRect().bottom <= bottom + 1).length, pane.bottom);
    expect(seen).toBe(12);
    await page.screenshot({ path: `${screens}laptop-segments-ru.png` });

    // A coding made, then undone from the list: the notice leaves every row in sight.
    const [first] = (await apiCall(app.url, 'segments.query', { limit: 1 })).rows;
    await apiCall(app.url, 'coding.apply', { documentId: first!.documentId, start: first!.start, end: first!.end, codeId: (await apiCall(app.url, 'codes.findByPath', { path: 'STEEPL/Legal' })).id });
    await page.reload();
    await openSegments(page);
    await rows.first().focus();
    await page.keyboard.press('Control+z');
    const notice = page.locator('.message.done');
    await expect.poll(() => notice.getByRole('status').innerText()).toMatch(/^Отменено: /);
    await page.screenshot({ path: `${screens}laptop-undo-segments-ru.png` });
    const noticeBox = await boxOf(notice);
    const under = await rows.evaluateAll((all, box) => all.map((row) => row.getBoundingClientRect()).filter((row) => row.left < box.right && box.left < row.right && row.top < box.bottom && box.top < row.bottom).length, noticeBox);
    expect(under).toBe(0);
    expect(overlap(noticeBox, await boxOf(page.locator('.center')))).toBe(false);
    // Whole in the window, its dismissal a button the keyboard reaches.
    expect(noticeBox.top).toBeGreaterThanOrEqual(0);
    expect(noticeBox.bottom).toBeLessThanOrEqual(LAPTOP.height);
    await notice.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count()).toBe(0);

    // Redone in the document the coding is in: the notice leaves its text in sight.
    await rows.first().focus();
    await page.keyboard.press('Enter');
    const text = page.getByTestId('document-text');
    await text.waitFor();
    await page.keyboard.press('Control+y');
    await expect.poll(() => notice.getByRole('status').innerText()).toMatch(/^Повторено: /);
    await page.screenshot({ path: `${screens}laptop-redo-document-ru.png` });
    expect(overlap(await boxOf(notice), await boxOf(text))).toBe(false);
    expect(overlap(await boxOf(notice), await boxOf(page.locator('.center')))).toBe(false);
    expect(errors).toEqual([]);
  }, 90_000);

  it.skipIf(!hasSeedStudy)('shows a row\'s cut codes of three coders whole in a card while the row is focused or pointed at', async () => {
    const app = await env.start([], join(env.home, 'team'));
    const call = <M extends Method>(method: M, input: Input<M>) => apiCall(app.url, method, input);
    await call('session.setCoder', { name: 'Анна' });
    await call('project.create', { path: join(env.home, 'team.casecoder'), language: 'ru' });
    await call('documents.importCaseTable', { fileName: 'table1-programmers.csv', content: readFileSync(`${seedStudyDir}table1-programmers.csv`).toString('base64'), groupName: 'Программисты' });
    const framework = await call('frameworks.create', { name: 'Факторы' });
    const codes = [];
    for (const name of ['Социально-экономические последствия мобилизации', 'Мемлекеттік қызметтерді алудағы кедергілер']) {
      codes.push(await call('codes.create', { frameworkId: framework.id, name, color: '#3366cc' }));
    }
    const { rows: segments } = await call('segments.query', { limit: 200 });
    for (const [i, segment] of segments.entries()) {
      const span = { documentId: segment.documentId, start: segment.start, end: segment.end };
      await call('coding.apply', { ...span, codeId: codes[i % 2]!.id });
      for (const [coder, every] of [['Борис', 3], ['Гульнара', 4]] as const) {
        if (i % every !== 0) continue;
        await call('session.setCoder', { name: coder });
        await call('coding.apply', { ...span, codeId: codes[(i + 1) % 2]!.id });
      }
      await call('session.setCoder', { name: 'Анна' });
    }

    const page = await env.browser.newPage({ viewport: LAPTOP, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await openSegments(page);
    // The codebook at its widest, the middle left 672 px for seven columns.
    expect(await page.locator('aside.codebook').evaluate((aside) => Math.round(aside.getBoundingClientRect().width))).toBe(420);
    const rows = page.locator('.body-row');
    // The rows in the list's order, and which cut their codes.
    const listed = () => rows.evaluateAll((all) => all
      .map((row) => {
        const codes = row.querySelector<HTMLElement>('.col-codes')!;
        return { index: Number(row.getAttribute('aria-rowindex')) - 2, codes: codes.textContent!, cut: codes.scrollWidth > codes.clientWidth || codes.scrollHeight > codes.clientHeight };
      })
      .sort((a, b) => a.index - b.index));
    const cut = (await listed()).filter((row) => row.cut);
    expect(cut.length).toBeGreaterThan(0);
    const card = page.locator('.row-peek');
    expect(await card.count()).toBe(0);

    // Focused by the keyboard: the card shows the codes whole, under the row, inside the pane.
    const target = cut.find((row) => row.index >= 3)!;
    await rows.first().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < target.index; i++) await page.keyboard.press('ArrowDown');
    const focused = page.locator('.body-row:focus');
    await expect.poll(() => focused.getAttribute('aria-rowindex')).toBe(String(target.index + 2));
    await expect.poll(() => card.count()).toBe(1);
    await page.screenshot({ path: `${screens}laptop-row-card-ru.png` });
    expect(await card.locator('[data-user-data=codes]').textContent()).toBe(target.codes);
    expect(await card.getAttribute('aria-hidden')).toBe('true');
    const pane = await page.locator('.grid-body').evaluate((body) => {
      const box = body.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.left + body.clientWidth, bottom: box.top + body.clientHeight };
    });
    const cardBox = await boxOf(card);
    expect(cardBox.left).toBeGreaterThanOrEqual(pane.left);
    expect(cardBox.right).toBeLessThanOrEqual(pane.right);
    expect(cardBox.bottom).toBeLessThanOrEqual(pane.bottom);
    // Under the row, over its bottom border at most.
    expect(cardBox.top).toBeGreaterThanOrEqual((await boxOf(focused)).bottom - 1);
    expect(await card.evaluate((element) => element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth)).toBe(true);

    // Near the pane's foot it opens over the row; pointed at, another row's takes its place (one card at a time).
    await page.keyboard.press('End');
    await expect.poll(async () => (await boxOf(card)).bottom).toBeLessThanOrEqual((await boxOf(focused)).top + 1);
    const other = rows.filter({ has: page.locator(`.col-codes[title="${cut.find((row) => row.codes !== target.codes && row.index < 10)!.codes}"]`) }).first();
    // Scrolled to first: a scroll puts a pointer's card away, and the next move brings one.
    await other.scrollIntoViewIfNeeded();
    await other.hover();
    await expect.poll(async () => (await card.locator('[data-user-data=codes]').textContent())).toBe(await other.locator('.col-codes').textContent());
    expect(await card.count()).toBe(1);
    await page.screenshot({ path: `${screens}laptop-row-card-pointer-ru.png` });
    expect(errors).toEqual([]);
  }, 120_000);
  it('puts the group under the case in the Russian demo, both names whole, each sorted from its own head', async () => {
    // Side by side, beside its codes of two lines, «Предприниматели» read «Предп…».
    const app = await env.start([], join(env.home, 'russian-demo'), 'ru_RU.UTF-8');
    await apiCall(app.url, 'session.setCoder', { name: 'Анна' });
    const page = await env.browser.newPage({ viewport: LAPTOP, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await openSegments(page);
    const grid = page.locator('.grid');
    await expect.poll(() => grid.getAttribute('data-stacked')).toBe('true');
    expect(Number(await grid.getAttribute('data-row-lines'))).toBeGreaterThan(1);
    expect(await page.locator('.grid-head .col-group, .body-row .col-group').count()).toBe(0);
    // Every row says its case and, under it, its group, neither cut.
    const names = () => page.locator('.body-row').evaluateAll((rows) => rows.map((row) => {
      const [name, group] = ['.stacked-case', '.stacked-group'].map((selector) => row.querySelector<HTMLElement>(`.col-case ${selector}`)!);
      const whole = [name!, group!].every((span) => span.scrollWidth <= span.clientWidth && span.getBoundingClientRect().bottom <= row.getBoundingClientRect().bottom);
      return { group: group!.textContent, under: group!.getBoundingClientRect().top >= name!.getBoundingClientRect().bottom - 1, whole };
    }));
    const shown = await names();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.every((row) => row.whole && row.under)).toBe(true);
    await page.screenshot({ path: `${screens}laptop-stacked-group-ru.png` });

    // The one head names both and sorts by either: by group, Предприниматели come first, then last.
    const head = page.getByRole('columnheader', { name: 'Кейс · Группа' });
    await head.getByRole('button', { name: 'Группа' }).click();
    await expect.poll(() => head.getAttribute('aria-sort')).toBe('ascending');
    // Its one aria-sort cannot say which of the two is sorted: its name does, and its edge names both.
    expect(await head.getAttribute('aria-label')).toBe('Кейс · Группа, сортировка по столбцу «Группа»');
    expect(await head.getByRole('separator', { name: 'Ширина столбца «Кейс · Группа»', exact: true }).count()).toBe(1);
    await expect.poll(async () => (await names())[0]!.group).toBe('Предприниматели');
    await head.getByRole('button', { name: /Группа/ }).click();
    await expect.poll(() => head.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await names())[0]!.group).toBe('Программисты');
    expect((await names()).every((row) => row.whole)).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
