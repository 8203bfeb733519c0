import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chooseFromMenu, dragSelect, importCaseTable, openAsCoder, segmentRowName, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const fixture = fileURLToPath(new URL('../fixtures/case-table-programmers.csv', import.meta.url));

const env = useBrowserTestEnv();

async function segmentQuotes(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Segments', exact: true }).click();
  const rows = page.locator('.body-row');
  await rows.first().waitFor();
  return rows.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ')));
}

describe('the core coding loop in browser mode', () => {
  it('creates a project, imports a case table, codes by mouse and keyboard, undoes, and finds the rest after a restart', async () => {
    let app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);

    // First start: the demo study is open and the coder's name is asked once.
    await openAsCoder(page, app.url);
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('Demo study');
    await expect.poll(() => page.locator('.coder').innerText()).toContain('Ada');

    // A new project of our own.
    await chooseFromMenu(page, 'File', 'New project…');
    await page.getByRole('dialog').getByRole('textbox').fill('e2e-study');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('e2e-study');

    // A case table: three cases in the group Programmers.
    expect(await importCaseTable(page, fixture, 'Programmers')).toContain('Cases: 3 new, 0 already there. Documents: 7 new, 0 already there. Coded segments: 7.');
    await expect.poll(() => page.locator('.case-list .group h3').first().textContent()).toContain('Programmers');

    await page.getByRole('button', { name: /^1\b/ }).click();
    await page.locator('.case-list').getByRole('button', { name: '1 — Positive facts' }).click();
    const text = page.getByTestId('document-text');
    await expect.poll(() => text.innerText()).toContain('Housing near the office');

    // By mouse: drag across a phrase, click a STEEPL code.
    await dragSelect(page, '[data-testid=document-text]', 'Housing near the office');
    await expect.poll(() => page.locator('.codebook .hint').innerText()).toContain('23 characters selected');
    await page.getByRole('button', { name: 'Economic', exact: true }).click();
    await expect.poll(() => page.locator('mark[data-codes*="Economic"]').innerText()).toBe('Housing near the office');

    // A click on the page under the text lets the selection go, and the codebook says so.
    await dragSelect(page, '[data-testid=document-text]', 'Housing near the office');
    await expect.poll(() => page.locator('.codebook .hint').innerText()).toContain('23 characters selected');
    const scroll = (await page.getByTestId('document-scroll').boundingBox())!;
    await page.mouse.click(scroll.x + scroll.width / 2, scroll.y + scroll.height - 20);
    await expect.poll(() => page.locator('.codebook .hint').first().innerText()).toBe('Select text in a document, then click a code or press its number.');

    // By keyboard: caret to the end, Shift+Left over " helped." (the space before it too), then
    // the digit of Sociocultural: the segment leaves out the space at its end.
    await page.getByRole('button', { name: 'STEEPL', exact: true }).click();
    await text.click();
    await page.keyboard.press('Control+End');
    for (let i = 0; i < ' helped.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(' helped.');
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('mark[data-codes*="Sociocultural"]').innerText()).toBe('helped.');

    // Both in the segment table, beside the imported ones.
    const quotes = await segmentQuotes(page);
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('9 segments');
    expect(quotes.some((q) => q.includes('Housing near the office') && q.includes('Economic'))).toBe(true);
    // Two coders: Ada, and the case table, whose valence of each cell is no one's reading, so the
    // coder's column is shown (with one coder it would say the same on every row, and is left out).
    expect(await page.locator('.grid-head .col-coder').count()).toBe(1);
    expect(new Set(await page.locator('.body-row .col-coder').allInnerTexts())).toEqual(new Set(['Ada', 'Case table']));
    expect((await segmentQuotes(page)).some((q) => q.includes('helped.') && q.includes('Sociocultural'))).toBe(true);
    // The case column names the case; its group has the column beside it.
    expect(await page.locator(segmentRowName('case')).first().innerText()).toBe('1');
    expect(await page.locator(segmentRowName('group')).first().innerText()).toBe('Programmers');

    // Undo the keyboard coding.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('8 segments');

    // Restart the app: the project reopens with everything but the undone coding.
    await page.goto('about:blank');
    await app.stop();
    app = await env.start();
    await page.goto(app.url);
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('e2e-study');
    const after = await segmentQuotes(page);
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('8 segments');
    expect(after.some((q) => q.includes('Housing near the office') && q.includes('Economic'))).toBe(true);
    expect(after.some((q) => q.includes('Sociocultural'))).toBe(false);
    // The undone step can still be redone after the restart.
    await expect.poll(() => page.getByRole('button', { name: 'Redo' }).isEnabled()).toBe(true);

    // A row opens its span in the document, selected.
    await page.locator('.body-row', { hasText: 'Economic' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Housing near the office');
    expect(errors).toEqual([]);
  }, 60_000);

  it('keeps the span just coded as the selection when the Undo button takes the coding back', async () => {
    // A trial on a long interview: undone by the button, the coded span's marks were drawn anew
    // and the browser's selection slid onto the uncoded run around them (179 characters for the
    // 31 coded), which the next code press then coded. Ctrl+Z kept it: the focus stayed in the text.
    // Settings of its own, so the demo study opens, not the project the test before left open.
    const app = await env.start([], join(env.home, 'undo-button'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.locator('.case-list button.document').first().click();
    const hint = page.locator('.codebook .hint').first();
    const codeSelected = async (words: string, key: string) => {
      await expect.poll(async () => {
        await dragSelect(page, '[data-testid=document-text]', words);
        return page.evaluate(() => window.getSelection()?.toString());
      }).toBe(words);
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('mark', { hasText: words }).count()).toBeGreaterThan(0);
    };
    // A coding before, so Undo stays enabled (and focused) once the second is undone.
    await codeSelected('Renting was', '2');
    await codeSelected('the move cost', '1');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('mark', { hasText: 'the move cost' }).count()).toBe(0);
    await expect.poll(() => hint.innerText()).toContain('13 characters selected');
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toContain('My employer');
    // The next code goes to those words, and to no more.
    await page.getByRole('button', { name: 'Economic', exact: true }).click();
    const documentId = (await apiCall(app.url, 'documents.list', {})).find((d) => d.name.startsWith('Anna'))!.id;
    const coded = async () => (await apiCall(app.url, 'documents.get', { id: documentId })).segments.filter((s) => s.codings.some((c) => c.coder === 'Ada'));
    const text = (await apiCall(app.url, 'documents.get', { id: documentId })).text;
    await expect.poll(async () => (await coded()).map((s) => text.slice(s.start, s.end)).sort()).toEqual(['Renting was', 'the move cost']);
    expect(errors).toEqual([]);
  });
});
