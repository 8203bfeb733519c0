/**
 * At 1366 px, the narrowest window of the user trial, in Russian and Kazakh: no list shows its
 * choice cut (the table kinds were, «Совместная встречаемость ко»). Screenshots land in
 * test-results/screens/cut-text-VIEW-LANGUAGE.png.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { cutSelects } from '../helpers/cut-text.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

describe('words on screen at 1366 px in Russian and Kazakh', () => {
  it('are whole in the table kinds', async () => {
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
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
