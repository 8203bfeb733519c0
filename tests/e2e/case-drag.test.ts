/**
 * Cases are moved between groups by dragging them in the case list: onto another group's
 * section, or onto «Without group», which shows while a grouped case is dragged. Each move is
 * the case sheet's 'cases.setGroup', one undoable step, and is said to screen readers; each case
 * is described by how it moves, by drag and by keyboard.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

const section = (page: Page, heading: string) =>
  page.locator('.case-list section.group').filter({ has: page.locator('h3', { hasText: heading }) });
const caseButton = (page: Page, name: string) =>
  page.locator('.case-list button.case').filter({ has: page.locator('[data-user-data=case]', { hasText: new RegExp(`^${name}$`) }) });
const casesIn = (page: Page, heading: string) => section(page, heading).locator('button.case [data-user-data=case]').allInnerTexts();
/** What the live regions say now. */
const said = (page: Page) => page.locator('[role=status]').allTextContents();
/** A case's accessible description: the texts its aria-describedby names. */
const description = (page: Page, name: string) =>
  caseButton(page, name).evaluate((button) =>
    (button.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

/**
 * Moves the pressed pointer onto `target` and stays a moment: Chromium fires dragover at most
 * every 50 ms or so, so the last of quick moves may give none where the pointer stopped.
 */
async function hoverDragging(page: Page, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  for (const dx of [0, 1, 2]) {
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: dx ? 1 : 5 });
    await page.waitForTimeout(80);
  }
}

/** Presses on `from` and starts dragging it; the pointer stays pressed. */
async function startDrag(page: Page, from: Locator): Promise<void> {
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
}

describe('moving a case to another group by drag', () => {
  it('moves onto a group and out of any, highlights the target, and undoes', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await expect.poll(() => casesIn(page, 'Programmers')).toEqual(['Anna', 'Boris', 'Вера']);
    const groups = await apiCall(app.url, 'groups.list', {});
    const groupOf = async (name: string) => (await apiCall(app.url, 'cases.list', {})).find((c) => c.name === name)?.groupId;
    const programmers = groups.find((g) => g.name === 'Programmers')!.id;
    const entrepreneurs = groups.find((g) => g.name === 'Entrepreneurs')!.id;
    // Every demo case has a group: there is no «Without group» until a case is dragged.
    expect(await section(page, 'Without group').count()).toBe(0);
    // The list says that its cases can be dragged, as the codebook says of its codes.
    expect(await page.locator('.case-list .drag-hint').innerText()).toBe('Drag a case onto another group, or onto «Without group», to move it there.');
    // A screen reader hears it with each case, and the keyboard's way beside it.
    expect(await description(page, 'Anna')).toBe(
      'Drag a case onto another group, or onto «Without group», to move it there. On the keyboard: open the case and choose its group in its sheet.',
    );

    // Anna onto Entrepreneurs' heading: her own section is not marked while she is over it, Entrepreneurs' is.
    await startDrag(page, caseButton(page, 'Anna'));
    await hoverDragging(page, section(page, 'Programmers').locator('h3'));
    expect(await page.locator('.case-list .group.drop-into').count()).toBe(0);
    await hoverDragging(page, section(page, 'Entrepreneurs').locator('h3'));
    await expect.poll(() => page.locator('.case-list .group.drop-into h3').innerText()).toMatch(/^Entrepreneurs/i);
    await page.screenshot({ path: `${screens}case-drag.png` });
    await page.mouse.up();
    await expect.poll(() => casesIn(page, 'Entrepreneurs')).toContain('Anna');
    // Said to screen readers, which heard nothing of a drop.
    await expect.poll(() => said(page)).toContain('Case Anna moved to group Entrepreneurs.');
    expect(await casesIn(page, 'Programmers')).toEqual(['Boris', 'Вера']);
    expect(await groupOf('Anna')).toBe(entrepreneurs);
    await expect.poll(() => page.locator('.case-list .group.drop-into').count()).toBe(0);

    // Boris onto a case of no group's section, which appears once he is dragged: out of his group.
    await startDrag(page, caseButton(page, 'Boris'));
    await hoverDragging(page, section(page, 'Without group'));
    await expect.poll(() => section(page, 'Without group').getAttribute('class')).toContain('drop-into');
    await page.mouse.up();
    await expect.poll(() => casesIn(page, 'Without group')).toEqual(['Boris']);
    await expect.poll(() => said(page)).toContain('Case Boris moved to «Without group».');
    expect(await casesIn(page, 'Programmers')).toEqual(['Вера']);
    expect(await groupOf('Boris')).toBeNull();

    // Вера onto a case of Entrepreneurs (Dana): into Dana's group.
    await startDrag(page, caseButton(page, 'Вера'));
    await hoverDragging(page, caseButton(page, 'Dana'));
    await expect.poll(() => section(page, 'Entrepreneurs').getAttribute('class')).toContain('drop-into');
    await page.mouse.up();
    await expect.poll(() => groupOf('Вера')).toBe(entrepreneurs);
    await expect.poll(() => casesIn(page, 'Programmers')).toEqual([]);

    // Each move is one undoable step: three undos bring all back.
    await page.locator('.case-list').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => groupOf('Вера')).toBe(programmers);
    await page.keyboard.press('Control+z');
    await expect.poll(() => groupOf('Boris')).toBe(programmers);
    await expect.poll(() => section(page, 'Without group').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => groupOf('Anna')).toBe(programmers);
    await expect.poll(() => casesIn(page, 'Programmers')).toEqual(['Anna', 'Boris', 'Вера']);
    expect(errors).toEqual([]);
  }, 90_000);
});
