/**
 * Coding without the codebook: the context menu on a selection (active framework's codes with
 * their digits, recent codes, a new code, a memo), the Ctrl+K picker, undo and redo from the
 * keyboard, the "?" list, and the brackets beside the text (hover, click, remove, change) — also
 * on a 300,000-character interview where only brackets near the viewport are drawn.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calledMethod, dragSelect, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { seedLongInterview } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

const marked = (page: Page, code: string) => page.locator(`mark[data-codes*="${code}"]`).allInnerTexts();

async function rightClickOn(page: Page, text: string): Promise<void> {
  await dragSelect(page, '[data-testid=document-text]', text);
  const box = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON() as DOMRect);
  await page.mouse.click(box.left + 5, box.top + box.height / 2, { button: 'right' });
  await page.getByRole('menu').waitFor();
}

/** A browser on the demo, as `coder`, with Anna's interview open. */
async function annasInterview(folder?: string, coder?: string) {
  const app = await env.start([], folder === undefined ? undefined : join(env.home, folder));
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = watchErrors(page);
  await openAsCoder(page, app.url, coder);
  await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
  await page.locator('.case-list button.document').first().click();
  await expect.poll(() => page.getByTestId('document-text').innerText()).toContain('My employer');
  return { app, page, errors };
}

describe('coding tools', () => {
  it('codes from the context menu and the picker, undoes from the keyboard, lists the shortcuts', async () => {
    mkdirSync(screens, { recursive: true });
    const { page, errors } = await annasInterview();

    // The active framework is marked and its codes carry their digits in the menu.
    await page.getByRole('button', { name: 'STEEPL', exact: true }).click();
    await expect.poll(() => page.locator('.framework.active .active-badge').innerText()).toBe('keys 1–9');
    await rightClickOn(page, 'My employer let me keep the same contract');
    const menu = page.getByRole('menu', { name: 'Code the selection' });
    await expect.poll(() => menu.textContent()).toContain('Codes of STEEPL');
    expect(await menu.getByRole('menuitem', { name: 'Legal 6' }).count()).toBe(1);
    await page.screenshot({ path: `${screens}coding-menu.png` });
    await menu.getByRole('menuitem', { name: 'Legal 6' }).click();
    await expect.poll(() => marked(page, 'Legal')).toContain('My employer let me keep the same contract');

    // A recent code of the active framework is not listed twice; a new code is made and
    // applied in one go.
    await rightClickOn(page, 'so the move cost me little');
    await expect.poll(() => menu.getByRole('menuitem', { name: 'Legal 6' }).count()).toBe(1);
    expect(await menu.textContent()).not.toContain('Recently used');
    expect(await menu.getByRole('menuitem', { name: /^Legal/ }).count()).toBe(1);
    await menu.getByRole('menuitem', { name: 'New code…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Code name').fill('Relocation cost');
    expect(await dialog.getByLabel('Colour').inputValue()).toMatch(/^#[0-9a-f]{6}$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page, 'Relocation cost')).toContain('so the move cost me little');

    // A memo on the passage from the menu.
    await rightClickOn(page, 'Renting was the hard part');
    await menu.getByRole('menuitem', { name: 'Memo…' }).click();
    await page.getByRole('dialog').getByLabel('Memo').fill('Housing again.');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('tab', { name: 'Memos' }).click();
    await expect.poll(() => page.locator('.side-pane').innerText()).toContain('Housing again.');

    // Ctrl+K: filter by part of a name in any framework, Enter applies.
    // The memo's refresh may lay the text out again under a drag in progress (CI, under load,
    // once selected the end of the line above): drag until the passage is what is selected.
    await expect.poll(async () => {
      await dragSelect(page, '[data-testid=document-text]', 'Renting was the hard part');
      return page.evaluate(() => window.getSelection()?.toString());
    }).toBe('Renting was the hard part');
    await page.keyboard.press('Control+k');
    const picker = page.getByRole('dialog', { name: 'Apply a code' });
    await picker.getByRole('combobox').fill('val neg');
    await expect.poll(() => picker.getByRole('option').allInnerTexts()).toEqual(['Valence › Negative']);
    await page.screenshot({ path: `${screens}code-picker.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page, 'Negative')).toContain('Renting was the hard part');
    // A code of another framework, used just now, is offered next time under Recently used.
    await rightClickOn(page, 'so the move cost me little');
    await expect.poll(() => menu.textContent()).toContain('Recently used');
    expect(await menu.getByRole('menuitem', { name: 'Negative', exact: true }).count()).toBe(1);
    await page.keyboard.press('Escape');

    // Undo and redo from the keyboard. The buttons say what they would take back or do again,
    // naming the code; a polite status says what was.
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
    const said = page.getByRole('status').filter({ hasText: /^(Undone|Redone): / });
    expect(await undoButton.getAttribute('title')).toBe('Undo: apply code “Negative” (Ctrl+Z)');
    await page.getByTestId('document-text').click();
    const textTop = () => page.getByTestId('document-text').evaluate((element) => Math.round(element.getBoundingClientRect().top));
    const top = await textTop();
    await page.keyboard.press('Control+z');
    await expect.poll(() => marked(page, 'Negative')).not.toContain('Renting was the hard part');
    await expect.poll(() => said.innerText()).toBe('Undone: apply code “Negative”');
    // The message floats over the window's foot: as a bar over the workspace it pushed the text down, and up again.
    expect(await textTop()).toBe(top);
    expect(await redoButton.getAttribute('title')).toBe('Redo: apply code “Negative” (Ctrl+Shift+Z)');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => marked(page, 'Negative')).toContain('Renting was the hard part');
    await expect.poll(() => said.innerText()).toBe('Redone: apply code “Negative”');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(() => marked(page, 'Negative')).toContain('Renting was the hard part');
    // Undone where the document is not shown, the message says which it was in.
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => said.innerText()).toBe('Undone: apply code “Negative” in Programmers · Anna — interview');
    await page.keyboard.press('Control+y');
    await expect.poll(() => said.innerText()).toBe('Redone: apply code “Negative” in Programmers · Anna — interview');
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.locator('.case-list button.document').first().click();

    // On Cyrillic layouts the keys give letters: the Kazakh number row «ғ» for 5 (STEEPL's
    // Political), Russian Ctrl+Z «я».
    const press = (key: string, code: string, ctrlKey = false) =>
      page.getByTestId('document-text').dispatchEvent('keydown', { key, code, ctrlKey, bubbles: true });
    await expect.poll(async () => {
      await dragSelect(page, '[data-testid=document-text]', 'Renting was the hard part');
      return page.evaluate(() => window.getSelection()?.toString());
    }).toBe('Renting was the hard part');
    await press('ғ', 'Digit5');
    await expect.poll(() => marked(page, 'Political')).toContain('Renting was the hard part');
    await press('я', 'KeyZ', true);
    await expect.poll(() => marked(page, 'Political')).not.toContain('Renting was the hard part');

    // "?" lists every shortcut; Escape closes it.
    await page.keyboard.press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => list.innerText()).toContain('Ctrl+K');
    expect(await list.innerText()).toContain('Ctrl+Shift+Z');
    // The column edges' keys, which no menu names.
    expect(await list.innerText()).toContain('On a column’s edge (the side columns, the segment table’s heads): narrow or widen it');
    await page.screenshot({ path: `${screens}shortcut-list.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);

  it('draws a bracket per coding beside the text; hover tells, click selects and edits', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.locator('.case-list button.document').first().click();
    const stripes = page.getByTestId('coding-stripes').locator('.stripe');
    // Anna's demo account: two codings on the fibre sentence and two on the landlords, one forecast (+ the first test's).
    await expect.poll(() => stripes.count()).toBeGreaterThanOrEqual(5);
    const technological = stripes.and(page.locator('[aria-label^="Technological"]'));
    await technological.hover();
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('Technological');
    await page.screenshot({ path: `${screens}coding-stripes.png` });
    await technological.click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(
      'The fibre connection in my flat is faster than anything I had at home.',
    );
    const card = page.getByRole('dialog', { name: 'Coded segment' });
    await page.screenshot({ path: `${screens}segment-card.png` });
    await card.getByRole('button', { name: 'Change Technological to another code' }).click();
    // Its list of codes finds a code by the letters of its name typed, not of its path.
    await card.getByRole('menu', { name: 'Change Technological to another code' }).getByRole('menuitem').first().waitFor();
    await page.keyboard.type('ec');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('STEEPL › Economic');
    await page.keyboard.press('Enter');
    // Demo coder's coding, as the removal below: changing it asks first too.
    await page.getByRole('dialog', { name: 'Change Technological, coded by Demo coder?' }).getByRole('button', { name: 'Change their coding' }).click();
    await expect.poll(() => page.locator('[aria-label^="Economic"]').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.stripe[aria-label^="Technological"]').count()).toBe(0);
    await page.locator('.stripe[aria-label^="Positive"]').first().click();
    // The demo's codings are Demo coder's, not this session's coder's: removing one asks first.
    await card.getByRole('button', { name: 'Remove Positive' }).click();
    await page.getByRole('dialog', { name: 'Remove Positive, coded by Demo coder?' }).getByRole('button', { name: 'Remove their coding' }).click();
    await expect.poll(() => page.locator('.stripe[aria-label^="Positive"]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('keeps a card opened on another bracket while the change made in the last one is written', async () => {
    const { page, errors } = await annasInterview('two-cards');
    const stripe = (code: string) => page.locator(`.stripe[aria-label^="${code}"]`).first();
    await stripe('Technological').click();
    const card = page.getByRole('dialog', { name: 'Coded segment' });
    // The change answered late, as on a busy machine: the researcher has moved on to the landlords' bracket.
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/call', async (route) => {
      if (calledMethod(route.request()) === 'coding.change') await answered;
      await route.continue();
    });
    await card.getByRole('button', { name: 'Change Technological to another code' }).click();
    await card.getByRole('menuitem', { name: 'STEEPL › Economic' }).click();
    await page.getByRole('dialog', { name: 'Change Technological, coded by Demo coder?' }).getByRole('button', { name: 'Change their coding' }).click();
    await stripe('Negative').click();
    await card.getByRole('button', { name: 'Remove Negative' }).waitFor();
    answer();
    await expect.poll(() => page.locator('.stripe[aria-label^="Technological"]').count()).toBe(0);
    // The landlords' card stays open: the change closed its own card, which had gone.
    await page.waitForTimeout(500);
    expect(await card.getByRole('button', { name: 'Remove Negative' }).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);

  it("asks before removing another coder's coding, and removes one's own at once", async () => {
    // A fresh demo study of its own: its codings are all Demo coder's; this session codes as Ada.
    const { page, errors } = await annasInterview('team', 'Ada');
    const fibre = page.locator('ul.codings li', { hasText: 'The fibre connection' });
    const chips = (code: string) => fibre.locator('.chip', { hasText: code });
    await expect.poll(() => chips('Positive').count()).toBe(1);

    // Another coder's chip: the × asks, naming whose coding it is; Cancel keeps it.
    await chips('Positive').getByRole('button', { name: 'Remove Positive' }).click();
    const question = page.getByRole('dialog', { name: 'Remove Positive, coded by Demo coder?' });
    await expect.poll(() => question.innerText()).toContain("This coding is Demo coder's work, not yours.");
    await page.screenshot({ path: `${screens}remove-others-coding.png` });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await chips('Positive').count()).toBe(1);
    expect(await page.locator('mark[data-codes*="Positive"]').count()).toBeGreaterThan(0);

    // Confirmed, it goes.
    await chips('Positive').getByRole('button', { name: 'Remove Positive' }).click();
    await question.getByRole('button', { name: 'Remove their coding' }).click();
    await expect.poll(() => chips('Positive').count()).toBe(0);

    // Changing their coding to another code from the bracket's card asks as well; Cancel keeps it.
    await page.locator('.stripe[aria-label^="Technological"]').first().click();
    await page.getByRole('dialog', { name: 'Coded segment' }).getByRole('button', { name: 'Change Technological to another code' }).click();
    await page.getByRole('menuitem', { name: 'STEEPL › Legal' }).click();
    const change = page.getByRole('dialog', { name: 'Change Technological, coded by Demo coder?' });
    await expect.poll(() => change.innerText()).toContain("This coding is Demo coder's work, not yours.");
    await change.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => change.count()).toBe(0);
    expect(await page.locator('.stripe[aria-label^="Technological"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.stripe[aria-label^="Legal"]').count()).toBe(0);

    // Removing from the bracket's card.
    await page.keyboard.press('Escape');
    await page.locator('.stripe[aria-label^="Technological"]').first().click();
    await page.getByRole('dialog', { name: 'Coded segment' }).getByRole('button', { name: 'Remove Technological' }).click();
    await page.getByRole('dialog', { name: 'Remove Technological, coded by Demo coder?' }).getByRole('button', { name: 'Remove their coding' }).click();
    await expect.poll(() => page.locator('.stripe[aria-label^="Technological"]').count()).toBe(0);

    // One's own coding: one click, no question (undo brings it back).
    await expect.poll(async () => {
      await dragSelect(page, '[data-testid=document-text]', 'The fibre connection');
      return page.evaluate(() => window.getSelection()?.toString());
    }).toBe('The fibre connection');
    await page.getByRole('button', { name: 'Economic', exact: true }).click();
    const mine = page.locator('ul.codings li', { hasText: 'The fibre connection' }).locator('.chip', { hasText: 'Ada' });
    await expect.poll(() => mine.count()).toBe(1);
    await mine.getByRole('button', { name: 'Remove Economic' }).click();
    await expect.poll(() => mine.count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // In Russian, the question is asked in Russian.
    await page.getByLabel('Language').selectOption('ru');
    const landlords = page.locator('ul.codings li', { hasText: 'landlords' }).locator('.chip', { hasText: 'Negative' });
    await landlords.getByRole('button', { name: 'Снять код «Negative»' }).click();
    const russian = page.getByRole('dialog', { name: 'Снять код «Negative» (кодировщик: Demo coder)?' });
    await expect.poll(() => russian.innerText()).toContain('сделано кодировщиком Demo coder, а не вами. Код будет снят в этом проекте (в копии коллеги он останется).');
    await page.screenshot({ path: `${screens}remove-others-coding-ru.png` });
    await russian.getByRole('button', { name: 'Отмена' }).click();
    expect(await landlords.count()).toBe(1);
    expect(errors).toEqual([]);
  }, 90_000);

  it("changes and adds a segment's codes from its card only when a code is chosen, and says what was done", async () => {
    const { app, page, errors } = await annasInterview('card-keys', 'Ada');
    const fibre = page.locator('ul.codings li', { hasText: 'The fibre connection' }).locator('.chip');
    await expect.poll(() => fibre.allInnerTexts()).toHaveLength(2);
    const said = page.locator('.app > [role=status]');
    const focusedName = () => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim()));
    const card = page.getByRole('dialog', { name: 'Coded segment' });
    const openCard = async (code: string) => {
      await page.locator(`.stripe[aria-label^="${code}"]`).first().focus();
      await page.keyboard.press('Enter');
      await card.waitFor();
    };

    // The card opens on its first coding's change of code, a menu button.
    await openCard('Technological');
    expect(await focusedName()).toBe('Change Positive to another code');
    // On «Add a code», ↓ opens its list and moves in it: nothing is coded (it was at the first ↓).
    await card.getByRole('button', { name: 'Add a code' }).focus();
    await page.keyboard.press('ArrowDown');
    const list = card.getByRole('menu', { name: 'Add a code' });
    await expect.poll(() => focusedName()).toBe('Valence › Positive');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('Valence › Forecast');
    await page.waitForTimeout(500);
    expect(await fibre.count()).toBe(2);
    // Escape closes the list alone, back on its button.
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await card.count()).toBe(1);
    expect(await focusedName()).toBe('Add a code');
    // Enter on a code chosen codes; it is said, and the focus stays in the page (it fell to <body>).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    expect(await focusedName()).toBe('STEEPL › Legal');
    await page.keyboard.press('Enter');
    await expect.poll(() => fibre.allInnerTexts()).toHaveLength(3);
    await expect.poll(() => said.innerText()).toBe('Coded: Legal');
    await expect.poll(() => card.count()).toBe(0);
    expect(await focusedName()).not.toBe('BODY');

    // A change of code, one's own at once: said from what to what.
    await openCard('Legal');
    await card.getByRole('button', { name: 'Change Legal to another code' }).click();
    await card.getByRole('menuitem', { name: 'STEEPL › Political' }).click();
    await expect.poll(() => said.innerText()).toBe('Changed: Legal → Political');
    await expect.poll(() => fibre.filter({ hasText: 'Political' }).count()).toBe(1);
    // Another coder's after asking, as before.
    await openCard('Technological');
    await card.getByRole('button', { name: 'Change Technological to another code' }).click();
    await card.getByRole('menuitem', { name: 'STEEPL › Economic' }).click();
    await page.getByRole('dialog', { name: 'Change Technological, coded by Demo coder?' }).getByRole('button', { name: 'Change their coding' }).click();
    await expect.poll(() => said.innerText()).toBe('Changed: Technological → Economic');

    // An exclusive framework's code names the code it took the place of, and none where there was none.
    await openCard('Political');
    await card.getByRole('button', { name: 'Add a code' }).click();
    await card.getByRole('menuitem', { name: 'Valence › Negative' }).click();
    await expect.poll(() => said.innerText()).toBe('Coded: Negative');
    await openCard('Political');
    await card.getByRole('button', { name: 'Add a code' }).click();
    await card.getByRole('menuitem', { name: 'Valence › Forecast' }).click();
    await expect.poll(() => said.innerText()).toBe('Coded: Forecast, in place of Negative');

    // A removal is said, and a memo saved.
    await openCard('Political');
    await card.getByRole('button', { name: 'Remove Political' }).click();
    await expect.poll(() => said.innerText()).toBe('Removed: Political');
    await openCard('Forecast');
    await card.getByRole('button', { name: 'Write a memo on the coding Forecast (Ada)' }).click();
    await page.getByRole('dialog').getByLabel('Memo').fill('Ada expects to stay.');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => said.innerText()).toBe('Memo saved');
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps the text exactly as stored whatever is pressed in it, so a coding lands on the span selected', async () => {
    const { page, errors } = await annasInterview('keys');
    const text = page.getByTestId('document-text');
    await expect.poll(() => text.innerText()).toContain('My employer');
    const stored = await text.innerText();
    // Each with a few characters selected: deleting or typing over them is what an edit would do.
    const edits: [string, () => Promise<void>][] = [
      ...['Backspace', 'Delete', 'Control+Backspace', 'Control+Delete', 'Enter', 'x'].map((key): [string, () => Promise<void>] => [key, () => page.keyboard.press(key)]),
      ['typed ж', () => page.keyboard.type('ж')],
      ['text from an input method', () => page.keyboard.insertText('н')],
    ];
    for (const [what, edit] of edits) {
      await dragSelect(page, '[data-testid=document-text]', 'keep the same');
      await edit();
      expect(await text.innerText(), what).toBe(stored);
      // Refused, not undone by drawing the text again: the selection is still there.
      expect(await page.evaluate(() => window.getSelection()?.toString()), what).toBe('keep the same');
    }
    // An edit that cannot be refused (an input method's composition) is drawn over from the stored text.
    await page.evaluate(() => {
      const container = document.querySelector('[data-testid=document-text]')!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      node.data = `н${node.data}`;
      container.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: 'н' }));
    });
    await expect.poll(() => text.innerText()).toBe(stored);
    // And a coding made after all that holds exactly the words selected.
    await dragSelect(page, '[data-testid=document-text]', 'the same contract');
    await page.getByRole('button', { name: 'Economic', exact: true }).click();
    await expect.poll(() => page.locator('ul.codings li .quote, ul.codings li').allInnerTexts()).toContainEqual(expect.stringContaining('the same contract'));
    await expect.poll(() => marked(page, 'Economic')).toContain('the same contract');
    expect(errors).toEqual([]);
  }, 90_000);

  it('codes words inside a passage just coded: a drag in the selection kept for coding selects anew', async () => {
    const { page, errors } = await annasInterview('nested');
    const selected = () => page.evaluate(() => window.getSelection()?.toString());
    // As the seed study codes: a passage by its valence, then the sentences in it by STEEPL.
    const passage = 'My employer let me keep the same contract';
    await dragSelect(page, '[data-testid=document-text]', passage);
    await page.getByRole('button', { name: 'Negative', exact: true }).click();
    await expect.poll(() => marked(page, 'Negative')).toContain(passage);
    // The selection stays for coding; a drag inside it, from its first word, selects the words dragged over.
    expect(await selected()).toBe(passage);
    await dragSelect(page, '[data-testid=document-text]', 'My employer');
    expect(await selected()).toBe('My employer');
    await page.getByRole('button', { name: 'Legal', exact: true }).click();
    await expect.poll(() => marked(page, 'Legal')).toContain('My employer');
    expect(await marked(page, 'Legal')).not.toContain(passage);
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws only the brackets near the viewport of a 300,000-character interview', async () => {
    const app = await env.start([], join(env.home, 'long'));
    await seedLongInterview(app.url, join(env.home, 'long', 'long.casecoder'), 300_000, 400);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().click();
    await page.locator('.case-list button.document').first().click();
    const stripes = page.getByTestId('coding-stripes').locator('.stripe');
    await expect.poll(() => stripes.count()).toBeGreaterThan(0);
    expect(await stripes.count()).toBeLessThan(40);
    // Scrolled to and fro where no block comes near the viewport or leaves its neighbourhood, the
    // margin is not measured again: the brackets scroll with the text. It was measured on every
    // scrolled frame, a fifth of a long interview's frame.
    const scroller = page.getByTestId('document-scroll');
    const measured = await scroller.evaluate(async (element) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // The band `measure` draws: half a viewport above and below it. A place where no block's
      // edge is within 60 px of the band's edges, after the blocks there are laid out.
      const quiet = () => {
        const view = element.getBoundingClientRect();
        const edges = [view.top - view.height / 2, view.bottom + view.height / 2];
        return [...element.querySelectorAll('.text-chunk')].every((block) => {
          const box = block.getBoundingClientRect();
          return edges.every((edge) => Math.abs(box.top - edge) > 60 && Math.abs(box.bottom - edge) > 60);
        });
      };
      for (element.scrollTop = 3000; !quiet(); element.scrollTop += 20) {
        for (let i = 0; i < 3; i++) await frame();
      }
      const wiggle = async () => {
        for (let i = 0; i < 20; i++) {
          element.scrollTop += i % 2 ? -40 : 40;
          await frame();
        }
        for (let i = 0; i < 5; i++) await frame();
      };
      // Once unwatched, so a block the browser lays out for the first time (the text's size
      // changes, which is measured) is laid out before the watched one.
      await wiggle();
      let ranges = 0;
      const measure = Range.prototype.getClientRects;
      Range.prototype.getClientRects = function (this: Range) {
        ranges++;
        return measure.call(this);
      };
      await wiggle();
      Range.prototype.getClientRects = measure;
      return ranges;
    });
    expect(measured).toBe(0);
    // Jump to the middle: the brackets follow, and each frame's work stays small.
    const took = await scroller.evaluate(async (element) => {
      const times: number[] = [];
      for (let i = 1; i <= 10; i++) {
        const before = performance.now();
        element.scrollTop = (element.scrollHeight * i) / 20;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        times.push(performance.now() - before);
      }
      return Math.max(...times);
    });
    console.log(`slowest scroll step with brackets: ${took.toFixed(0)} ms`);
    expect(took).toBeLessThan(500);
    await expect.poll(() => stripes.count()).toBeGreaterThan(0);
    expect(await stripes.count()).toBeLessThan(40);
    const inView = await stripes.evaluateAll((elements) => {
      const view = document.querySelector('[data-testid=document-scroll]')!.getBoundingClientRect();
      return elements.some((e) => {
        const box = e.getBoundingClientRect();
        return box.bottom > view.top && box.top < view.bottom;
      });
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
