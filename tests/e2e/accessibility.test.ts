/**
 * axe-core finds no serious or critical violation on the main screens in English, Russian and
 * Kazakh, and the app is usable from the keyboard with the focus always visible. axe is injected
 * with the page's CSP bypassed for the test only; the app itself never loads it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { codingMenuFromKeyboard, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Best practices of lesser impact held to anyway: a keyboard-only trial met each of them. */
const ALWAYS = new Set(['landmark-unique', 'page-has-heading-one', 'aria-allowed-role']);

async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS.has(v.id))
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function openDocument(page: Page): Promise<void> {
  await page.locator('.case-list button.case').first().click();
  await page.locator('.case-list button.document').first().click();
  await expect.poll(() => page.getByTestId('document-text').innerText()).not.toBe('');
}

describe('accessibility', () => {
  it.each(['en', 'ru', 'kk'] as const)('has no serious or critical axe violation on the main screens in %s', async (language) => {
    const app = await env.start();
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: language, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    // The first start asks for the coder's name (settings are shared by this file's tests).
    await page.locator('.case-list, [role=dialog]').first().waitFor();
    const coderDialog = page.getByRole('dialog');
    if (await coderDialog.count()) {
      expect(await seriousViolations(page, 'coder dialog')).toEqual([]);
      await coderDialog.getByRole('textbox').fill('Ada');
      await page.keyboard.press('Enter');
    }
    const found: string[] = [];
    await openDocument(page);
    found.push(...(await seriousViolations(page, 'document')));
    await page.locator('.stripe').first().click();
    found.push(...(await seriousViolations(page, 'segment card')));
    await page.keyboard.press('Escape');
    await page.locator('.top-bar summary').first().click();
    found.push(...(await seriousViolations(page, 'file menu')));
    await page.keyboard.press('Escape');
    for (const view of ['segments', 'tables', 'charts', 'agreement']) {
      await page.locator('.tabs button').nth(['segments', 'tables', 'charts', 'agreement'].indexOf(view)).click();
      await page.waitForTimeout(300);
      found.push(...(await seriousViolations(page, view)));
    }
    // Method › Case summaries, a cell open: its grid of buttons, the open one marked.
    await page.locator('.tabs button').nth(4).click();
    await page.locator('.center nav.tabs').nth(1).locator('button').nth(1).click();
    await page.getByTestId('summary-grid').locator('tbody td button').first().click();
    await page.locator('.summaries-view .evidence').waitFor();
    found.push(...(await seriousViolations(page, 'case summaries')));
    await page.locator('.case-list').click();
    await page.keyboard.press('?');
    found.push(...(await seriousViolations(page, 'shortcut list')));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    found.push(...(await seriousViolations(page, 'code picker')));
    await page.keyboard.press('Escape');
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('labels a table\'s caption fields on screen, not by a placeholder alone (review-a11y-1207 #18)', async () => {
    // Settings of its own: the coder is asked for there, as the tests before named theirs in the shared ones.
    const app = await env.start([], join(env.home, 'captions'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    // Each text field's own words beside it: a placeholder goes once something is typed.
    const shownLabels = (fields: string) => page.locator(fields).evaluateAll((inputs) =>
      inputs.map((input) => [input.getAttribute('aria-label'), input.closest('label')?.textContent?.trim() ?? '']));
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    const tables = '.tables-view input:not([type=checkbox])';
    await page.locator(tables).first().waitFor();
    expect(await shownLabels(tables)).toEqual([['Table number', 'No.'], ['Table title', 'Title'], ['Note under the table', 'Note']]);
    await page.getByRole('button', { name: 'Method', exact: true }).click();
    const method = '.center input:not([type=checkbox])';
    await expect.poll(() => shownLabels(method)).toEqual([['Table number', 'No.'], ['Table title', 'Title'], ['Note under the table', 'Note']]);
    expect(errors).toEqual([]);
  });

  it('is usable from the keyboard, the focus always visible', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    await page.locator('.case-list, [role=dialog]').first().waitFor();
    if (await page.getByRole('dialog').count()) {
      await page.keyboard.type('Ada');
      await page.keyboard.press('Enter');
    }
    await page.locator('.case-list button.case').first().waitFor();
    // Tab through the first controls: each shows a focus ring.
    const unringed: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const style = getComputedStyle(e);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { ring, name: `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.slice(0, 30) ?? ''}` };
      });
      if (info && !info.ring) unringed.push(info.name);
    }
    expect(unringed).toEqual([]);
    // Open a case and a document, select, and code without the mouse.
    await page.locator('.case-list button.case').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.case-list button.document').first().focus();
    await page.keyboard.press('Enter');
    const menu = await codingMenuFromKeyboard(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('ArrowDown');
    const chosen = (await page.evaluate(() => document.activeElement?.textContent ?? '')).replace(/\d+$/, '').trim();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.count()).toBe(0);
    // A screen reader hears what was coded (Valence is exclusive, but the passage had none of its codes to replace).
    await expect.poll(() => page.locator('.app > [role=status]').innerText()).toBe(`Coded: ${chosen}`);
  }, 60_000);
});
