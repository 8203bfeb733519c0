/**
 * Where the keyboard is after an action, and what a screen reader is told of it. A keyboard and
 * screen reader trial (review-a11y-1207) found the focus on the page's body after the last step
 * was undone, the memo and word drawers opened from the menu leaving the keyboard on the menu (32
 * Tabs away) and the memo drawer deaf to Escape, the shown view told only by its colour, a count
 * cell's segments opened without a word, a filtered list's new count never said, and a document's
 * text read in the UI's language, and the page behind a dialog still in a screen reader's reach.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromMenu, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return { tag: e?.tagName.toLowerCase(), name: e?.getAttribute('aria-label') ?? e?.textContent?.trim() ?? '' };
  });

describe('the keyboard after an action', () => {
  it('stays where the user can go on, and each change is said', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);

    // The shown view is said, not only drawn.
    const views = page.getByRole('navigation', { name: 'Views' });
    const current = () => views.locator('[aria-current=true]').allInnerTexts();
    await views.getByRole('button', { name: 'Segments' }).click();
    await expect.poll(current).toEqual(['Segments']);
    await views.getByRole('button', { name: 'Tables' }).click();
    await expect.poll(current).toEqual(['Tables']);

    // A cell's segments open below the table as a named region, and are said.
    await page.getByLabel('Table', { exact: true }).selectOption('crosstab');
    await page.getByLabel('Counts only').check();
    await page.locator('.cross-table .count-cell button:not(:disabled)').first().click();
    const evidence = page.getByRole('region', { name: 'Segments behind the cell' });
    await evidence.waitFor();
    const heading = await evidence.locator('h3').textContent();
    await expect.poll(() => page.locator('.app > .visually-hidden[role=status]').textContent()).toBe(heading);

    // The segment list's count is a status, said as a filter changes it.
    await views.getByRole('button', { name: 'Segments' }).click();
    expect(await page.getByTestId('segment-total').getAttribute('role')).toBe('status');
    // Names without their glyphs: a sorted head's arrow (its aria-sort says it), a code's digit (its shortcut).
    const caseHead = page.getByRole('columnheader', { name: 'Case' });
    await caseHead.getByRole('button', { name: 'Case', exact: true }).click();
    await expect.poll(() => caseHead.getAttribute('aria-sort')).toBe('ascending');
    expect(await caseHead.getByRole('button', { name: 'Case', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Positive', exact: true }).getAttribute('aria-keyshortcuts')).toBe('1');
    // A framework's exclusivity is read whole, not as its label's abbreviation.
    expect(await page.getByRole('checkbox', { name: 'Exclusive: a segment carries at most one of its codes' }).count()).toBe(2);

    // The memo drawer opened from the menu takes the keyboard; Escape closes it.
    await apiCall(app.url, 'memos.create', { target: { kind: 'case', id: 1 }, text: 'Moved twice.' });
    await chooseFromMenu(page, 'Analyse', 'All memos');
    const memos = page.getByRole('complementary', { name: 'All memos' });
    await memos.waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', name: 'Find in memos' });
    // Each memo's Open is described by the line that says what it opens.
    const described = (selector: string) => page.locator(selector).first().evaluate((element) =>
      document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? null);
    await expect.poll(() => described('.memo-list .kwic-source button.link')).toMatch(/^(Case|Document|Segment|Coding|Code): /);
    await page.keyboard.press('Escape');
    await expect.poll(() => memos.count()).toBe(0);

    // So does the word list, which has no box of its own.
    await chooseFromMenu(page, 'Analyse', 'Word frequencies');
    const drawer = page.getByRole('complementary', { name: 'Search' });
    await drawer.waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.search-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);

    // Undo pressed for the last step left: the button keeps the focus, greyed out, and says so.
    await page.getByRole('button', { name: '+ Case' }).click();
    // The page behind a modal dialog is inert (aria-modal alone let a screen reader's browse mode
    // out of it), but for the app's announcer, which must still speak.
    const behind = () => page.evaluate(() => ({
      workspace: !!document.querySelector('main.workspace')?.closest('[inert]'),
      bar: !!document.querySelector('.top-bar')?.closest('[inert]'),
      announcer: !!document.querySelector('.app > .visually-hidden[role=status]')?.closest('[inert]'),
      dialog: !!document.querySelector('[role=dialog]')?.closest('[inert]'),
    }));
    await page.getByRole('dialog', { name: 'New case' }).waitFor();
    expect(await behind()).toEqual({ workspace: true, bar: true, announcer: false, dialog: false });
    await page.getByRole('dialog', { name: 'New case' }).getByRole('textbox').fill('Zed');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.case-sheet h2').textContent()).toBe('Zed');
    expect(await page.locator('[inert]').count()).toBe(0);
    const undo = page.locator('.top-bar .history button').first();
    // The message bar's live region is in the page before its first message, which only fills it:
    // a region inserted with its text in it is not read by every screen reader.
    const said = await page.getByTestId('message-bar').locator('[role=status]').elementHandle();
    expect(await said!.textContent()).toBe('');
    await undo.focus();
    for (let pressed = 0; (await undo.getAttribute('aria-disabled')) !== 'true' && pressed < 20; pressed++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
    }
    expect(await undo.getAttribute('aria-disabled')).toBe('true');
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Undo' });
    expect(await said!.textContent()).toMatch(/^Undone: /);
    // Pressed again, it does nothing: the Redo beside it is still there to take back what was undone.
    await page.keyboard.press('Enter');
    expect(await page.locator('.top-bar .history button').nth(1).getAttribute('aria-disabled')).toBeNull();

    // A document's text carries its own language, for the voice that reads it.
    await page.locator('.case-list button.case', { hasText: /^Anna/ }).click();
    await page.locator('.case-list').getByRole('button', { name: 'Anna — interview' }).click();
    await expect.poll(() => page.getByTestId('document-text').getAttribute('lang')).toBe('en');

    // The pane under the text is a tab list: the arrows move between its tabs, and its panel is named by the tab shown.
    await page.getByRole('tab', { name: /^Coded segments/ }).focus();
    await page.keyboard.press('ArrowRight');
    const memosTab = page.getByRole('tab', { name: 'Memos' });
    await expect.poll(() => memosTab.getAttribute('aria-selected')).toBe('true');
    expect(await memosTab.evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(await page.getByRole('tabpanel', { name: 'Memos' }).count()).toBe(1);
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByRole('tab', { name: /^Coded segments/ }).getAttribute('aria-selected')).toBe('true');

    // The code picker's field is described by the keys it takes.
    await page.getByTestId('document-text').focus();
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Apply a code' }).waitFor();
    expect(await described('.code-picker input')).toBe('Type to filter, ↑↓ to choose, Enter to apply.');
    await page.keyboard.press('Escape');

    // F6 and Shift+F6 go round the window's parts, back to where the focus was in each.
    const part = () => page.evaluate(() => {
      const at = document.activeElement;
      return ['top-bar', 'case-list', 'center', 'codebook'].find((name) => at?.closest(`.${name}`)) ?? at?.tagName;
    });
    await page.getByTestId('document-text').focus();
    const steps: unknown[] = [];
    for (const key of ['F6', 'F6', 'F6', 'Shift+F6', 'Shift+F6', 'Shift+F6']) {
      await page.keyboard.press(key);
      steps.push(await part());
    }
    expect(steps).toEqual(['codebook', 'top-bar', 'case-list', 'top-bar', 'codebook', 'center']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('document-text');

    // The language select switches the interface at each arrow key: the switch is said, in the language switched to.
    await page.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.app > .visually-hidden[role=status]').textContent()).toBe('Язык интерфейса: Русский.');
    expect(errors).toEqual([]);
  }, 120_000);
});
