import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
let page: Page;
let errors: string[];
let appUrl: string;

beforeAll(async () => {
  const app = await env.start(['--project', join(env.home, 'cases.casecoder')]);
  appUrl = app.url;
  page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(5000);
  errors = watchErrors(page);
  await openAsCoder(page, app.url);
});

async function answer(fields: Record<string, string>, ok = 'OK') {
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) {
    const field = dialog.getByLabel(label, { exact: true });
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await dialog.getByRole('button', { name: ok, exact: true }).click();
}

/** The space between each document button and the next in its row (Rename, Move…, Delete). */
function documentButtonGaps(page: Page): Promise<number[]> {
  return page.locator('.document-actions').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const boxes = [...row.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
      return boxes.slice(1).map((box, i) => Math.round(box.left - boxes[i]!.right));
    }),
  );
}

describe('cases, attributes, documents and the codebook in the UI', () => {
  it('creates a case with a group and typed attributes, imports a Windows-1251 text, and deletes the case undoably', async () => {
    // The new case's page opens once the case is there: it never says, even for a moment, that the case no longer exists.
    await page.evaluate(() => {
      const seen = (window as { goneSeen?: boolean });
      new MutationObserver(() => { if (document.body.innerText.includes('This case no longer exists.')) seen.goneSeen = true; })
        .observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole('button', { name: '+ Case' }).click();
    await answer({ Name: 'Olga' });
    await expect.poll(() => page.locator('.case-sheet h2').textContent()).toBe('Olga');
    expect(await page.evaluate(() => (window as { goneSeen?: boolean }).goneSeen ?? false)).toBe(false);

    await page.getByRole('button', { name: 'New group…' }).click();
    await answer({ 'Group name': 'Programmers' });
    await expect.poll(() => page.locator('.case-list .group h3').first().textContent()).toContain('Programmers');

    await page.getByRole('button', { name: '+ Attribute' }).click();
    await answer({ Name: 'Age', Type: 'Number' });
    await page.getByRole('button', { name: '+ Attribute' }).click();
    await answer({ Name: 'Outcome', Type: 'Choice', 'Choices (for a choice attribute, separated by commas)': 'staying, leaving' });
    await page.getByLabel('Age', { exact: true }).fill('34');
    await page.getByLabel('Outcome', { exact: true }).selectOption('leaving');
    await expect.poll(() => page.getByLabel('Age', { exact: true }).inputValue()).toBe('34');
    await expect.poll(() => page.getByLabel('Outcome', { exact: true }).inputValue()).toBe('leaving');
    // Yes/no offers «no» apart from no answer, which a checkbox showed alike (review-team-1208 #2).
    await page.getByRole('button', { name: '+ Attribute' }).click();
    await answer({ Name: 'Family', Type: 'Yes / no' });
    const family = page.getByLabel('Family', { exact: true });
    await expect.poll(() => family.locator('option').allTextContents()).toEqual(['—', 'yes', 'no']);
    expect(await family.inputValue()).toBe('');
    await family.selectOption({ label: 'no' });
    const olga = async () => (await apiCall(appUrl, 'cases.list', {})).find((c) => c.name === 'Olga')!.attributes;
    await expect.poll(async () => Object.values(await olga())).toContain(false);
    await family.selectOption({ label: '—' });
    await expect.poll(async () => Object.values(await olga())).not.toContain(false);

    const file = join(env.home, 'olga.txt');
    writeFileSync(file, Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]));
    await page.getByRole('button', { name: 'Import documents…' }).click();
    const importing = page.getByRole('dialog', { name: 'Import documents' });
    await importing.getByLabel('Choose files…').setInputFiles(file);
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importing.getByRole('status').innerText()).toContain('1 created');
    await importing.getByRole('button', { name: 'Close' }).click();
    // A document's buttons stand 6 px apart, as other rows of buttons do: in the case's list and over the text.
    await expect.poll(() => documentButtonGaps(page)).toEqual([6, 6]);
    await page.getByRole('button', { name: 'olga', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).toBe('Привет, мир');
    expect(await documentButtonGaps(page)).toEqual([6, 6]);
    // Deleted from over its text, the document gives the focus to its case in the list; undone.
    await page.locator('.document-view .document-actions').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.case-list button')?.textContent ?? '')).toMatch(/^Olga/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.case-list .document').count()).toBe(1);

    await page.getByRole('button', { name: 'Olga' }).first().click();
    await page.getByRole('button', { name: 'Add a memo' }).click();
    await answer({ Title: 'First visit', Memo: 'Met her at the language school.' });
    await expect.poll(() => page.locator('.memo').innerText()).toContain('Met her at the language school.');
    // A second case, in a group named in its dialog, which makes it (one of the project's is offered as it is typed).
    await page.getByRole('button', { name: '+ Case' }).click();
    expect(await page.getByRole('dialog').locator('datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['Programmers']);
    await answer({ Name: 'Pavel', Group: 'Designers' });
    await expect.poll(() => page.locator('.case-sheet h2').textContent()).toBe('Pavel');
    expect(await page.locator('.case-list .group h3 [data-user-data="group"]').allTextContents()).toEqual(['Programmers', 'Designers']);
    await page.getByRole('button', { name: /^Olga/ }).click();
    await page.getByRole('button', { name: 'Delete case' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Its documents (1) and coded segments (0) go with it.');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.case-list .case').count()).toBe(1);
    // The focus goes to the case after the one deleted, not to the page (the next Tab went into the codebook).
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.case-list button')?.textContent ?? '')).toMatch(/^Pavel/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.case-list .case').count()).toBe(2);
    await page.getByRole('button', { name: /^Olga/ }).click();
    await expect.poll(() => page.getByLabel('Age', { exact: true }).inputValue()).toBe('34');
    await expect.poll(() => page.locator('.memo').innerText()).toContain('First visit');
  });

  it('adds a framework and a sub-code, and the exclusive framework replaces a code', async () => {
    await page.getByRole('button', { name: '+ Framework' }).click();
    await answer({ Name: 'Themes' });
    await page.getByRole('button', { name: 'Add a code to Themes' }).click();
    await answer({ 'Code name': 'Belonging', Description: 'Feeling at home' });
    await page.getByRole('button', { name: 'Add a sub-code under Belonging' }).click();
    await answer({ 'Code name': 'Language' });
    await expect.poll(() => page.locator('.codebook .framework', { hasText: 'Themes' }).innerText()).toMatch(/Belonging[\s\S]*Language/);

    await page.locator('.case-list .document').first().click();
    const text = page.getByTestId('document-text');
    await text.click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    // The coding's reload draws the mark and selects the span again in one go: a key pressed
    // at once (input runs before the page's other tasks) finds it selected, never lost.
    const selected = await page.evaluate(() => window.getSelection()!.toString());
    await page.evaluate(() => {
      const w = window as { selectedAtMark?: string };
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid=document-text] mark')) return;
        w.selectedAtMark = window.getSelection()!.toString();
        observer.disconnect();
      });
      observer.observe(document.querySelector('[data-testid=document-text]')!, { childList: true, subtree: true });
    });
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('mark').getAttribute('data-codes')).toBe('Positive');
    expect(await page.evaluate(() => (window as { selectedAtMark?: string }).selectedAtMark)).toBe(selected);
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('mark').getAttribute('data-codes')).toBe('Negative');
    await page.getByRole('button', { name: 'Language', exact: true }).click();
    await expect.poll(() => page.locator('mark').getAttribute('data-codes')).toBe('Negative,Language');
    await page.getByRole('button', { name: 'Remove Negative' }).click();
    await expect.poll(() => page.locator('mark').getAttribute('data-codes')).toBe('Language');

    // A sub-code's dialog takes the browser's selection from the text: the span kept for coding
    // is drawn there all the same, and goes once the text is clicked.
    await text.click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    const span = await page.evaluate(() => window.getSelection()!.toString());
    const drawn = () => page.evaluate(() => [...(CSS.highlights.get('kept-selection') ?? [])].map((range) => range.toString()));
    expect(await drawn()).toEqual([]);
    // So does a click in the codebook's filter, which reloads nothing.
    await page.getByPlaceholder('Filter codes').click();
    await expect.poll(drawn).toEqual([span]);
    await page.getByRole('button', { name: 'Add a sub-code under Positive' }).click();
    await answer({ 'Code name': 'Language' });
    await expect.poll(drawn).toEqual([span]);
    await text.click();
    await expect.poll(drawn).toEqual([]);

    // The segment list's code filter names a sub-code by its path, so one of the same name under
    // another code is told apart.
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    const codeFilter = page.getByRole('combobox', { name: 'Filter by code' });
    await expect.poll(() => codeFilter.locator('option').allInnerTexts()).toContain('Themes/Belonging/Language');
    expect((await codeFilter.locator('option').allInnerTexts()).filter((o) => o.endsWith('/Language'))).toEqual(['Valence/Positive/Language', 'Themes/Belonging/Language']);
    expect(errors).toEqual([]);
  });
});
