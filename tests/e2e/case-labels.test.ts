/**
 * Two groups each with a case «1», as a case table numbering every group's cases makes them: each
 * list or choice of cases names the group, as the tables do, so the two are told apart; so do
 * the segment table's document filter and, with the case's or group's column hidden, its cells,
 * and the delete-case prompt and its undo step.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, segmentRowName, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('cases of the same name in two groups', () => {
  it('are named with their group in the search filter, its counts, the autocode preview and the word list', async () => {
    const app = await env.start([], join(env.home, 'same-names'));
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    for (const group of ['Programmers', 'Entrepreneurs']) {
      const { id: groupId } = await apiCall(app.url, 'groups.findByName', { name: group });
      const item = await apiCall(app.url, 'cases.create', { name: '1', groupId });
      await apiCall(app.url, 'documents.paste', { caseId: item.id, name: 'Negative facts', text: 'The zebrafish farm closed.' });
    }
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();
    const both = ['Programmers · 1', 'Entrepreneurs · 1'];

    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('complementary', { name: 'Search' });
    const caseFilter = await panel.getByRole('combobox', { name: 'Case' }).locator('option').allInnerTexts();
    expect(caseFilter.filter((label) => label.endsWith(' · 1'))).toEqual(both);
    const box = panel.getByRole('searchbox', { name: 'Search for' });
    await box.fill('zebrafish');
    await box.press('Enter');
    await expect.poll(() => panel.locator('.kwic-source').allInnerTexts()).toEqual(both.map((c) => `${c} — Negative facts`));
    // The counts per case sit folded away: read, not shown.
    await expect.poll(() => panel.locator('.search-counts tr:not(.group) td:first-child').allTextContents()).toEqual(both);

    await panel.getByRole('button', { name: 'Code all hits' }).click();
    const preview = page.getByRole('dialog', { name: 'Code all hits' });
    await preview.getByRole('combobox', { name: 'Code', exact: true }).selectOption({ index: 1 });
    await expect.poll(() => preview.locator('.kwic-source').allInnerTexts()).toEqual(both.map((c) => `${c} — Negative facts`));
    await preview.getByRole('button', { name: 'Cancel' }).click();

    await chooseFromMenu(page, 'Analyse', 'Word frequencies');
    const scope = await page.getByRole('combobox', { name: 'Count in' }).locator('option').allInnerTexts();
    expect(scope.filter((label) => label.endsWith(' · 1'))).toEqual(both);
    expect(errors).toEqual([]);
  }, 60_000);

  it('are told apart in the segment table, its document filter, and the delete-case prompt and its undo', async () => {
    const app = await env.start([], join(env.home, 'same-documents'));
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const { codes } = await apiCall(app.url, 'codebook.get', {});
    for (const group of ['Programmers', 'Entrepreneurs']) {
      const { id: groupId } = await apiCall(app.url, 'groups.findByName', { name: group });
      const item = await apiCall(app.url, 'cases.create', { name: '1', groupId });
      // Named after the case, as a case table names each cell's document.
      await apiCall(app.url, 'documents.paste', { caseId: item.id, name: '1 — Positive facts', text: 'People are friendly here.' });
      const [document] = await apiCall(app.url, 'documents.list', { caseId: item.id });
      await apiCall(app.url, 'coding.apply', { documentId: document!.id, start: 0, end: 6, codeId: codes[0]!.id });
    }
    const page = await env.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.locator('.body-row').nth(1).waitFor();
    const both = ['Programmers · 1 — Positive facts', 'Entrepreneurs · 1 — Positive facts'];
    const documentFilter = page.getByRole('combobox', { name: 'Filter by document' });
    // The demo's documents are there too, each after its case («Programmers · Anna — interview»).
    const options = await documentFilter.locator('option').allInnerTexts();
    expect(options.filter((label) => label.endsWith('1 — Positive facts'))).toEqual(both);
    expect(options).toContain('Programmers · Anna — interview');
    await documentFilter.selectOption({ label: both[1]! });
    await expect.poll(() => page.locator(segmentRowName('group')).allInnerTexts()).toEqual(['Entrepreneurs']);
    await documentFilter.selectOption({ label: both[0]! });
    await expect.poll(() => page.locator(segmentRowName('group')).allInnerTexts()).toEqual(['Programmers']);

    // Beside the case's and the group's columns the cells say the names alone; with them hidden, the labels.
    const cells = (column: string) => page.locator(`.body-row .col-${column}`).allInnerTexts();
    expect(await cells('document')).toEqual(['1 — Positive facts']);
    await page.getByText('Columns', { exact: true }).click();
    await page.locator('.column-menu label', { hasText: 'Group' }).click();
    await expect.poll(() => cells('case')).toEqual(['Programmers · 1']);
    await page.locator('.column-menu label', { hasText: 'Case' }).click();
    await expect.poll(() => cells('document')).toEqual([both[0]]);
    await page.keyboard.press('Escape');

    // The second group's case «1».
    await page.locator('.case-list button.case').filter({ has: page.locator('[data-user-data="case"]', { hasText: /^1$/ }) }).nth(1).click();
    await page.getByRole('button', { name: 'Delete case' }).click();
    const prompt = page.getByRole('dialog');
    await expect.poll(() => prompt.locator('h2, h3').first().innerText()).toBe('Delete case Entrepreneurs · 1?');
    await prompt.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe('Undo: delete case “Entrepreneurs · 1” (Ctrl+Z)');
    expect(errors).toEqual([]);
  }, 60_000);
});
