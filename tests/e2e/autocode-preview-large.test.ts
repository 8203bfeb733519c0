/**
 * "Code all hits" over thousands of hits (review-scale-1207 #1): the preview draws only the spans
 * in view, later ones come as the list scrolls or the keyboard goes down it, each says its place
 * among all, and a word form unticked changes the count at once. Drawn whole, 20,000 spans froze
 * the page for 4.5–7 s and each form unticked for 0.45 s. Over the cap nothing can be coded, and
 * the dialog says so: no box to tick, forms counted in the spans listed, no count on the button.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_AUTOCODE_SPANS } from '../../shared/search.js';
import { searchFor, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

const RENT_FORMS = ['rent', 'rents', 'renting'];
const RENT_HITS = 3_000;
// Past the cap, in two forms of one stem.
const TAX_HITS = MAX_AUTOCODE_SPANS + 500;

describe('the autocode preview of thousands of hits', () => {
  it('draws the spans in view, ticks by form and by keyboard, and says truthfully what a preview past the cap holds', async () => {
    const app = await env.start(['--project', join(env.home, 'hits.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const anna = await apiCall(app.url, 'cases.create', { name: 'Anna', groupId: null });
    const rent = Array.from({ length: RENT_HITS }, (_, i) => `Line ${i} speaks of ${RENT_FORMS[i % RENT_FORMS.length]}.`).join('\n');
    await apiCall(app.url, 'documents.paste', { caseId: anna.id, name: 'Anna — interview', text: rent });
    const boris = await apiCall(app.url, 'cases.create', { name: 'Boris', groupId: null });
    const taxes = Array.from({ length: TAX_HITS }, (_, i) => (i % 2 === 0 ? 'A tax.' : 'Two taxes.')).join(' ');
    await apiCall(app.url, 'documents.paste', { caseId: boris.id, name: 'Boris — interview', text: taxes });

    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();
    const panel = await searchFor(page, 'rent');
    await expect.poll(() => panel.locator('.search-results > p strong').innerText()).toBe('3,000 hits');

    await panel.getByRole('button', { name: 'Code all hits' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code all hits' });
    await dialog.getByRole('combobox', { name: 'Code', exact: true }).selectOption({ label: 'Valence/Positive' });
    const apply = dialog.locator('.modal-buttons .primary');
    await expect.poll(() => apply.innerText()).toBe('Code 3,000 spans');
    const spans = dialog.getByRole('list', { name: 'Spans to code as Valence/Positive' });
    const rows = spans.getByRole('listitem');
    // A window of the rows, each saying its place among all the spans.
    expect(await dialog.getByRole('checkbox').count()).toBeLessThan(200);
    expect(await rows.count()).toBeLessThan(200);
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(RENT_HITS));
    // Each box is named by its span.
    expect(await spans.getByRole('checkbox', { name: 'Anna — interview rent' }).first().isChecked()).toBe(true);

    // Scrolled to the end, the last spans are drawn, and still no more than a window.
    const scroller = dialog.locator('.autocode-spans');
    await expect.poll(async () => {
      await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
      return rows.last().getAttribute('aria-posinset');
    }).toBe(String(RENT_HITS));
    expect(await rows.last().innerText()).toContain('renting');
    expect(await rows.count()).toBeLessThan(200);
    expect(await rows.first().getAttribute('aria-posinset')).not.toBe('1');

    // A form unticked leaves out its spans, drawn or not; ticked again, it keeps them.
    const forms = dialog.getByRole('group', { name: /Words found/ });
    expect(await forms.locator('label').allInnerTexts()).toEqual(['rent (1,000)', 'renting (1,000)', 'rents (1,000)']);
    await forms.getByRole('checkbox', { name: 'rents (1,000)' }).uncheck();
    await expect.poll(() => apply.innerText()).toBe('Code 2,000 spans');
    expect(await rows.last().getByRole('checkbox').isChecked()).toBe(true);
    await forms.getByRole('checkbox', { name: 'rents (1,000)' }).check();
    await expect.poll(() => apply.innerText()).toBe('Code 3,000 spans');

    // By the keyboard from the first span, Tab goes on past the rows first drawn, the list
    // scrolling with it, and Space leaves out the span it reached. The presses are sent without
    // waiting for each, faster than the list draws the rows it scrolls to (as a key held down, or
    // a busy machine): focus left the list, past the rows drawn beyond the view, and was on the
    // 17th or the 27th span at the end, and on the 54th in a loaded CI run.
    await scroller.evaluate((element) => (element.scrollTop = 0));
    await expect.poll(() => rows.first().getAttribute('aria-posinset')).toBe('1');
    await spans.getByRole('checkbox').first().focus();
    await Promise.all(Array.from({ length: 80 }, () => page.keyboard.press('Tab')));
    const focusedPlace = () => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    await expect.poll(focusedPlace).toBe('81');
    await page.keyboard.press('Space');
    await expect.poll(() => apply.innerText()).toBe('Code 2,999 spans');
    // Scrolled away, the focused span stays in the page, and its focus with it, between the spans
    // either side of it, which Tab and Shift+Tab go to next.
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await expect.poll(() => rows.evaluateAll((drawn) => drawn.slice(0, 3).map((row) => row.getAttribute('aria-posinset')))).toEqual(['80', '81', '82']);
    expect(await focusedPlace()).toBe('81');
    expect(await rows.count()).toBeLessThan(200);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Past the cap: the search counts every hit, the preview lists the first spans and says the
    // forms are counted in those; nothing can be ticked or coded, and the button offers no count.
    const box = panel.getByRole('searchbox', { name: 'Search for' });
    await box.fill('tax');
    await box.press('Enter');
    await expect.poll(() => panel.locator('.search-results > p strong').innerText()).toBe('20,500 hits');
    await expect.poll(() => panel.getByRole('group', { name: /leave out its hits/ }).locator('label').allInnerTexts())
      .toEqual(['tax (10,250)', 'taxes (10,250)']);
    await panel.getByRole('button', { name: 'Code all hits' }).click();
    await dialog.getByRole('combobox', { name: 'Code', exact: true }).selectOption({ label: 'Valence/Negative' });
    await expect.poll(() => dialog.locator('.message.warning').innerText())
      .toBe('More spans than one run can code: the first 20,000 are listed, and none will be coded. Narrow the query.');
    const firstForms = dialog.getByRole('group', { name: 'Words found in the first 20,000 spans (the search panel counts all hits):' });
    expect(await firstForms.innerText()).toContain('tax (10,000)');
    expect(await firstForms.innerText()).toContain('taxes (10,000)');
    expect(await dialog.getByRole('checkbox').count()).toBe(0);
    expect(await dialog.getByRole('list', { name: 'Spans to code as Valence/Negative' }).getByRole('listitem').first().getAttribute('aria-setsize'))
      .toBe(String(MAX_AUTOCODE_SPANS));
    expect(await apply.innerText()).toBe('Code the spans');
    expect(await apply.isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
