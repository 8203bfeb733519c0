/** The method views on the demo study: the selection log with its funnel and export, and a QCA run. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiCall } from './contract-client.js';
import { calledMethod, chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

describe('the method views', () => {
  it('records a selection decision, shows the funnel and exports the methods table', async () => {
    const app = await env.start();
    const page = await (await env.browser.newContext({ acceptDownloads: true })).newPage();
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Method', exact: true }).click();
    const funnel = page.getByTestId('selection-funnel');
    await expect.poll(() => funnel.textContent()).toBe('Cases considered: 6 → selected: 6 (excluded: 0, candidates: 0)');

    await page.getByTestId('selection-table').getByRole('button', { name: 'Boris' }).click();
    const form = page.getByRole('form', { name: 'Decision on Boris' });
    await form.getByLabel('Status').selectOption('excluded');
    await form.getByLabel('Reason').fill('Similar information');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await expect.poll(() => funnel.textContent()).toBe('Cases considered: 6 → selected: 5 (excluded: 1, candidates: 0)');
    const row = page.getByTestId('selection-table').locator('tr', { hasText: 'Boris' }).first();
    expect(await row.innerText()).toMatch(/Boris\s+Programmers\s+Excluded\s+Similar information/);

    await page.getByLabel('Format').selectOption('csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Case selection.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Similar information');
    expect(csv).toContain('Pool: 6');

    // Undo takes the decision back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => funnel.textContent()).toBe('Cases considered: 6 → selected: 6 (excluded: 0, candidates: 0)');
    expect(errors).toEqual([]);
  }, 90_000);

  it('writes a case summary beside its evidence and exports the summaries with their quotes', async () => {
    const app = await env.start([], join(env.home, 'summaries'));
    const page = await (await env.browser.newContext({ acceptDownloads: true })).newPage();
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const steepl = await apiCall(app.url, 'frameworks.findByName', { name: 'STEEPL' });
    const grid = await apiCall(app.url, 'summaries.grid', { frameworkId: steepl.id });
    const r = grid.segmentCounts.findIndex((row) => row.some((count) => count > 0));
    const c = grid.segmentCounts[r]!.findIndex((count) => count > 0);
    const cellName = `${grid.cases[r]!.name} × ${grid.codes[c]!.name}`;

    await page.getByRole('button', { name: 'Method', exact: true }).click();
    await page.getByRole('button', { name: 'Case summaries', exact: true }).click();
    // A cell with no summary shows its segments' count in brackets, and a line above says so.
    expect(await page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe(`(${grid.segmentCounts[r]![c]})`);
    expect(await page.getByText('shows in brackets how many of the case’s segments have the code').isVisible()).toBe(true);
    // In a window too narrow for the codes, the cases stay in sight as the table scrolls sideways.
    await page.setViewportSize({ width: 900, height: 800 });
    const wrap = page.locator('.cross-table-wrap').filter({ has: page.getByTestId('summary-grid') });
    const caseCell = page.getByTestId('summary-grid').locator('tbody th').first();
    const start = (await caseCell.boundingBox())!.x;
    await wrap.evaluate((element) => (element.scrollLeft = 200));
    expect(await wrap.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await caseCell.boundingBox())!.x).toBe(start);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('summary-grid').getByRole('button', { name: cellName }).click();
    await page.getByLabel('Summary', { exact: true }).fill('Pay is the complaint.');
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe('Pay is the complaint.');
    // Written, then another cell clicked without Save: kept, not lost (it was, silently).
    const labels = await page.getByTestId('summary-grid').locator('tbody td button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')!));
    const otherName = labels.find((label) => label !== cellName)!;
    await page.getByTestId('summary-grid').getByRole('button', { name: otherName }).click();
    await page.getByLabel('Summary', { exact: true }).fill('Rents, mostly.');
    await page.getByTestId('summary-grid').getByRole('button', { name: cellName }).click();
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: otherName }).textContent()).toBe('Rents, mostly.');
    expect(await page.getByLabel('Summary', { exact: true }).inputValue()).toBe('Pay is the complaint.');
    // Ctrl+Enter saves too.
    await page.getByLabel('Summary', { exact: true }).fill('Pay, above all.');
    await page.getByLabel('Summary', { exact: true }).press('Control+Enter');
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe('Pay, above all.');
    await page.getByLabel('Summary', { exact: true }).fill('Pay is the complaint.');
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe('Pay is the complaint.');
    // One save, one undo step: the box's blur before the click had saved it a second time.
    expect((await apiCall(app.url, 'history.state', {})).undoLabel).toBe('summaries.set');
    await apiCall(app.url, 'history.undo', {});
    await page.reload();
    await page.getByRole('button', { name: 'Method', exact: true }).click();
    await page.getByRole('button', { name: 'Case summaries', exact: true }).click();
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe('Pay, above all.');
    await apiCall(app.url, 'history.redo', {});
    await page.reload();
    await page.getByRole('button', { name: 'Method', exact: true }).click();
    await page.getByRole('button', { name: 'Case summaries', exact: true }).click();
    await expect.poll(() => page.getByTestId('summary-grid').getByRole('button', { name: cellName }).textContent()).toBe('Pay is the complaint.');

    await page.getByLabel('With the quotes').check();
    await page.getByLabel('Format').selectOption('md');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('Pay is the complaint.<br>');
    expect(errors).toEqual([]);
  }, 90_000);

  it('runs QCA from the Analyse menu and shows the truth table and the three solutions', async () => {
    // Its own settings and demo project: the first test has set a coder name and changed its project.
    const app = await env.start([], join(env.home, 'qca'));
    const page = await (await env.browser.newContext()).newPage();
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await chooseFromMenu(page, 'Analyse', 'QCA');
    // The placeholder's examples are the project's: a test QCA takes, not Age >= 30 in a study without Age.
    const hint = /^A code \((.+)\) or an attribute test \((.+)\)$/.exec((await page.getByLabel('Conditions 1').getAttribute('placeholder'))!);
    expect(hint?.[1]).toBe('Valence/Positive');
    await apiCall(app.url, 'qca.run', { conditions: [hint![1]!, hint![2]!], outcome: 'Valence/Negative', expectations: ['either', 'either'] });
    await page.getByLabel('Conditions 1').fill('Valence/Negative');
    await page.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByLabel('Conditions 2').fill('Years abroad >= 2');
    await page.getByLabel('Expected to contribute when 2').selectOption('present');
    await page.getByLabel('Outcome', { exact: true }).fill('Outcome = staying');
    await page.getByRole('button', { name: 'Run QCA' }).click();

    const expected = await apiCall(app.url, 'qca.run', {
      conditions: ['Valence/Negative', 'Years abroad >= 2'], outcome: 'Outcome = staying', expectations: ['either', 'present'],
    });
    const truthTable = page.getByTestId('qca-truth-table');
    await expect.poll(() => truthTable.locator('tbody tr').count()).toBe(expected.analysis.truthTable.rows.length);
    expect(await truthTable.locator('thead').innerText()).toMatch(/Valence\/Negative\s+Years abroad >= 2\s+Outcome\s+Cases\s+Consistency\s+Cases/);
    for (const kind of ['complex', 'parsimonious', 'intermediate'] as const) {
      const section = await page.getByTestId(`qca-${kind}`).innerText();
      const written = expected.formatted[kind];
      if (written.length === 0) expect(section).toContain('No row of the truth table has the outcome.');
      else expect(section).toContain(`Model 1: ${written[0]}`);
    }
    // The data for R, as the run gave it, in UTF-8; the page says where the browser put it.
    const [rData] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the data for R' }).click()]);
    expect(rData.suggestedFilename()).toBe('qca-data.csv');
    expect(readFileSync((await rData.path())!, 'utf8')).toBe(expected.rData.csv);
    await expect.poll(() => page.locator('.message.done').innerText()).toContain('Handed to the browser to save: qca-data.csv.');
    expect(errors).toEqual([]);
  }, 90_000);
  it('compares by a numeric attribute in ranges, written and explained in Russian and Kazakh', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start([], join(env.home, 'ranges'));
    const cases = await apiCall(app.url, 'cases.list', {});
    const age = await apiCall(app.url, 'attributes.create', { name: 'Возраст', type: 'number' });
    // Six ages, and a new case without: thirds of two cases each, and the case without an age apart.
    await apiCall(app.url, 'cases.create', { name: 'Newcomer', groupId: null });
    for (const [i, c] of cases.entries()) await apiCall(app.url, 'attributes.setValue', { caseId: c.id, attributeId: age.id, value: [26, 29, 33.5, 38, 45, 51][i]! });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('button', { name: 'Метод', exact: true }).click();
    // The comparison held back: the view says, in the reader's language, that it is comparing.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/call', async (route) => {
      if (calledMethod(route.request()) === 'comparison.build') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Сравнение', exact: true }).click();
    await expect.poll(() => page.locator('.comparison-view [role=status]').innerText()).toBe('Сравниваются кейсы…');
    release();
    await page.getByLabel('Сравнить по').selectOption({ label: 'Возраст' });
    const table = page.getByTestId('comparison-table');
    const heads = () => table.locator('thead th').allInnerTexts();
    await expect.poll(heads).toEqual(['Код', '■ 26–29 (n = 2)', '■ 33,5–38 (n = 2)', '■ 45–51 (n = 2)', '■ Без значения (n = 1)', 'Разница']);
    const note = page.getByTestId('comparison-note');
    expect(await note.innerText()).toBe(
      'Атрибут «Возраст» принимает 6 разных значений: кейсы сгруппированы в 3 диапазона с примерно равным числом кейсов; '
        + 'диапазон назван по наименьшему и наибольшему значению. Разница не учитывает столбцы, где меньше 2 кейсов.',
    );
    // No row claims a difference of one case against another.
    expect(await table.locator('tbody td:last-child').allInnerTexts()).not.toContainEqual(expect.stringContaining('Без значения'));
    await page.screenshot({ path: `${screens}comparison-ranges-ru.png` });

    await page.getByLabel('Язык').selectOption('kk');
    await expect.poll(heads).toEqual(['Код', '■ 26–29 (n = 2)', '■ 33,5–38 (n = 2)', '■ 45–51 (n = 2)', '■ Мәні жоқ (n = 1)', 'Айырмашылық']);
    expect(await note.innerText()).toMatch(/^«Возраст» атрибутының 6 түрлі мәні бар: кейстер саны шамамен тең 3 аралыққа топтастырылды;/);
    await page.screenshot({ path: `${screens}comparison-ranges-kk.png` });
    expect(errors).toEqual([]);
  }, 90_000);
});
