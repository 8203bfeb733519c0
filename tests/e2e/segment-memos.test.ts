/**
 * A segment's memo is found again (a user trial, in Russian): «Мемо…» on a coded passage opened
 * an empty dialog every time and saving wrote a second memo, and nothing on the passage said it
 * had one. Now the memo opens with its text to read and change, the segment carries a mark (in
 * the text's margin, in the list under the document and in the segment list) that opens it, a
 * memo emptied of its text is deleted, and undo takes back each step. Several memos on one
 * segment, as a merge leaves them, are listed to change the one chosen. A memo on uncoded text
 * makes its passage a segment holding it, marked on the line the passage starts on.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dragSelect, pointOn, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

const FIBRE = 'The fibre connection in my flat is faster than anything I had at home.';
const OK = 'ОК';
const WHOLE_SEGMENT = 'Мемо ко всему сегменту…';

/** Browser mode on the sample (its settings in `settings`, a folder of the test's), Anna's interview open in Russian as Ирина. */
async function openAnna(settings?: string) {
  const app = settings === undefined ? await env.start() : await env.start([], join(env.home, settings));
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
  const errors = watchErrors(page);
  await openAnnaAs(page, app.url);
  return { app, page, errors };
}

async function openAnnaAs(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Ирина');
  await page.getByRole('button', { name: OK, exact: true }).click();
  await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
  await page.locator('.case-list button.document').first().click();
  await expect.poll(() => page.getByTestId('document-text').innerText()).toContain(FIBRE);
}

/** «Мемо…» from the coding menu: on a selection made by hand inside the passage, or (selection null) a right-click on it with nothing selected. */
async function memoFromMenu(page: Page, passage: string, selection: string | null, item = 'Мемо…'): Promise<void> {
  if (selection) {
    // A reload after the last change may lay the text out again under a drag in progress: drag
    // until the passage is what is selected (as coding-tools.test.ts does).
    await expect.poll(async () => {
      await dragSelect(page, '[data-testid=document-text]', selection);
      return page.evaluate(() => window.getSelection()?.toString());
    }).toBe(selection);
  } else await page.evaluate(() => window.getSelection()?.removeAllRanges());
  const { x, y } = await pointOn(page, selection ?? passage);
  await page.mouse.click(x, y, { button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}

const memoText = (page: Page) => page.getByRole('dialog').getByLabel('Текст мемо', { exact: true });

describe("a segment's memo", () => {
  it('opens again with its text, is marked on the segment, is deleted when emptied, and each step is undone', async () => {
    mkdirSync(screens, { recursive: true });
    const { app, page, errors } = await openAnna();
    const segmentMemos = async () => (await apiCall(app.url, 'memos.find', { kind: 'segment' })).map((m) => m.text);
    const row = page.locator('.codings li', { hasText: FIBRE });
    const marks = page.getByRole('button', { name: 'Мемо к сегменту: 1' });
    const inMargin = page.getByTestId('coding-stripes').getByRole('button', { name: 'Мемо к сегменту: 1' });
    const undo = page.getByRole('button', { name: 'Отменить', exact: true });

    // As in the trial: a few words of the coded passage selected, right-click, «Мемо ко всему
    // сегменту…». The memo goes on the passage's segment, whose words the dialog shows.
    await memoFromMenu(page, FIBRE, 'connection in my flat', WHOLE_SEGMENT);
    await expect.poll(() => page.getByRole('dialog').locator('h2').innerText()).toBe('Мемо к этому сегменту');
    const dialog = page.getByRole('dialog', { name: 'Мемо к этому сегменту' });
    expect(await dialog.innerText()).toContain(FIBRE);
    await memoText(page).fill('Жильё снова.');
    await dialog.getByRole('button', { name: OK, exact: true }).click();
    await expect.poll(segmentMemos).toEqual(['Жильё снова.']);
    // Marked beside the passage and on its row under the document.
    await expect.poll(() => inMargin.count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Мемо к сегменту: 1' }).count()).toBe(1);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}segment-memo-marks-ru.png` });

    // Again from the menu: the memo opens with its text, and saved it is changed, not doubled.
    await memoFromMenu(page, FIBRE, 'faster than anything', WHOLE_SEGMENT);
    await expect.poll(() => memoText(page).inputValue()).toBe('Жильё снова.');
    await page.screenshot({ path: `${screens}segment-memo-reopened-ru.png` });
    await memoText(page).fill('Жильё снова: сравнить с кейсом 3.');
    await dialog.getByRole('button', { name: OK, exact: true }).click();
    await expect.poll(segmentMemos).toEqual(['Жильё снова: сравнить с кейсом 3.']);
    // The page shows it once its reload comes, after the project has it.
    await expect.poll(() => marks.count()).toBe(2);

    // Undone, the mark in the margin opens the memo as it was.
    await undo.click();
    await expect.poll(segmentMemos).toEqual(['Жильё снова.']);
    await inMargin.click();
    await expect.poll(() => memoText(page).inputValue()).toBe('Жильё снова.');
    await page.keyboard.press('Escape');
    // Opened from its row's mark and closed, the memo gives the focus back to that mark, not to
    // the margin's, which held it before (review-kk-1207 #11).
    await row.getByRole('button', { name: 'Мемо к сегменту: 1' }).click();
    await expect.poll(() => memoText(page).inputValue()).toBe('Жильё снова.');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!window.document.activeElement?.closest('.codings li'))).toBe(true);

    // Emptied from the mark on its row, the memo is deleted, and says so; undo brings it back.
    await row.getByRole('button', { name: 'Мемо к сегменту: 1' }).click();
    await expect.poll(() => memoText(page).inputValue()).toBe('Жильё снова.');
    expect(await dialog.innerText()).toContain('Сотрите текст, чтобы удалить мемо');
    await memoText(page).fill('');
    await dialog.getByRole('button', { name: OK, exact: true }).click();
    await expect.poll(() => page.locator('.message.done [role=status]').innerText()).toBe('Мемо удалено.');
    await expect.poll(segmentMemos).toEqual([]);
    await expect.poll(() => page.locator('.memo-mark').count()).toBe(0);
    await undo.click();
    await expect.poll(segmentMemos).toEqual(['Жильё снова.']);
    await expect.poll(() => marks.count()).toBe(2);

    // A right-click on the coded passage with nothing selected opens its memo too; another
    // passage's segment has none yet, and its dialog starts empty.
    await memoFromMenu(page, 'landlords wanted', null);
    await expect.poll(() => dialog.innerText()).toContain('landlords wanted a year paid up front');
    expect(await memoText(page).inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await memoFromMenu(page, FIBRE, null);
    await expect.poll(() => memoText(page).inputValue()).toBe('Жильё снова.');
    await page.keyboard.press('Escape');
    expect(await segmentMemos()).toEqual(['Жильё снова.']);
    expect(errors).toEqual([]);
  });

  it("lists a segment's several memos to change the one chosen, from the text and the segment list; other memos open with their text too", async () => {
    const { app, page, errors } = await openAnna('several');
    // Two memos on one segment, as a merge of two coders' projects leaves them.
    const document = await apiCall(app.url, 'documents.get', { id: (await apiCall(app.url, 'documents.list', {})).find((d) => d.name.startsWith('Anna'))!.id });
    const fibre = document.segments.find((s) => document.text.slice(s.start, s.end) === FIBRE)!;
    await apiCall(app.url, 'memos.create', { target: { kind: 'segment', id: fibre.id }, name: '', text: 'Жильё снова.' });
    await apiCall(app.url, 'memos.create', { target: { kind: 'segment', id: fibre.id }, name: 'Борис', text: 'Из проекта Бориса.' });
    await page.reload();
    const segmentMemos = async () => (await apiCall(app.url, 'memos.find', { kind: 'segment' })).map((m) => m.text).sort();

    await page.getByTestId('coding-stripes').getByRole('button', { name: 'Мемо к сегменту: 2' }).click();
    const list = page.getByRole('dialog', { name: 'Все мемо к этому сегменту' });
    await expect.poll(() => list.locator('.memo').allInnerTexts()).toEqual([expect.stringContaining('Жильё снова.'), expect.stringContaining('Из проекта Бориса.')]);
    await page.screenshot({ path: `${screens}segment-memo-list-ru.png` });
    await list.locator('.memo', { hasText: 'Из проекта Бориса.' }).getByRole('button', { name: 'Изменить мемо' }).click();
    const edit = page.getByRole('dialog', { name: 'Изменение мемо' });
    await expect.poll(() => edit.getByLabel('Текст мемо', { exact: true }).inputValue()).toBe('Из проекта Бориса.');
    await edit.getByLabel('Текст мемо', { exact: true }).fill('Из проекта Бориса: он кодирует иначе.');
    await edit.getByRole('button', { name: OK, exact: true }).click();
    // The list stays open, with the memo changed and none added.
    await expect.poll(() => list.locator('.memo').allInnerTexts()).toEqual([expect.stringContaining('Жильё снова.'), expect.stringContaining('Из проекта Бориса: он кодирует иначе.')]);
    expect(await segmentMemos()).toEqual(['Жильё снова.', 'Из проекта Бориса: он кодирует иначе.']);
    await list.getByRole('button', { name: 'Закрыть', exact: true }).click();

    // The segment list marks the row; its mark opens the memos without leaving the list.
    await page.getByRole('button', { name: 'Сегменты', exact: true }).click();
    const gridMark = page.getByRole('row').filter({ hasText: FIBRE }).getByRole('button', { name: 'Мемо к сегменту: 2' });
    await expect.poll(() => gridMark.count()).toBe(1);
    await gridMark.click();
    await expect.poll(() => list.locator('.memo').count()).toBe(2);
    await page.screenshot({ path: `${screens}segment-memo-grid-ru.png` });
    await list.getByRole('button', { name: 'Закрыть', exact: true }).click();
    expect(await page.getByRole('grid').count()).toBe(1);

    // A document's memo and a memo on uncoded text open with their text as well.
    await page.locator('.case-list button.case', { hasText: 'Anna' }).click();
    await page.locator('.case-list button.document').first().click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).toContain(FIBRE);
    await page.getByRole('tab', { name: 'Мемо' }).click();
    // The document's Memos tab lists its segments' memos under its own, each opening the segment's.
    const ofSegments = page.getByRole('region', { name: 'Мемо к его сегментам' });
    await expect.poll(() => ofSegments.locator('.memo p').allInnerTexts()).toEqual(['Из проекта Бориса: он кодирует иначе.', 'Жильё снова.']);
    await ofSegments.locator('.memo').first().getByRole('button', { name: 'Изменить мемо' }).click();
    await expect.poll(() => list.locator('.memo').count()).toBe(2);
    await list.getByRole('button', { name: 'Закрыть', exact: true }).click();
    await page.getByRole('button', { name: 'Добавить мемо' }).click();
    await memoText(page).fill('Интервью в кафе.');
    await page.getByRole('dialog').getByRole('button', { name: OK, exact: true }).click();
    await page.locator('.side-pane .memo', { hasText: 'Интервью в кафе.' }).getByRole('button', { name: 'Изменить мемо' }).click();
    await expect.poll(() => memoText(page).inputValue()).toBe('Интервью в кафе.');
    await page.keyboard.press('Escape');
    await memoFromMenu(page, 'My employer', 'My employer let me keep');
    await memoText(page).fill('Работодатель помог.');
    await page.getByRole('dialog').getByRole('button', { name: OK, exact: true }).click();
    // The memo on uncoded text is on its passage, made a segment with no code (memos.createOnPassage), marked in the text.
    await expect.poll(async () => (await apiCall(app.url, 'memos.find', { kind: 'segment' })).length).toBe(3);
    await expect.poll(() => page.getByTestId('coding-stripes').getByRole('button', { name: 'Мемо к сегменту: 1' }).count()).toBe(1);
    await memoFromMenu(page, 'My employer', 'My employer let me keep');
    await expect.poll(() => memoText(page).inputValue()).toBe('Работодатель помог.');
    await page.keyboard.press('Escape');
    expect((await apiCall(app.url, 'memos.find', { kind: 'document' })).map((m) => m.text)).toEqual(['Интервью в кафе.']);
    const passage = (await apiCall(app.url, 'memos.find', { kind: 'segment' })).find((m) => m.text === 'Работодатель помог.');
    expect(passage).toMatchObject({ name: 'My employer let me keep' });
    expect(errors).toEqual([]);
  });

  it('marks a memo on uncoded text on the line its passage starts on, also where the line wraps just before it', async () => {
    const { app, page, errors } = await openAnna('wrapped');
    const document = await apiCall(app.url, 'documents.get', { id: (await apiCall(app.url, 'documents.list', {})).find((d) => d.name.startsWith('Anna'))!.id });
    const start = document.text.indexOf('My employer');
    const codedTab = () => page.getByRole('tab', { name: /^Закодированные сегменты/ }).innerText();
    const coded = await codedTab();
    await apiCall(app.url, 'memos.createOnPassage', { documentId: document.document.id, start, end: start + 'My employer let me keep'.length, text: 'Работодатель помог.' });
    await page.reload();
    const mark = page.getByTestId('coding-stripes').getByRole('button', { name: 'Мемо к сегменту: 1' });
    await expect.poll(() => mark.count()).toBe(1);
    // Opened by a press on its mark and closed, the memo gives the focus back to the mark.
    await page.locator('.case-list button.document').first().focus();
    await mark.click();
    await expect.poll(() => memoText(page).inputValue()).toBe('Работодатель помог.');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.document.activeElement?.getAttribute('aria-label'))).toBe('Мемо к сегменту: 1');
    // Its words are underlined, so which words the memo is on shows without opening it.
    await expect.poll(() => page.locator('[data-testid=document-text] .noted').allInnerTexts()).toEqual(['My employer let me keep']);
    // No coded segment more; the Memos tab lists the passage's memo under a line saying the document itself has none.
    expect(await codedTab()).toBe(coded);
    await page.getByRole('tab', { name: 'Мемо' }).click();
    await expect.poll(() => page.locator('.side-pane').innerText()).toContain('К самому документу мемо нет.');
    await expect.poll(() => page.locator('.side-pane').innerText()).toContain('Работодатель помог.');
    // The passage's first letter and whether a line wraps between it and the word before it.
    const firstLetter = () => page.evaluate(() => {
      const root = window.document.querySelector('[data-testid=document-text]')!;
      const walker = window.document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('My employer');
        if (at < 0) continue;
        const letter = window.document.createRange();
        letter.setStart(node, at);
        letter.setEnd(node, at + 1);
        const before = window.document.createRange();
        before.setStart(root, 0);
        before.setEnd(node, at);
        const [box] = letter.getClientRects();
        const lines = [...before.getClientRects()].filter((r) => r.width > 0);
        return { top: box!.top, bottom: box!.bottom, wrapped: lines.length > 0 && lines[lines.length - 1]!.bottom <= box!.top };
      }
      return null;
    });
    // A width at which the line breaks right before the passage, so its start is at the end of
    // the text before it (text-selection.ts pointAt), on the line above.
    let wrapped = false;
    for (let width = 1400; width >= 900 && !wrapped; width -= 6) {
      await page.setViewportSize({ width, height: 900 });
      wrapped = (await firstLetter())?.wrapped ?? false;
    }
    expect(wrapped).toBe(true);
    const letter = (await firstLetter())!;
    await expect.poll(async () => {
      const box = (await mark.boundingBox())!;
      return box.y + box.height / 2 >= letter.top && box.y <= letter.bottom;
    }).toBe(true);
    expect(errors).toEqual([]);
  });

  it('puts a memo on words selected within a coded passage on those words, when asked, and finds it there again', async () => {
    const { app, page, errors } = await openAnna('within');
    await memoFromMenu(page, FIBRE, 'connection in my flat', 'Мемо к выделенным словам…');
    const dialog = page.getByRole('dialog', { name: 'Мемо к этому фрагменту' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('connection in my flat');
    expect(await dialog.innerText()).not.toContain(FIBRE);
    await memoText(page).fill('Только о подключении.');
    await dialog.getByRole('button', { name: OK, exact: true }).click();
    const onWords = async () => (await apiCall(app.url, 'memos.find', { kind: 'segment' })).map((m) => [m.text, m.end! - m.start!]);
    await expect.poll(onWords).toEqual([['Только о подключении.', 'connection in my flat'.length]]);
    // The same words again: their own segment now, whose memo opens with its text.
    await memoFromMenu(page, FIBRE, 'connection in my flat');
    await expect.poll(() => memoText(page).inputValue()).toBe('Только о подключении.');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
