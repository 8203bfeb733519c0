/**
 * A new, empty project: the reading pane says how to bring material in, naming the button and
 * the menu items as they are labelled, not «pick a case on the left» with nothing there to pick.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('an empty project', () => {
  it('says to add a case or import, then to import documents, then to pick one', async () => {
    const app = await env.start(['--project', join(env.home, 'empty.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    const pane = page.locator('.hint', { hasText: /пока нет|Выберите/ });
    await expect.poll(() => pane.innerText()).toBe(
      'Кейсов пока нет. Добавьте кейс кнопкой «+ Кейс» слева или импортируйте документы (Файл › Импорт документов…) '
      + 'либо таблицу кейсов («Импорт таблицы кейсов…» над списком кейсов).',
    );
    // The button and the menu item it names are there, as named.
    expect(await page.getByRole('button', { name: '+ Кейс', exact: true }).count()).toBe(1);
    await page.locator('.top-bar summary', { hasText: /^Файл$/ }).click();
    expect(await page.locator('.drop-menu[open]').getByRole('button', { name: 'Импорт документов…', exact: true }).count()).toBe(1);
    await page.locator('.top-bar summary', { hasText: /^Файл$/ }).click();

    const item = await apiCall(app.url, 'cases.create', { name: 'Вера', groupId: null });
    await page.reload();
    await expect.poll(() => pane.innerText()).toBe(
      'Документов пока нет. Импортируйте их: Файл › Импорт документов… — или таблицу кейсов кнопкой «Импорт таблицы кейсов…» над списком кейсов.',
    );

    await apiCall(app.url, 'documents.paste', { caseId: item.id, name: 'Вера — интервью', text: 'Мы переезжаем весной.' });
    await page.reload();
    await expect.poll(() => pane.innerText()).toBe('Выберите кейс или документ слева либо откройте список сегментов.');
    expect(errors).toEqual([]);
  }, 60_000);
});
