/**
 * The Tables tab of a user trial: rows grouped by an attribute showed two rows «4» (one case of
 * each group), and STEEPL × Valence left out the STEEPL segments with no Valence code while its
 * caption said every selected segment was counted. Rows now name their group, and the caption
 * says what is left out. Grouped by «Возраст» (14 ages) the table had a heading per age and the
 * filter listed each: a numeric attribute is now grouped and filtered in ranges.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

/** The Tables tab showing the case matrix with its rows grouped by an attribute. */
async function caseMatrixBy(url: string, attribute: string) {
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(url);
  await page.getByRole('button', { name: 'Tables', exact: true }).click();
  await page.getByLabel('Table', { exact: true }).selectOption('case-matrix');
  await page.getByLabel('Rows grouped by').selectOption({ label: attribute });
  return { page, errors };
}

describe('the Tables tab over two groups numbering their cases alike', () => {
  it('names each case row with its group under an attribute value, and says which segments a cross-tab leaves out', async () => {
    const app = await env.start([], join(env.home, 'table-labels'));
    // A project of its own: the demo study's cases would share the tables.
    await apiCall(app.url, 'project.create', { path: join(env.home, 'labels.casecoder') });
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const outcome = await apiCall(app.url, 'attributes.create', { name: 'Outcome', type: 'choice', choices: ['undecided'] });
    for (const group of ['Programmers', 'Entrepreneurs']) {
      const { id: groupId } = await apiCall(app.url, 'groups.create', { name: group });
      const item = await apiCall(app.url, 'cases.create', { name: '4', groupId });
      await apiCall(app.url, 'attributes.setValue', { caseId: item.id, attributeId: outcome.id, value: 'undecided' });
      await apiCall(app.url, 'documents.paste', { caseId: item.id, name: 'Interview', text: 'The zebrafish farm closed.' });
      await apiCall(app.url, 'coding.applyByQuote', { caseName: '4', groupName: group, quote: 'zebrafish farm', codePath: 'STEEPL/Economic' });
    }
    // One of the two Economic segments also carries a valence: the other is in no cell.
    await apiCall(app.url, 'coding.applyByQuote', { caseName: '4', groupName: 'Programmers', quote: 'zebrafish farm', codePath: 'Valence/Negative' });

    const { page, errors } = await caseMatrixBy(app.url, 'Outcome');
    const rowLabels = () => page.locator('.cross-table tbody th').allInnerTexts();
    await expect.poll(rowLabels).toEqual(['Outcome: undecided', 'Programmers · 4', 'Entrepreneurs · 4']);

    await page.getByLabel('Table', { exact: true }).selectOption('crosstab');
    const caption = page.locator('.cross-table caption .uncounted');
    await expect.poll(() => caption.innerText()).toBe('Not counted (no code of Valence): 1 segment coded Economic.');
    expect(await page.getByText('All selected cases, documents and coders.').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('groups and filters a numeric attribute in ranges, not age by age', async () => {
    const app = await env.start([], join(env.home, 'table-ranges'));
    await apiCall(app.url, 'project.create', { path: join(env.home, 'ranges.casecoder') });
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const age = await apiCall(app.url, 'attributes.create', { name: 'Age', type: 'number', choices: [] });
    for (const [i, value] of [26, 27, 29, 31, 33, 35, 38, 40, 45].entries()) {
      const item = await apiCall(app.url, 'cases.create', { name: `P${i + 1}`, groupId: null });
      await apiCall(app.url, 'attributes.setValue', { caseId: item.id, attributeId: age.id, value });
    }

    const { page, errors } = await caseMatrixBy(app.url, 'Age');
    const headings = () => page.locator('.cross-table tbody tr.heading-row th').allInnerTexts();
    await expect.poll(headings).toEqual(['Age: 26–29', 'Age: 31–35', 'Age: 38–45']);
    // The filter lists the same ranges, and a range keeps its cases and is named in the caption.
    const filter = page.getByLabel('Filter by attribute');
    expect(await filter.locator('option').allInnerTexts()).toEqual(['Any attribute value', 'Age: 26–29', 'Age: 31–35', 'Age: 38–45']);
    await filter.selectOption({ label: 'Age: 31–35' });
    await expect.poll(() => page.locator('.cross-table tbody th').allInnerTexts()).toEqual(['Age: 31–35', 'P4', 'P5', 'P6']);
    expect(await page.locator('.cross-table caption').innerText()).toContain('Age: 31–35.');
    expect(errors).toEqual([]);
  }, 60_000);
  it('cuts a long code path before the code\'s name in a windowed table\'s row labels, not the name', async () => {
    const app = await env.start([], join(env.home, 'table-paths'));
    await apiCall(app.url, 'project.create', { path: join(env.home, 'paths.casecoder') });
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    // 160 codes against themselves: a grid drawn a window at a time (over 20,000 cells), its row labels 240 px wide.
    const framework = await apiCall(app.url, 'frameworks.create', { name: 'Migration themes of the 2024 survey' });
    for (let i = 1; i <= 160; i++) await apiCall(app.url, 'codes.create', { frameworkId: framework.id, name: `Регистрация ${i}`, color: '#3366cc' });

    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.getByLabel('Table', { exact: true }).selectOption('cooccurrence');
    await page.getByLabel('Codes', { exact: true }).selectOption({ label: 'All frameworks' });
    const label = page.getByTestId('cross-table').getByRole('rowheader', { name: 'Migration themes of the 2024 survey/Регистрация 1', exact: true });
    await label.waitFor();
    // The code's name whole at the label's end, the path before it cut (the whole label on hover).
    const cut = (selector: string) => label.locator(selector).evaluate((part) => part.scrollWidth > part.clientWidth);
    expect(await label.locator('.label-name').innerText()).toBe('/Регистрация 1');
    expect(await cut('.label-name')).toBe(false);
    expect(await cut('.label-path')).toBe(true);
    expect(await label.getAttribute('title')).toBe('Migration themes of the 2024 survey/Регистрация 1');
    expect(errors).toEqual([]);
  }, 60_000);
});
