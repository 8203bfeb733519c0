/**
 * A copy made for a second coder, opened on the machine that made it, asks who codes in it: it
 * opened under the first coder's name, so the second coder's codings were recorded as the first's
 * and nothing was left to compare. The original comes back under the first coder's name.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, openAsCoder, saveCopyForSecondCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

async function openProject(page: Page, path: string): Promise<void> {
  await chooseFromMenu(page, 'File', 'Open project…');
  const open = page.getByRole('dialog', { name: 'Open project' });
  await open.getByRole('textbox').fill(path);
  await open.getByRole('button', { name: 'Open project', exact: true }).click();
}

describe("a second coder's copy", () => {
  it('asks who codes in it, and the original comes back under its coder', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const { project: original } = await apiCall(app.url, 'session.get', {});
    const coder = page.locator('.top-bar [data-user-data=coder]');

    const copy = join(env.home, 'boris.casecoder');
    await saveCopyForSecondCoder(page, copy);

    await openProject(page, copy);
    const who = page.getByRole('dialog', { name: 'Who is coding?' });
    await expect.poll(() => who.innerText()).toContain('Copy made by Ada for a second coder');
    expect(await who.getByRole('textbox').inputValue()).toBe('');
    expect(await coder.innerText()).toBe('—');
    await who.getByRole('textbox').fill('Boris');
    await who.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => coder.innerText()).toBe('Boris');

    await openProject(page, original!.path);
    await expect.poll(() => coder.innerText()).toBe('Ada');
    expect(await who.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
