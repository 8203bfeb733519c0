/**
 * What is coded from the keyboard is what is highlighted, however fast the keys come: a code key
 * pressed within milliseconds of the last Shift+→ coded the span the app had last heard of
 * (selectionchange comes later), 12 of 29 highlighted characters. And Ctrl+End / Ctrl+Home reach
 * the very end and start of a 300,000-character interview drawn in blocks, in one press.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall, longInterview } from './contract-client.js';

const env = useBrowserTestEnv();

const PHRASES = [
  'Аренда квартиры выросла вдвое за год, и мы переехали.',
  'Зарплата в Астане не успевает за ценами на жильё.',
  'Банк отказал в ипотеке без официальной справки.',
];
const TEXT = `И: Как изменилась жизнь?\n\nВ: ${PHRASES.join(' Потом было ещё. ')} Вот и всё.\n`;
/** Characters selected by Shift+→ before the code key: more than the app had heard of in the trial. */
const SELECTED = 29;

async function seed(appUrl: string, folder: string, text: string): Promise<number> {
  await apiCall(appUrl, 'session.setCoder', { name: 'Ada' });
  await apiCall(appUrl, 'project.create', { path: join(folder, 'keys.casecoder') });
  const item = await apiCall(appUrl, 'cases.create', { name: 'Айгерим', groupId: null });
  await apiCall(appUrl, 'documents.paste', { caseId: item.id, name: 'Интервью 1', text });
  const [document] = await apiCall(appUrl, 'documents.list', { caseId: item.id });
  return document!.id;
}

const marked = (page: Page) => page.locator('mark.coded').allInnerTexts();
const hint = (page: Page) => page.locator('aside.codebook > p.hint').innerText();

async function openDocument(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.case-list button.case').first().click();
  await page.locator('.case-list button.document').first().click();
  await page.getByTestId('document-text').waitFor();
}

/** Puts the caret before `phrase` and waits until the app has heard the selection is empty. */
async function caretBefore(page: Page, phrase: string): Promise<void> {
  await page.getByTestId('document-text').evaluate((container, needle) => {
    (container as HTMLElement).focus();
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at >= 0) return void window.getSelection()!.collapse(node, at);
    }
    throw new Error(`"${needle}" is not in the text`);
  }, phrase);
  await expect.poll(() => hint(page)).toBe('Select text in a document, then click a code or press its number.');
}

/**
 * Shift+→ `count` times, then the key given, all in one task of the page: the selection moves as
 * Shift+→ moves it, and the key comes before any selectionchange can be heard, as with keys
 * pressed within milliseconds.
 */
async function selectThenPress(page: Page, count: number, key: { key: string; code: string; ctrlKey?: boolean }): Promise<string> {
  return page.getByTestId('document-text').evaluate((container, { count, key }) => {
    const selection = window.getSelection()!;
    for (let i = 0; i < count; i++) selection.modify('extend', 'forward', 'character');
    const highlighted = selection.toString();
    container.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
    return highlighted;
  }, { count, key });
}

async function codedQuotes(appUrl: string, documentId: number): Promise<string[]> {
  const view = await apiCall(appUrl, 'documents.get', { id: documentId });
  const chars = [...view.text];
  return view.segments.map((s) => chars.slice(s.start, s.end).join(''));
}

describe('keyboard selection', () => {
  it('codes the highlighted span when the code key follows Shift+→ at once', async () => {
    const app = await env.start([], join(env.home, 'fast'));
    const documentId = await seed(app.url, join(env.home, 'fast'), TEXT);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openDocument(page, app.url);

    // A digit key.
    await caretBefore(page, PHRASES[0]!);
    const first = await selectThenPress(page, SELECTED, { key: '1', code: 'Digit1' });
    expect(first).toBe(PHRASES[0]!.slice(0, SELECTED));
    await expect.poll(() => codedQuotes(app.url, documentId)).toEqual([first.trim()]);
    await expect.poll(() => marked(page)).toEqual([first.trim()]);
    // The codebook says what was coded, not what it had heard of before.
    await expect.poll(() => hint(page)).toBe(`${first.trim().length} characters selected: click a code or press its number.`);

    // Ctrl+K, part of a code's name, Enter.
    await caretBefore(page, PHRASES[1]!);
    const second = await selectThenPress(page, SELECTED, { key: 'k', code: 'KeyK', ctrlKey: true });
    const picker = page.getByRole('dialog', { name: 'Apply a code' });
    await picker.getByRole('combobox').fill('negat');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await codedQuotes(app.url, documentId)).sort()).toEqual([first.trim(), second.trim()].sort());
    await expect.poll(() => marked(page)).toEqual([first.trim(), second.trim()]);

    // Real keys, back to back: Shift+→ pressed with no wait, then Ctrl+K and Enter.
    await caretBefore(page, PHRASES[2]!);
    for (let i = 0; i < SELECTED; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+k');
    await picker.getByRole('combobox').fill('posit');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await codedQuotes(app.url, documentId)).includes(PHRASES[2]!.slice(0, SELECTED).trim())).toBe(true);
    expect(await codedQuotes(app.url, documentId)).toHaveLength(3);
    expect(errors).toEqual([]);
  }, 90_000);

  it('reaches the end and the start of a 300,000-character interview in one Ctrl+End / Ctrl+Home', async () => {
    const app = await env.start([], join(env.home, 'long'));
    const text = longInterview(300_000);
    await seed(app.url, join(env.home, 'long'), text);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openDocument(page, app.url);
    const container = page.getByTestId('document-text');
    await container.focus();
    /** The selection's anchor and focus as positions in the text. */
    const ends = () => container.evaluate((element) => {
      const selection = window.getSelection()!;
      const at = (node: Node, offset: number) => {
        const range = document.createRange();
        range.setStart(element, 0);
        range.setEnd(node, offset);
        return range.toString().length;
      };
      return [at(selection.anchorNode!, selection.anchorOffset), at(selection.focusNode!, selection.focusOffset)];
    });
    await page.keyboard.press('Control+Home');
    expect(await ends()).toEqual([0, 0]);
    await page.keyboard.press('Control+End');
    expect(await ends()).toEqual([text.length, text.length]);
    // The end is on screen.
    const scroller = page.getByTestId('document-scroll');
    await expect.poll(() => scroller.evaluate((e) => e.scrollHeight - e.clientHeight - e.scrollTop)).toBeLessThan(2);
    await page.keyboard.press('Control+Shift+Home');
    expect(await ends()).toEqual([text.length, 0]);
    await page.keyboard.press('Control+Home');
    expect(await ends()).toEqual([0, 0]);
    await expect.poll(() => scroller.evaluate((e) => e.scrollTop)).toBe(0);
    await page.keyboard.press('Control+Shift+End');
    expect(await ends()).toEqual([0, text.length]);
    expect(errors).toEqual([]);
  }, 120_000);
});
