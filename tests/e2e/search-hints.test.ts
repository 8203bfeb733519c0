/**
 * What search and the word list do not do, said where it matters (Russian UI): AND and NOT work
 * on whole documents, and «merge word forms» groups Kazakh case and possessive forms but not
 * words that drop a vowel (халық, халқы).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('search hints', () => {
  it('say that AND/NOT take whole documents, and which Kazakh word forms are merged', async () => {
    const app = await env.start(['--project', join(env.home, 'hints.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const vera = await apiCall(app.url, 'cases.create', { name: 'Вера', groupId: null });
    await apiCall(app.url, 'documents.paste', { caseId: vera.id, name: 'Вера — интервью', text: 'Работаю в банке, работала в школе.' });
    const aigul = await apiCall(app.url, 'cases.create', { name: 'Айгүл', groupId: null });
    await apiCall(app.url, 'documents.paste', { caseId: aigul.id, name: 'Айгүл — сұхбат', text: 'Мен мектепте жұмыс істеймін, жұмысым ұнайды.' });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();

    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('complementary', { name: 'Поиск' });
    const wholeDocuments = 'действуют на документ целиком: работ* НЕ банк* отбрасывает все находки в документе, где хоть раз встречается банк…';
    await expect.poll(() => panel.locator('.hint', { hasText: wholeDocuments }).count()).toBe(1);

    await chooseFromMenu(page, 'Анализ', 'Частотность слов');
    const note = page.locator('.words-view .hint', { hasText: 'Казахские слова объединяются с падежными и притяжательными формами' });
    const words = page.locator('.words-view [data-user-data=word]');
    // The whole project holds Kazakh words: the box beside them says which of their forms it groups.
    await expect.poll(() => words.allInnerTexts()).toContain('жұмыс');
    expect(await note.count()).toBe(1);
    // Vera's interview alone holds none: nothing to warn of.
    await page.getByRole('combobox', { name: 'Считать в' }).selectOption({ label: 'Вера' });
    // Her list, not the project's still shown: «банке» is in both, «жұмыс» in the project's alone.
    await expect.poll(async () => { const list = await words.allInnerTexts(); return list.includes('банке') && !list.includes('жұмыс'); }).toBe(true);
    await expect.poll(() => note.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
