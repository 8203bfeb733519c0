/**
 * Two groups each with a case «1», as a case table numbering every group's cases makes them: each
 * list or choice of cases names the group, as the tables do, so the two are told apart.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
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
    await expect.poll(() => preview.locator('.kwic-source').allInnerTexts()).toEqual(both.map((c) => `${c} — Negative facts`));
    await preview.getByRole('button', { name: 'Cancel' }).click();

    await chooseFromMenu(page, 'Analyse', 'Word frequencies');
    const scope = await page.getByRole('combobox', { name: 'Count in' }).locator('option').allInnerTexts();
    expect(scope.filter((label) => label.endsWith(' · 1'))).toEqual(both);
    expect(errors).toEqual([]);
  }, 60_000);
});
