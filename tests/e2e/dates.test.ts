/**
 * Dates follow the UI's language, not the browser's: with an English (US) browser and the UI in
 * Russian, the segment table's dates and its date filters, and a case's date attribute, are
 * written and typed as 05.03.2026, never mm/dd/yyyy, and so are a date attribute's days in the Tables
 * view's filter and the table's note. Screenshots land in test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

describe('dates on screen', () => {
  it("are written and typed in the UI's language, not the browser's", async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByLabel('Language').selectOption('ru');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');

    // The segment table: its dates and its two date filters.
    await page.getByRole('button', { name: 'Сегменты', exact: true }).click();
    await page.locator('.body-row').first().waitFor();
    const dates = await page.locator('.body-row .col-date').allInnerTexts();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    // Its title has the date in words, with the time.
    expect(await page.locator('.body-row .col-date').first().getAttribute('title')).toMatch(/^\d{1,2} [а-яё]+\.? \d{4} г\., \d{2}:\d{2}$/);
    const from = page.getByLabel('Закодировано не раньше');
    const to = page.getByLabel('Закодировано не позже');
    expect(await from.getAttribute('placeholder')).toBe('дд.мм.гггг');
    expect(await to.getAttribute('placeholder')).toBe('дд.мм.гггг');
    // A browser date field writes days in the browser's language (mm/dd/yyyy here), whatever the UI's.
    expect(await page.locator('input[type=date], input[type=datetime-local]').count()).toBe(0);
    await page.screenshot({ path: `${screens}dates-segments-ru.png` });

    const total = page.getByTestId('segment-total');
    const all = await total.innerText();
    await from.fill('01.01.2100');
    await from.press('Enter');
    await expect.poll(() => total.innerText()).toBe('0 сегментов');
    // An empty list says why, and where every form of a word is found.
    const empty = page.locator('.segment-table > [role=status]');
    await expect.poll(() => empty.innerText()).toMatch(/^Ни один закодированный сегмент не подходит под эти фильтры\..*\(Ctrl\+Shift\+F\)/);
    await from.fill('');
    await from.press('Enter');
    await expect.poll(() => total.innerText()).toBe(all);
    expect(await empty.count()).toBe(0);
    await to.fill('1.1.2100');
    await to.press('Enter');
    await expect.poll(() => to.inputValue()).toBe('01.01.2100');
    expect(await total.innerText()).toBe(all);
    await to.fill('31.02.2026');
    await to.press('Enter');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await total.innerText()).toBe(all);
    // Said in words, not only outlined.
    expect(await page.getByRole('alert').allInnerTexts()).toContain('Это не дата: введите её в виде дд.мм.гггг.');
    // A range the wrong way round says so, rather than showing an empty list.
    await to.fill('01.01.2000');
    await to.press('Enter');
    await from.fill('01.01.2001');
    await from.press('Enter');
    await expect.poll(() => total.innerText()).toBe('0 сегментов');
    expect(await page.getByRole('alert').allInnerTexts()).toContain('Начальная дата позже конечной: между ними нет ни одного дня.');
    await from.fill('');
    await from.press('Enter');

    // A case's date attribute: typed as 5.3.2026, shown as 05.03.2026, kept after a reload.
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.getByRole('button', { name: '+ Атрибут' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый атрибут' });
    await dialog.getByLabel('Название', { exact: true }).fill('Интервью');
    await dialog.getByLabel('Тип', { exact: true }).selectOption({ label: 'Дата' });
    await dialog.getByRole('button', { name: 'ОК', exact: true }).click();
    const interview = page.getByLabel('Интервью', { exact: true });
    expect(await interview.getAttribute('placeholder')).toBe('дд.мм.гггг');
    await interview.fill('5.3.2026');
    await interview.press('Tab');
    await expect.poll(() => interview.inputValue()).toBe('05.03.2026');
    await page.screenshot({ path: `${screens}dates-case-ru.png` });
    await page.reload();
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await expect.poll(() => page.getByLabel('Интервью', { exact: true }).inputValue()).toBe('05.03.2026');
    // The Tables view's filter by attribute lists the day so too, and filters by it.
    await page.getByRole('button', { name: 'Таблицы', exact: true }).click();
    const attributeFilter = page.getByLabel('Фильтр по атрибуту');
    await expect.poll(() => attributeFilter.locator('option').allInnerTexts()).toContain('Интервью: 05.03.2026');
    await attributeFilter.selectOption({ label: 'Интервью: 05.03.2026' });
    const rows = page.getByTestId('cross-table').locator('tbody th');
    // Both at once: while the table reloads it has no rows, which hold neither.
    await expect.poll(async () => {
      const names = await rows.allInnerTexts();
      return names.includes('Anna') && !names.includes('Boris');
    }).toBe(true);
    // The note under the table names the day so as well, on screen and in exports.
    expect(await page.getByTestId('cross-table').locator('caption').innerText()).toContain('Интервью: 05.03.2026.');
    await page.screenshot({ path: `${screens}dates-tables-ru.png` });
    // A number attribute's values are listed in order of their value, not as the cases had them.
    const years = await apiCall(app.url, 'attributes.create', { name: 'Лет в стране', type: 'number' });
    const cases = await apiCall(app.url, 'cases.list', {});
    for (const [i, value] of ['10', '2', '1'].entries()) await apiCall(app.url, 'attributes.setValue', { caseId: cases[i]!.id, attributeId: years.id, value });
    await page.reload();
    await page.getByRole('button', { name: 'Таблицы', exact: true }).click();
    await expect.poll(async () => (await attributeFilter.locator('option').allInnerTexts()).filter((o) => o.startsWith('Лет в стране')))
      .toEqual(['Лет в стране: 1', 'Лет в стране: 2', 'Лет в стране: 10']);
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    // In English the same day is written month first.
    await page.getByLabel('Язык').selectOption('en');
    await expect.poll(() => page.getByLabel('Интервью', { exact: true }).inputValue()).toBe('03/05/2026');
    expect(errors).toEqual([]);
  }, 90_000);
});
