/**
 * At 1366 px, the narrowest window of the user trial, in Russian and Kazakh: no list shows its
 * choice cut (the table kinds were, «Совместная встречаемость ко»), and the Open project dialog
 * shows its hint whole rather than as a placeholder cut at half. Screenshots land in
 * test-results/screens/cut-text-VIEW-LANGUAGE.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { cutPlaceholders, cutSelects } from '../helpers/cut-text.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

describe('words on screen at 1366 px in Russian and Kazakh', () => {
  it('are whole in the table kinds and the Open project dialog', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    await apiCall(app.url, 'session.setCoder', { name: 'Ада' });
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    for (const language of ['ru', 'kk']) {
      await page.locator('.top-bar .language select').selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);

      await page.locator('.center > .tabs button').nth(1).click();
      const kinds = page.locator('.tables-view .filters select').first();
      for (const kind of await kinds.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
        await kinds.selectOption(kind);
        await page.locator('.tables-view table').first().waitFor();
        expect(await cutSelects(page), `${language}: ${kind}`).toEqual([]);
      }
      await page.screenshot({ path: `${screens}cut-text-tables-${language}.png` });

      // A hidden menu's item, pressed as the bar does.
      await page.locator('[data-menu-command="file.open"]').evaluate((item) => (item as HTMLButtonElement).click());
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await cutPlaceholders(page), language).toEqual([]);
      // The hint is said with the field, and shown whole.
      const hint = await dialog.getByRole('textbox').evaluate((input) => {
        const element = document.getElementById(input.getAttribute('aria-describedby') ?? '');
        return element && { text: element.innerText, cut: element.scrollWidth > element.clientWidth };
      });
      expect(hint?.text, language).toContain('.casecoder');
      expect(hint?.cut, language).toBe(false);
      await page.screenshot({ path: `${screens}cut-text-open-${language}.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
