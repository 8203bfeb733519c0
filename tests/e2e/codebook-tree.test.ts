/**
 * The codebook as a tree: counts of segments and cases per code, a filter, folding, a colour
 * chosen at creation, a delete that says what goes with the code, moving by drag and by dialog,
 * and merging one code into another as one undoable step.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

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
    // Legal under Political, first place.
    await row(page, 'Legal').locator('summary').click();
    await row(page, 'Legal').getByRole('button', { name: 'Move…' }).click();
    await page.getByRole('dialog').getByLabel('Under').selectOption({ label: 'Political' });
    await page.getByRole('dialog').getByLabel('Position among its siblings').fill('1');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Collapse Political' }).count()).toBe(1);

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
    // The targets in codebook order (Legal under Political, not first by its place among its
    // siblings), none chosen and Merge unavailable until one is: a default folded any code into Positive.
    const into = page.getByRole('dialog').getByLabel('Into');
    const targets = await into.locator('option:not([disabled])').allInnerTexts();
    expect(targets.map((path) => path.split(' › ').at(-1))).toEqual((await codeNames(page)).filter((name) => name !== 'Negative'));
    expect(targets).toContain('STEEPL › Political › Legal');
    expect(await into.inputValue()).toBe('');
    await expect.poll(() => page.getByRole('button', { name: 'Merge', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${screens}codebook-merge.png` });
    await into.selectOption({ label: 'Valence › Positive' });
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

describe('the names of an active framework\'s codes', () => {
  it('are shown whole in Russian beside their digits, the tools moving under a long name', async () => {
    const app = await env.start([], join(env.home, 'long-names'));
    // The names a Russian team gives STEEPL's codes; the longest, «Социокультурный», was cut to «Социокул…».
    const russian: Record<string, string> = {
      Sociocultural: 'Социокультурный', Technological: 'Технологический', Economic: 'Экономический',
      Environmental: 'Экологический', Political: 'Политический', Legal: 'Правовой',
    };
    const { codes } = await apiCall(app.url, 'codebook.get', {});
    for (const code of codes) if (russian[code.name]) await apiCall(app.url, 'codes.update', { id: code.id, name: russian[code.name]! });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    await page.locator('.codebook h3 .link', { hasText: 'STEEPL' }).click();
    const steepl = page.locator('.codebook .framework', { has: page.locator('h3', { hasText: 'STEEPL' }) });
    await expect.poll(() => steepl.locator('.code-row kbd').count()).toBe(6);
    const names = () =>
      steepl.locator('.code-name').evaluateAll((spans) => spans.map((span) => ({ name: span.textContent, cut: span.scrollWidth > span.clientWidth })));
    expect(await names()).toEqual(Object.values(russian).map((name) => ({ name, cut: false })));
    // Nothing spills out of the codebook's column, and each row's tools stay together on one line.
    const spill = await page.locator('aside.codebook').evaluate((aside) => {
      const edge = aside.getBoundingClientRect().right;
      return [...aside.querySelectorAll('.code-row *')].filter((el) => el.getBoundingClientRect().right > edge + 0.5).length;
    });
    expect(spill).toBe(0);
    const toolLines = await steepl.locator('.code-tools').evaluateAll((groups) =>
      groups.map((group) => {
        const middles = [...group.children].map((child) => child.getBoundingClientRect()).map((box) => box.top + box.height / 2);
        return Math.max(...middles) - Math.min(...middles) < 6;
      }),
    );
    expect(toolLines).toEqual(Array(6).fill(true));

    // The code's name quoted after a noun that takes the case, not bare in the nominative
    // («Другие действия с Правовой»); a merge's undo names both codes, as other steps name theirs.
    const legal = steepl.locator('.code-row').filter({ has: page.locator('button.code', { hasText: /^Правовой/ }) });
    await expect.poll(() => legal.locator('summary').getAttribute('aria-label')).toBe('Другие действия с кодом «Правовой»');
    await legal.locator('summary').click();
    await legal.getByRole('button', { name: 'Переместить…' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Перемещение кода «Правовой»' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await legal.locator('summary').click();
    await legal.getByRole('button', { name: 'Объединить с…' }).click();
    const merge = page.getByRole('dialog', { name: 'Объединить код «Правовой» с другим' });
    await expect.poll(() => merge.innerText()).toContain('код «Правовой» и его подкоды будут удалены');
    await merge.getByLabel('С кодом').selectOption({ label: 'STEEPL › Политический' });
    await merge.getByRole('button', { name: 'Объединить', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Отменить', exact: true }).getAttribute('title'))
      .toBe('Отменить: объединение кода «Правовой» с кодом «Политический» (Ctrl+Z)');
    expect(errors).toEqual([]);
  });
});
