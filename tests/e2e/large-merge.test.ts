/**
 * Exchange → Merge… of a teammate's project larger than a call may carry (review-scale-1207 #2:
 * a 224 MB project was refused as «status 413», as if CaseCoder were down): browser mode streams
 * the file to its upload, the call names the upload, and the plan and the merge follow. A file
 * past what an upload may be is refused before a byte is sent, saying to merge it on the command
 * line.
 */
import { mkdtempSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/contract.js';
import { MAX_PROJECT_UPLOAD_BYTES } from '../../shared/uploads.js';
import { bulkProject } from '../helpers/bulk-project.js';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

describe('a merge of a large project in browser mode', () => {
  it('uploads the file, plans and merges it; one past the upload limit is refused before it is sent', async () => {
    // Their project: a coded interview, and free pages (the open check takes them) past 50 MB.
    const theirs = join(env.home, 'theirs.casecoder');
    const store = bulkProject(theirs, 20);
    store.db.exec('CREATE TABLE pad (b); INSERT INTO pad VALUES (zeroblob(60 * 1024 * 1024)); DROP TABLE pad');
    store.close();
    expect(statSync(theirs).size).toBeGreaterThan(MAX_IMPORT_BYTES);

    const app = await env.start(['--project', join(env.home, 'ours.casecoder')]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    const sent: { url: string; bytes: number }[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) sent.push({ url: new URL(request.url()).pathname, bytes: request.url().endsWith('/api/call') ? (request.postDataBuffer()?.length ?? 0) : -1 });
    });
    await openAsCoder(page, app.url);

    const started = Date.now();
    await page.getByLabel('Merge…').setInputFiles(theirs);
    const plan = page.getByRole('dialog', { name: 'Merge theirs.casecoder into this project' });
    await expect.poll(() => plan.getByTestId('merge-added-segments').textContent()).toBe('20');
    console.log(`a ${Math.round(statSync(theirs).size / 1024 / 1024)} MB project planned ${Date.now() - started} ms after it was chosen`);
    // The file went once, to the upload; no call carried it.
    expect(sent.filter((request) => request.url === '/api/upload')).toHaveLength(1);
    expect(Math.max(...sent.filter((request) => request.url === '/api/call').map((request) => request.bytes))).toBeLessThan(64 * 1024);
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.locator('.message.done [role=status]').innerText()).toMatch(/^Merged theirs\.casecoder: added .*segments 20, codings 40/);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('20 segments');

    // Past what browser mode takes: said at once, nothing sent (sparse: that large without the disk).
    const huge = join(env.home, 'huge.casecoder');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_PROJECT_UPLOAD_BYTES + 1024 * 1024);
    await page.getByLabel('Merge…').setInputFiles(huge);
    await expect.poll(() => page.locator('.message [role=alert]').innerText()).toBe(
      'huge.casecoder is 2,049 MB: browser mode takes files of up to 2,048 MB, and nothing was sent. Merge it on the command line, which reads it where it lies: casecoder merge PROJECT "huge.casecoder"',
    );
    expect(sent.filter((request) => request.url === '/api/upload')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('in the desktop app, names the chosen file by the path the preload gives, and uploads nothing', async () => {
    const theirs = join(env.home, 'desktop-theirs.casecoder');
    bulkProject(theirs, 5).close();
    // Settings of its own: a coder not yet named, as openAsCoder expects.
    const app = await env.start(['--project', join(env.home, 'desktop-ours.casecoder')], mkdtempSync(join(env.home, 'desktop-')));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors = watchErrors(page);
    // The preload's bridge (main/electron/preload.cts), its calls carried to browser mode's endpoint.
    await page.addInitScript((path) => {
      const token = new URL(location.href).searchParams.get('token') ?? '';
      Object.assign(window, {
        casecoder: {
          pathOf: () => path,
          call: async (method: string, input: unknown) => (await fetch('./api/call', {
            method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CaseCoder-Token': token }, body: JSON.stringify({ method, input }),
          })).json(),
        },
      });
    }, theirs);
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) calls.push(request.url().endsWith('/api/call') ? request.postData() ?? '' : request.url());
    });
    await openAsCoder(page, app.url);
    // The page's File is not read: any file stands for the one chosen.
    const chosen = join(env.home, 'Team copy.casecoder');
    writeFileSync(chosen, 'not read');
    await page.getByLabel('Merge…').setInputFiles(chosen);
    const plan = page.getByRole('dialog', { name: 'Merge Team copy.casecoder into this project' });
    await expect.poll(() => plan.getByTestId('merge-added-segments').textContent()).toBe('5');
    expect(calls.filter((call) => call.includes('"merge.plan"'))).toEqual([JSON.stringify({ method: 'merge.plan', input: { path: theirs, shownAs: 'Team copy.casecoder' } })]);
    expect(calls.filter((call) => call.includes('/api/upload'))).toEqual([]);
    await plan.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
  });
});
