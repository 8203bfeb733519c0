/**
 * Exchange in the UI: a QualCoder project comes in through REFI-QDA with its report, the
 * project goes out as .qdpx, and that file merges back into a fresh project.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const sample = fileURLToPath(new URL('../../../shared/refi-qda/samples/qc-1.3.2_demo.qdpx', import.meta.url));
const hasSample = existsSync(sample);
if (!hasSample) console.warn(`REFI-QDA exchange e2e skipped: ${sample} is absent on this machine.`);

const env = useBrowserTestEnv();

describe.skipIf(!hasSample)('exchange with other tools', () => {
  it('imports a QualCoder project with a report, exports it as .qdpx, and merges that into a new project', async () => {
    const app = await env.start(['--project', join(env.home, 'qc.casecoder')]);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    await page.getByLabel('Import QDA…').setInputFiles(sample);
    const report = page.getByRole('dialog', { name: 'qc-1.3.2_demo.qdpx imported' });
    await expect.poll(() => report.textContent()).toContain('2 cases, 2 documents, 262 codes, 158 segments, 205 codings');
    await report.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.case-list .case').count()).toBe(2);

    await chooseFromMenu(page, 'Exchange', 'Export QDA…');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export' }).click()]);
    const exported = join(env.home, 'roundtrip.qdpx');
    await download.saveAs(exported);

    await chooseFromMenu(page, 'File', 'New project');
    await page.getByRole('dialog').getByRole('textbox').fill(join(env.home, 'fresh.casecoder'));
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('fresh');
    await page.getByLabel('Merge…').setInputFiles(exported);
    const plan = page.getByRole('dialog', { name: 'Merge roundtrip.qdpx into this project' });
    await expect.poll(() => plan.getByTestId('merge-added-segments').textContent()).toBe('158');
    await expect.poll(() => plan.getByTestId('merge-added-codings').textContent()).toBe('205');
    await plan.getByRole('button', { name: 'Merge', exact: true }).click();
    // Nothing on screen shows what came in: the app says it.
    const said = page.locator('.message.done [role=status]');
    await expect.poll(() => said.innerText()).toMatch(/^Merged roundtrip\.qdpx: added .*cases 2, .*segments 158, codings 205/);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('158 segments');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('0 segments');

    // A copy saved by name goes to the CaseCoder folder: the app says where.
    await chooseFromMenu(page, 'File', 'Save a copy');
    await page.getByRole('dialog').getByRole('textbox').fill('copy-of-fresh');
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => said.innerText()).toMatch(/^A copy was saved: .*copy-of-fresh\.casecoder$/);
    expect(existsSync((await said.innerText()).replace('A copy was saved: ', ''))).toBe(true);

    // Back to the first project, picked from the recent list.
    await chooseFromMenu(page, 'File', 'Open project');
    await page.getByRole('dialog', { name: 'Open project' }).getByRole('button', { name: join(env.home, 'qc.casecoder') }).click();
    await expect.poll(() => page.locator('.project-name').innerText()).toBe('qc');
    expect(errors).toEqual([]);
  }, 60_000);
});
