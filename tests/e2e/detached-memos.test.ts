/**
 * Nothing a researcher wrote is lost, in Russian: a coding's note stays on it when its code is
 * replaced from the segment's card («Заменить на»), and memos whose case was deleted (the case's
 * own, and that note with the case's codings) are in All memos as «Без привязки», found by the list's own filter, changed and deleted there, and
 * back by undo. Before, both memos were in the file and shown nowhere. Screenshot:
 * test-results/screens/detached-memos-ru.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';
import { startWithCodedInterview } from './coded-interview.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const NOTE = 'Негативное: жильё съедает доход, а не работа.';
const VISIT = 'Говорили на кухне, соседка слушала.';

describe('memos no longer attached', () => {
  it('keep a coding note through a change of its code, and are listed, changed, deleted and restored when their case is gone', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await startWithCodedInterview(env, 'detached', [
      { start: 0, end: 33, code: 'Негативное', note: NOTE }, { start: 34, end: 63, code: 'Экономические' },
    ]);
    const memos = async () => (await apiCall(app.url, 'memos.find', {})).map((m) => `${m.targetKind} ${(m.targetLabel ?? '').split(' · ')[0]}: ${m.text}`);

    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.center > .tabs button').first().click();
    const row = page.locator('.body-row').filter({ hasText: 'Аренда' });
    await row.focus();
    await page.keyboard.press('Enter');

    // The card's «Заменить на»: the teammate's coding becomes Ирина's Экономические, with its note.
    await page.locator('.stripe[aria-label^="Негативное"]').click();
    await page.locator('.segment-card').getByRole('button', { name: 'Заменить Негативное другим кодом' }).click();
    await page.locator('.segment-card').getByRole('menuitem', { name: /Экономические$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Заменить чужой код', exact: true }).click();
    await expect.poll(memos).toEqual([`coding Экономические: ${NOTE}`]);

    // A memo on the case, then the case deleted: its memo, and the note on its coding, are listed without what they were on.
    const [item] = await apiCall(app.url, 'cases.list', {});
    await apiCall(app.url, 'memos.create', { target: { kind: 'case', id: item!.id }, name: 'Визит', text: VISIT });
    await apiCall(app.url, 'cases.delete', { id: item!.id });
    await page.reload();
    await chooseFromMenu(page, 'Анализ', 'Все мемо');
    const list = page.locator('.memo-list');
    await list.getByLabel('К чему').selectOption({ label: 'Мемо без привязки' });
    const entries = list.locator('.kwic > li');
    const entry = entries.filter({ hasText: VISIT });
    await expect.poll(() => entry.innerText()).toContain('Без привязки');
    expect(await entries.allInnerTexts()).toEqual([expect.stringContaining(VISIT), expect.stringContaining(NOTE)]);
    expect(await entry.innerText()).toContain('То, к чему было это мемо, удалено; само мемо сохранено.');
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}detached-memos-ru.png` });

    await entry.getByRole('button', { name: 'Изменить мемо' }).click();
    const edit = page.getByRole('dialog', { name: 'Изменение мемо' });
    await edit.getByLabel('Текст мемо', { exact: true }).fill('Говорили на балконе.');
    await edit.getByRole('button', { name: 'ОК', exact: true }).click();
    const changed = entries.filter({ hasText: 'Говорили на балконе.' });
    await expect.poll(() => changed.count()).toBe(1);

    await changed.getByRole('button', { name: 'Удалить мемо' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click();
    await expect.poll(() => entries.allInnerTexts()).toEqual([expect.stringContaining(NOTE)]);
    await page.getByRole('button', { name: 'Отменить', exact: true }).click();
    await expect.poll(() => changed.count()).toBe(1);
    expect(await memos()).toEqual([`detached : Говорили на балконе.`, `detached : ${NOTE}`]);
    expect(errors).toEqual([]);
  }, 60_000);
});
