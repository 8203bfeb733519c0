/**
 * Browser mode's server killed under an open page (kill -9), in the Russian UI: the page says in
 * Russian that CaseCoder does not answer, what is saved and what to do, and an action tried
 * meanwhile says so (not «Ничего не выделено», not "TypeError: Failed to fetch"). Started again,
 * the server takes the address the killed run kept: the page carries on by itself, and a reload
 * works. Stopped cleanly, its key goes with it: a page on the old key is told to open the new address.
 * A page opened without the key (the bare address the bar shows once the key is taken out of it,
 * in a new tab) is told where the key is, not that CaseCoder restarted, for nothing did.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTestEnv, type RunningApp } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

const LOST = 'Нет связи с CaseCoder: похоже, программа остановлена. Всё, что CaseCoder успел подтвердить, сохранено в проекте.';

async function killed(app: RunningApp): Promise<void> {
  const exited = new Promise((resolve) => app.process.once('exit', resolve));
  app.process.kill('SIGKILL');
  await exited;
}

/** Selects the document's first `length` characters from the keyboard. */
async function selectStart(page: Page, length: number): Promise<void> {
  await page.getByTestId('document-text').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
}

describe('the connection to browser mode', () => {
  it('says in the UI language that CaseCoder stopped, and carries on when it is back', async () => {
    const first = await env.start();
    const context = await env.browser.newContext({ locale: 'ru-RU', viewport: { width: 1300, height: 850 } });
    const page = await context.newPage();
    await page.goto(first.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан');
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').press('Enter');
    await page.locator('.case-list button.case').first().click();
    await page.locator('.case-list button.document').first().click();
    await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
    const segments = async (app: RunningApp) => (await apiCall(app.url, 'segments.query', { limit: 1 })).total;
    const before = await segments(first);

    await killed(first);
    const bar = page.locator('.message [role=alert]');
    // Found by the page's own poll, before anything is tried.
    await expect.poll(() => bar.innerText(), { timeout: 5000 }).toContain(LOST);
    await page.screenshot({ path: 'test-results/screens/connection-lost-ru.png' });
    // A code's digit on a selection: not done, and said so in Russian.
    await selectStart(page, 8);
    await page.keyboard.press('1');
    await expect.poll(() => bar.innerText()).toMatch(/^Не выполнено\. Нет связи с CaseCoder/);
    expect(await bar.innerText()).not.toContain('Failed to fetch');
    // Nothing selected (the caret only): still the connection, not «Ничего не выделено».
    await page.getByTestId('document-text').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('2');
    await expect.poll(() => bar.innerText()).toMatch(/^Не выполнено\. Нет связи с CaseCoder/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Another document cannot load: it says why (it once said «pick a document», and forgot
    // where the reader was).
    await page.locator('.case-list button.case').nth(1).click();
    await page.locator('.case-list button.document').first().click();
    await expect.poll(() => page.locator('.center .hint').innerText()).toBe('Документ не загружен: нет связи с CaseCoder.');
    await page.screenshot({ path: 'test-results/screens/connection-document-ru.png' });

    // Started again (no --port): the address the killed run kept, so this page carries on.
    const second = await env.start();
    expect(second.url).toBe(first.url);
    await expect.poll(() => page.locator('.message.done [role=status]').innerText(), { timeout: 5000 }).toBe('Связь с CaseCoder восстановлена.');
    await page.screenshot({ path: 'test-results/screens/connection-back-ru.png' });
    await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
    await page.locator('.case-list button.document').first().click();
    await selectStart(page, 8);
    await page.keyboard.press('1');
    await expect.poll(() => segments(second)).toBe(before + 1);
    expect(await bar.count()).toBe(0);
    // A reload keeps working: the key is the one the page holds.
    await page.reload();
    await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
    expect(await bar.count()).toBe(0);

    // A clean stop ends the key: started again on the port, CaseCoder does not know this page,
    // which says where to go.
    await second.stop();
    await expect.poll(() => bar.innerText(), { timeout: 5000 }).toContain(LOST);
    const third = await env.start(['--port', new URL(second.url).port]);
    expect(new URL(third.url).port).toBe(new URL(second.url).port);
    expect(third.url).not.toBe(second.url);
    await expect.poll(() => bar.innerText(), { timeout: 5000 }).toContain('CaseCoder отвечает, но больше не знает эту страницу');
    await page.screenshot({ path: 'test-results/screens/connection-refused-ru.png' });
    await page.goto(third.url);
    await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
    expect(await bar.count()).toBe(0);
    await context.close();
  }, 90_000);

  it('tells a page opened without the key where the key is, not that CaseCoder restarted', async () => {
    const app = await env.start();
    const context = await env.browser.newContext({ locale: 'kk-KZ', viewport: { width: 1366, height: 768 } });
    const first = await context.newPage();
    await first.goto(app.url);
    // The key is taken out of the address bar: what a user copies into a new tab.
    await expect.poll(() => first.url()).toBe(new URL('/', app.url).href);
    const bare = await context.newPage();
    await bare.goto(first.url());
    // Nothing could be read: the message stands in the app's place.
    const said = bare.locator('.loading');
    await expect.poll(() => said.innerText(), { timeout: 5000 }).toContain('Бұл бетте CaseCoder кілті жоқ');
    expect(await said.innerText()).toContain('терминалдағы толық мекенжайды');
    expect(await said.innerText()).not.toContain('қайта іске қосылған');
    await bare.screenshot({ path: 'test-results/screens/connection-keyless-kk.png' });
    // The first tab still holds the key: it works, so the message is not said there.
    await first.reload();
    await expect.poll(() => first.locator('.top-bar').count(), { timeout: 5000 }).toBe(1);
    expect(await first.locator('.loading, .message [role=alert]').count()).toBe(0);
    await context.close();
  }, 60_000);
});
