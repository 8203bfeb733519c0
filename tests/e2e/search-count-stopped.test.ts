/**
 * A search's count stopped by the job's Stop (review-scale-1207 #5: counting every hit of a
 * common word takes seconds on a large project): the first page of hits stays, said as not all
 * counted, with no error. The stop is played by answering the count with the job's jobCancelled,
 * as the app answers once Stop is pressed (the service's own stop is tested in services/search).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFor, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('a search whose count is stopped', () => {
  it('keeps its first page of hits and says the count stopped', async () => {
    const app = await env.start(['--project', join(env.home, 'count.casecoder')]);
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const anna = await apiCall(app.url, 'cases.create', { name: 'Anna', groupId: null });
    const text = Array.from({ length: 300 }, (_, i) => `Line ${i} speaks of rent.`).join('\n');
    await apiCall(app.url, 'documents.paste', { caseId: anna.id, name: 'Anna — interview', text });

    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    await page.route('**/api/call', async (route) => {
      const { method, input } = route.request().postDataJSON() as { method: string; input: { counts?: boolean } };
      if (method !== 'search.run' || input.counts === false) return route.continue();
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'jobCancelled', message: 'Cancelled' } }) });
    });
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();
    const panel = await searchFor(page, 'rent');
    await expect.poll(() => panel.locator('.search-results > p strong').innerText()).toBe('More than 200 hits; counting stopped');
    expect(await panel.locator('.kwic li').count()).toBe(200);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
