/**
 * The Tables tab of a user trial: rows grouped by an attribute showed two rows «4» (one case of
 * each group), and STEEPL × Valence left out the STEEPL segments with no Valence code while its
 * caption said every selected segment was counted. Rows now name their group, and the caption
 * says what is left out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

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

    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.getByLabel('Table', { exact: true }).selectOption('case-matrix');
    await page.getByLabel('Rows grouped by').selectOption({ label: 'Outcome' });
    const rowLabels = () => page.locator('.cross-table tbody th').allInnerTexts();
    await expect.poll(rowLabels).toEqual(['Outcome: undecided', 'Programmers · 4', 'Entrepreneurs · 4']);

    await page.getByLabel('Table', { exact: true }).selectOption('crosstab');
    const caption = page.locator('.cross-table caption .uncounted');
    await expect.poll(() => caption.innerText()).toBe('Not counted (no code of Valence): 1 segment coded Economic.');
    expect(await page.getByText('All selected cases, documents and coders.').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
