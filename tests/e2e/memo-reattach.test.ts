/**
 * A memo left on nothing is attached again, in Russian: Олег's case is deleted with a memo on it,
 * the memo is «Без привязки» in All memos, «Прикрепить к…» opens a dialog where the kind is
 * chosen, then the case (documents named with their case), and the memo is then listed on Вера's
 * case and in her sheet; Undo leaves it on nothing again. Before, such a memo stayed orphaned.
 * Screenshots: test-results/screens/memo-reattach-dialog-ru.png, memo-reattach-list-ru.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';
import { englishOnScreen } from './english-on-screen.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const VISIT = 'Говорили на кухне, соседка слушала.';

describe('a memo no longer attached', () => {
  it('is attached to another case from the memo list, listed there, and left on nothing again by undo', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start(['--project', join(env.home, 'reattach.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ирина' });
    const vera = await apiCall(app.url, 'cases.create', { name: 'Вера' });
    await apiCall(app.url, 'documents.paste', { caseId: vera.id, name: 'Вера — интервью', text: 'Аренда съедает половину зарплаты.' });
    const oleg = await apiCall(app.url, 'cases.create', { name: 'Олег' });
    await apiCall(app.url, 'memos.create', { target: { kind: 'case', id: oleg.id }, name: 'Визит', text: VISIT });
    await apiCall(app.url, 'cases.delete', { id: oleg.id });
    const memos = async () => (await apiCall(app.url, 'memos.find', {})).map((m) => `${m.targetKind} ${m.targetLabel ?? ''}: ${m.text}`);

    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await chooseFromMenu(page, 'Анализ', 'Все мемо');
    const entry = page.locator('.memo-list .kwic > li').filter({ hasText: VISIT });
    await expect.poll(() => entry.innerText()).toContain('Без привязки');

    // Escape closes the dialog and changes nothing.
    await entry.getByRole('button', { name: 'Прикрепить к…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Прикрепление мемо' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await entry.getByRole('button', { name: 'Прикрепить к…' }).click();
    const kind = dialog.getByLabel('Прикрепить к', { exact: true });
    await kind.selectOption({ label: 'Документ' });
    expect(await dialog.getByLabel('Документ', { exact: true }).locator('option').allInnerTexts()).toEqual(['Вера — интервью']);
    await kind.selectOption({ label: 'Кейс' });
    const item = dialog.getByLabel('Кейс', { exact: true });
    expect(await item.locator('option').allInnerTexts()).toEqual(['Вера']);
    await item.selectOption({ label: 'Вера' });
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}memo-reattach-dialog-ru.png` });
    await dialog.getByRole('button', { name: 'Прикрепить', exact: true }).click();

    await expect.poll(() => entry.innerText()).toContain('Кейс: Вера');
    expect(await entry.innerText()).not.toContain('Без привязки');
    expect(await page.locator('.message.done').innerText()).toContain('Мемо прикреплено к кейсу «Вера».');
    expect(await memos()).toEqual([`case Вера: ${VISIT}`]);
    await page.locator('.memo-list').getByLabel('К чему').selectOption({ label: 'Кейсы' });
    await expect.poll(() => page.locator('.memo-list .kwic > li').allInnerTexts()).toEqual([expect.stringContaining(VISIT)]);
    expect(await englishOnScreen(page)).toEqual([]);
    await page.screenshot({ path: `${screens}memo-reattach-list-ru.png` });

    // Opened from the list, Вера's sheet has it among her memos.
    await entry.getByRole('button', { name: 'Открыть' }).click();
    const caseMemos = page.locator('.memos').filter({ hasText: VISIT });
    await expect.poll(() => caseMemos.count()).toBe(1);

    await page.getByRole('button', { name: 'Отменить', exact: true }).click();
    await expect.poll(() => caseMemos.count()).toBe(0);
    expect(await memos()).toEqual([`detached : ${VISIT}`]);
    expect(errors).toEqual([]);
  }, 60_000);
});
