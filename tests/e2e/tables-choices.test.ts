/**
 * A user trial (Kazakh UI): Tables → Code co-occurrence → Codes «all frameworks» → Framework ×
 * framework showed Rows «Валенттілік» and Columns «Валенттілік» over a STEEPL × Valence table,
 * and Columns = STEEPL then gave STEEPL × STEEPL under «Валенттілік × STEEPL»; the export wrote
 * whichever table was shown. The selects, the table and its export now say the same frameworks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

/** What the selects say and what the table shown is: its title, its rows' header and its columns. */
async function shown(page: Page) {
  const chosen = (label: string) => page.getByLabel(label, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
  const table = page.getByTestId('cross-table');
  return {
    selects: `${await chosen('Жолдар')} × ${await chosen('Бағандар')}`,
    caption: (await table.locator('caption').innerText()).split(' Барлық')[0],
    header: await table.locator('thead th').allInnerTexts(),
  };
}

/** The table exported as Markdown: its caption line and its header line. */
async function exported(page: Page, file: string): Promise<string[]> {
  await page.getByLabel('Экспорт пішімі').selectOption('md');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспорттау', exact: true }).click()]);
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  return [lines[0]!, lines[2]!];
}

describe('the Tables view switched between kinds', () => {
  it('builds and exports the frameworks its selects show', async () => {
    const app = await env.start([], join(env.home, 'trial'));
    await apiCall(app.url, 'project.create', { path: join(env.home, 'trial.casecoder'), language: 'kk' });
    await apiCall(app.url, 'session.setCoder', { name: 'Айгерім' });
    const item = await apiCall(app.url, 'cases.create', { name: 'P1', groupId: null });
    await apiCall(app.url, 'documents.paste', { caseId: item.id, name: 'Сұхбат', text: 'Салық төмен, бірақ интернет баяу.' });
    await apiCall(app.url, 'coding.applyByQuote', { caseName: 'P1', quote: 'Салық төмен', codePath: 'STEEPL/Экономикалық' });
    await apiCall(app.url, 'coding.applyByQuote', { caseName: 'P1', quote: 'Салық төмен', codePath: 'Валенттілік/Оң' });

    const context = await env.browser.newContext({ locale: 'kk-KZ', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Кестелер', exact: true }).click();
    const kind = page.getByLabel('Кесте', { exact: true });
    await kind.selectOption({ label: 'Кодтардың бірге кездесуі' });
    await page.getByLabel('Кодтар', { exact: true }).selectOption({ label: 'Барлық схемалар' });
    await kind.selectOption({ label: 'Схема × схема' });

    const valenceColumns = ['STEEPL', 'Оң', 'Теріс', 'Болжам'];
    await expect.poll(() => shown(page)).toEqual({ selects: 'STEEPL × Валенттілік', caption: 'STEEPL × Валенттілік', header: valenceColumns });
    expect(await exported(page, join(env.home, 'steepl-valence.md'))).toEqual(['**STEEPL × Валенттілік**', `| ${valenceColumns.join(' | ')} |`]);

    // One framework against itself may be asked for: built as the selects say, and said what its cells count.
    const columns = page.getByLabel('Бағандар', { exact: true });
    await columns.selectOption({ label: 'STEEPL' });
    const steeplColumns = ['STEEPL', 'Әлеуметтік-мәдени', 'Технологиялық', 'Экономикалық', 'Экологиялық', 'Саяси', 'Құқықтық'];
    await expect.poll(() => shown(page)).toEqual({ selects: 'STEEPL × STEEPL', caption: 'STEEPL × STEEPL', header: steeplColumns });
    expect(await page.locator('.same-framework').innerText()).toMatch(/^Жолдар мен бағандар — бір схема/);
    expect(await exported(page, join(env.home, 'steepl-steepl.md'))).toEqual(['**STEEPL × STEEPL**', `| ${steeplColumns.join(' | ')} |`]);

    // «All frameworks» is the co-occurrence table's choice still, and the cross-tab's choices are its own.
    await kind.selectOption({ label: 'Кодтардың бірге кездесуі' });
    await expect.poll(() => page.getByLabel('Кодтар', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Барлық схемалар');
    await kind.selectOption({ label: 'Схема × схема' });
    await expect.poll(() => shown(page)).toEqual({ selects: 'STEEPL × STEEPL', caption: 'STEEPL × STEEPL', header: steeplColumns });
    // Rows = Valence: Valence × STEEPL, its rows Valence's codes.
    await page.getByLabel('Жолдар', { exact: true }).selectOption({ label: 'Валенттілік' });
    await expect.poll(() => shown(page)).toEqual({ selects: 'Валенттілік × STEEPL', caption: 'Валенттілік × STEEPL', header: ['Валенттілік', ...steeplColumns.slice(1)] });
    expect(await exported(page, join(env.home, 'valence-steepl.md'))).toEqual(['**Валенттілік × STEEPL**', `| Валенттілік | ${steeplColumns.slice(1).join(' | ')} |`]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
