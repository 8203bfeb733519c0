/**
 * The Russian UI's search: a NEAR query («РЯДОМ») lists in «Найденные слова» the words each of
 * its terms found, not the stretch of text between them; «Закодировать все совпадения» codes
 * nothing until a code is chosen; once coded, the query and its hits stay. Screenshots land in
 * test-results/screens/.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

// Nine words between «Бюрократия» and «справку» (within NEAR's ten); the sentences far apart.
const BETWEEN = 'и ещё много разных слов про очереди, печати, подписи';
const APART = 'а дальше идёт длинный рассказ совсем о другом, о жилье и работе в городе';
const TEXT = `Бюрократия ${BETWEEN} справку. ${APART}. Бюрократии нет, есть справочник. ${APART}. Про справки ни слова.`;

describe('search in Russian', () => {
  it('lists the words a NEAR found, and autocodes only with a code chosen, keeping the hits', async () => {
    const app = await env.start();
    await apiCall(app.url, 'session.setCoder', { name: 'Айжан' });
    const [first] = await apiCall(app.url, 'cases.list', {});
    await apiCall(app.url, 'documents.paste', { caseId: first!.id, name: 'Справки', text: TEXT });
    const segments = async () => (await apiCall(app.url, 'segments.query', { limit: 1 })).total;
    const context = await env.browser.newContext({ locale: 'ru-RU', viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('.case-list').waitFor();
    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('complementary', { name: 'Поиск' });
    const box = panel.getByRole('searchbox', { name: 'Искать' });
    await box.fill('бюрократия РЯДОМ справ*');
    await box.press('Enter');

    const found = panel.getByRole('group', { name: /^Найденные слова/ });
    await expect.poll(() => found.locator('label').allInnerTexts()).toEqual(['бюрократии (1)', 'бюрократия (1)', 'справку (1)', 'справочник (1)']);
    await expect.poll(() => panel.locator('.kwic li').count()).toBe(2);
    await page.screenshot({ path: 'test-results/screens/search-near-ru.png' });
    // «справочник» is not what справ* was meant for: unticked, its NEAR hit goes.
    await found.getByRole('checkbox', { name: 'справочник (1)' }).uncheck();
    await expect.poll(() => panel.locator('.kwic li').count()).toBe(1);

    await panel.getByRole('button', { name: 'Закодировать все совпадения' }).click();
    const dialog = page.getByRole('dialog', { name: 'Закодировать все совпадения' });
    const code = dialog.getByRole('combobox', { name: 'Код', exact: true });
    expect(await code.inputValue()).toBe('');
    await expect.poll(() => dialog.locator('.hint').first().innerText()).toBe('Выберите код для совпадений — затем появится список фрагментов.');
    const apply = dialog.locator('.modal-buttons .primary');
    expect(await apply.isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/screens/autocode-no-code-ru.png' });
    const before = await segments();
    await code.selectOption({ index: 2 });
    await expect.poll(() => apply.innerText()).toBe('Закодировать 1 фрагмент');
    await page.screenshot({ path: 'test-results/screens/autocode-code-chosen-ru.png' });
    await apply.click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Закодирован 1 фрагмент (один шаг отмены).');
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    expect(await segments()).toBe(before + 1);
    // The query, its hits and the word left out stay.
    expect(await box.inputValue()).toBe('бюрократия РЯДОМ справ*');
    await expect.poll(() => panel.locator('.kwic li').count()).toBe(1);
    expect(await found.getByRole('checkbox', { name: 'справочник (1)' }).isChecked()).toBe(false);
    await page.screenshot({ path: 'test-results/screens/search-after-autocode-ru.png' });
    await context.close();
  }, 60_000);
});
