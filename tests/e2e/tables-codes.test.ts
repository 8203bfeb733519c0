/**
 * review-study-1207 #4: the study's Table 3 is STEEPL × Positive/Negative, and the cross-tab
 * always showed the Valence framework's third code, so the exported Table 3 had a «Прогноз»
 * column. In the Russian demo, Forecast is unticked beside the Columns select, from the
 * keyboard; the table, its caption and its DOCX export then have two value columns and a note
 * naming the code left out, and the choice is the cross-tab's own (the case matrix keeps its three).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { all, paragraphText, parseXml, unzip } from '../unit/export/ooxml.js';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();
const LEFT_OUT = 'Коды, исключённые из таблицы по выбору исследователя: «Прогноз» (схема «Валентность»).';

describe('Table 3 without the Forecast column', () => {
  it('is built, captioned and exported to DOCX with two value columns, its note naming Forecast', async () => {
    const app = await env.start([], join(env.home, 'ru-demo'), 'ru_RU.UTF-8');
    const context = await env.browser.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айгерим');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Таблицы', exact: true }).click();
    const kind = page.getByLabel('Таблица', { exact: true });
    await kind.selectOption({ label: 'Схема × схема' });
    const header = () => page.getByTestId('cross-table').locator('thead th').allInnerTexts();
    await expect.poll(header).toEqual(['STEEPL', 'Позитивное', 'Негативное', 'Прогноз']);

    // The menu beside Columns, named with it; opened, walked and ticked from the keyboard.
    const columnsCodes = page.locator('summary[aria-label="Коды… (Столбцы)"]');
    await columnsCodes.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).closest('label')?.textContent?.trim())).toBe('Позитивное');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).closest('label')?.textContent?.trim())).toBe('Прогноз');
    await page.keyboard.press('Space');
    await expect.poll(header).toEqual(['STEEPL', 'Позитивное', 'Негативное']);
    await page.keyboard.press('Escape');
    // The button says how many are shown, and the caption which code is left out.
    await expect.poll(() => page.locator('.codes-menu.some-left-out summary').innerText()).toBe('Коды: 2 из 3');
    expect(await page.locator('.codes-menu.some-left-out summary').evaluate((summary) => summary === document.activeElement)).toBe(true);
    expect(await page.getByTestId('cross-table').locator('caption .left-out').innerText()).toBe(LEFT_OUT);

    await page.getByLabel('Номер таблицы').fill('3');
    await page.getByLabel('Формат экспорта').selectOption('docx');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспортировать', exact: true }).click()]);
    const file = join(env.home, 'table3.docx');
    await download.saveAs(file);
    const xml = parseXml((await unzip(readFileSync(file))).get('word/document.xml')!);
    const table = all(xml, 'w:tbl')[0]!;
    // The row label's column and two value columns, headed Positive and Negative.
    expect(all(table, 'w:gridCol')).toHaveLength(3);
    expect(all(all(table, 'w:tr')[0]!, 'w:tc').map(paragraphText)).toEqual(['STEEPL', 'Позитивное', 'Негативное']);
    expect(all(xml, 'w:p').map(paragraphText).find((text) => text.startsWith('Примечание.'))).toContain(LEFT_OUT);

    // The case matrix keeps its own choice: all three valences, its menu untouched.
    await kind.selectOption({ label: 'Кейсы × коды (цитаты)' });
    await expect.poll(header).toEqual(['Кейс', 'Позитивное', 'Негативное', 'Прогноз']);
    expect(await page.locator('.codes-menu.some-left-out').count()).toBe(0);
    await kind.selectOption({ label: 'Схема × схема' });
    await expect.poll(header).toEqual(['STEEPL', 'Позитивное', 'Негативное']);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
