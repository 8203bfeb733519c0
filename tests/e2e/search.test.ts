/**
 * Search on the demo study: hits in context, a hit opens its document, "Code all hits" through the
 * preview, undone in one step; search and the segment list kept to the cases in no group.
 */
import { join } from 'node:path';
import type { Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { calledMethod, chooseFromMenu, failCalls, openAsCoder, segmentRowName, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();

describe('search', () => {
  it('finds word forms, opens a hit, autocodes the kept spans as one undo step', async () => {
    const app = await env.start();
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('complementary', { name: 'Search' });
    const box = panel.getByRole('searchbox', { name: 'Search for' });

    // A malformed query gets a plain message, not SQL.
    await box.fill('"winter');
    await box.press('Enter');
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe('A quotation mark is not closed. (at character 1)');
    // A message with a word of the query in it says that word (not a {{placeholder}}).
    await box.fill('AND winter');
    await box.press('Enter');
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe(
      'AND joins two words or phrases: put one on each side, as in tax AND rent. (at character 1)',
    );

    // A word finds its other forms: "visit" finds "visits".
    await box.fill('visit');
    await box.press('Enter');
    await expect.poll(() => panel.locator('mark.hit').allInnerTexts()).toEqual(['visits']);

    // A line holding two hits marks its own; the other, which has a line of its own, is only
    // underlined, so a line says which hit it is.
    await box.fill('the');
    await box.press('Enter');
    await expect.poll(() => panel.locator('.kwic li').count()).toBeGreaterThan(5);
    const marked = await panel.locator('.kwic li').evaluateAll((items) => items.map((li) => ({
      hits: li.querySelectorAll('mark.hit').length,
      also: li.querySelectorAll('mark.also').length,
    })));
    expect(marked.every((line) => line.hits === 1)).toBe(true);
    expect(marked.filter((line) => line.also > 0).length).toBeGreaterThan(1);

    // "move" occurs in three accounts; each line names case · group and document.
    await box.fill('move');
    await box.press('Enter');
    const lines = panel.locator('.kwic li');
    await expect.poll(() => lines.count()).toBe(3);
    expect(await panel.locator('.search-results > p strong').innerText()).toBe('3 hits');
    // The first page comes at once; the counts per case and group follow from a job.
    await expect.poll(() => panel.locator('.search-counts tr.group').count()).toBeGreaterThan(0);
    expect(await panel.locator('mark.hit').allInnerTexts()).toEqual(['move', 'move', 'move']);
    // The demo's documents are named after their cases («Anna — interview»): the case is named once.
    expect(await panel.locator('.kwic-source').allInnerTexts()).toEqual([
      'Programmers · Anna — interview', 'Programmers · Boris — interview', 'Entrepreneurs · Farida — interview',
    ]);

    // Another search asked while the last one's hits are still counted (seconds for a common word
    // on a large project): the page asks CaseCoder to stop that count's job, by its call's own id.
    const counting = (query: string) => (request: Request) =>
      calledMethod(request) === 'search.run' && !request.postData()!.includes('"counts":false') && request.postData()!.includes(`"query":"${query}"`);
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const hold = async (route: Route) => {
      if (counting('moving')(route.request())) await held;
      await route.continue();
    };
    await page.route('**/api/call', hold);
    const countAsked = page.waitForRequest(counting('moving'));
    await box.fill('moving');
    await box.press('Enter');
    const { callId } = JSON.parse((await countAsked).postData()!) as { callId: string };
    const cancelled = page.waitForRequest((request) => calledMethod(request) === 'jobs.cancelCall');
    await box.fill('move');
    await box.press('Enter');
    expect(JSON.parse((await cancelled).postData()!)).toMatchObject({ input: { callId } });
    // Its answer, cancelled, is let through before the route goes.
    const countAnswered = page.waitForResponse((response) => counting('moving')(response.request()));
    release();
    expect(await (await countAnswered).json()).toMatchObject({ ok: false, error: { code: 'jobCancelled' } });
    await page.unroute('**/api/call', hold);
    await expect.poll(() => panel.locator('.search-counts tr.group').count()).toBeGreaterThan(0);
    expect(await panel.locator('mark.hit').allInnerTexts()).toEqual(['move', 'move', 'move']);

    // A hit opens its document with the hit selected.
    await lines.first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().toLowerCase())).toBe('move');
    // The panel takes the codebook's column: the document beside it reflows, none of it covered.
    const right = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().right);
    const left = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().left);
    expect(await right('[data-testid="document-scroll"]')).toBeLessThanOrEqual(await left('.search-panel'));
    expect(await right('nav.tabs >> nth=0')).toBeLessThanOrEqual(await left('.search-panel'));
    await expect.poll(() => page.getByRole('complementary', { name: 'Codebook' }).isVisible()).toBe(false);

    // Code all hits: untick one span in the preview, code the other two in one step. The first
    // preview's answer (of the hits) is held back until the sentences' has come and a span is
    // unticked there: coming last, it must not replace them.
    let releaseHits = () => {};
    const hitsHeld = new Promise<void>((resolve) => (releaseHits = resolve));
    await page.route('**/api/call', async (route) => {
      const { method, input } = route.request().postDataJSON() as { method: string; input: { codingScope?: string } };
      if (method !== 'search.autocodePreview' || input.codingScope !== 'hit') return route.continue();
      const response = await route.fetch();
      await hitsHeld;
      await route.fulfill({ response });
    });
    const segmentsBefore = await segmentCount(page);
    await panel.getByRole('button', { name: 'Code all hits' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code all hits' });
    // No code is chosen for the researcher: nothing can be coded until one is, and the button offers no count.
    const codePicker = dialog.getByRole('combobox', { name: 'Code', exact: true });
    expect(await codePicker.inputValue()).toBe('');
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code the spans']);
    expect(await dialog.getByRole('button', { name: 'Code the spans' }).isDisabled()).toBe(true);
    const hitsAsked = page.waitForRequest((request) => calledMethod(request) === 'search.autocodePreview');
    await codePicker.selectOption({ label: 'Valence/Positive' });
    const hitsCall = JSON.parse((await hitsAsked).postData()!) as { callId: string; input: { codingScope: string } };
    expect(hitsCall.input.codingScope).toBe('hit');
    // The hits' preview, no longer wanted once the sentences are asked for: its job is asked to stop.
    const previewCancelled = page.waitForRequest((request) => calledMethod(request) === 'jobs.cancelCall');
    await dialog.getByRole('combobox', { name: 'Code what' }).selectOption('sentence');
    expect(JSON.parse((await previewCancelled).postData()!)).toMatchObject({ input: { callId: hitsCall.callId } });
    const boxes = dialog.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(3);
    // Each span names its case as the hits do, with its group.
    expect(await dialog.locator('.kwic-source').allInnerTexts()).toEqual([
      'Programmers · Anna — interview', 'Programmers · Boris — interview', 'Entrepreneurs · Farida — interview',
    ]);
    const sentences = await dialog.locator('.autocode-spans li').allInnerTexts();
    await boxes.nth(1).uncheck();
    const hitsAnswered = page.waitForResponse((r) => r.request().postDataJSON()?.input?.codingScope === 'hit');
    releaseHits();
    await hitsAnswered;
    await page.waitForTimeout(300);
    await page.unroute('**/api/call');
    expect(await dialog.locator('.autocode-spans li').allInnerTexts()).toEqual(sentences);
    await dialog.getByRole('button', { name: 'Code 2 spans' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('2 spans coded (one undo step).');
    // Coded: nothing is left to cancel or apply, so the one button closes; another code picked
    // brings its preview, to code again.
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Close']);
    const firstCode = await codePicker.inputValue();
    await codePicker.selectOption({ label: 'Valence/Negative' });
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code 3 spans']);
    // Back on the first code, the two spans just coded are marked as this coder's and left out.
    await codePicker.selectOption(firstCode);
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code 1 span']);
    expect(await dialog.getByText('already coded by you').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => segmentCount(page)).toBe(segmentsBefore + 2);
    // The query and its hits stay, to be read again now they are coded.
    expect(await box.inputValue()).toBe('move');
    await expect.poll(() => panel.locator('mark.hit').allInnerTexts()).toEqual(['move', 'move', 'move']);
    // Ctrl+Z in a text field undoes typing: leave the search box first.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+Z');
    await expect.poll(() => segmentCount(page)).toBe(segmentsBefore);

    // The panel lists the words the search found; unticking one searches again without its hits,
    // counts and all, and "Code all hits" then starts with it unticked.
    await box.fill('move OR visit');
    await box.press('Enter');
    const panelForms = panel.getByRole('group', { name: /leave out its hits/ });
    await expect.poll(() => panelForms.locator('label').allInnerTexts()).toEqual(['move (3)', 'visits (1)']);
    await panelForms.getByRole('checkbox', { name: 'visits (1)' }).uncheck();
    await expect.poll(() => panel.locator('mark.hit').allInnerTexts()).toEqual(['move', 'move', 'move']);
    // Per group, then per case: Boris's hit of «visits» is gone.
    await expect.poll(() => panel.locator('.search-counts td:last-child').allTextContents()).toEqual(['1', '2', '1', '1', '1']);
    expect(await panel.locator('.search-results > p strong').innerText()).toBe('3 hits');
    expect(await panelForms.locator('label').allInnerTexts()).toEqual(['move (3)', 'visits (1)']);
    await panel.getByRole('button', { name: 'Code all hits' }).click();
    await codePicker.selectOption({ label: 'Valence/Positive' });
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code 3 spans']);
    expect(await dialog.getByRole('checkbox', { name: 'visits (1)' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Ticked again from the keyboard, its hit is back.
    await panelForms.getByRole('checkbox', { name: 'visits (1)' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => panel.locator('mark.hit').allInnerTexts()).toEqual(['move', 'visits', 'move', 'move']);

    // The preview lists the words it found: unticking one leaves out its spans.
    await box.fill('move OR visit');
    await box.press('Enter');
    await panel.getByRole('button', { name: 'Code all hits' }).click();
    await codePicker.selectOption({ label: 'Valence/Positive' });
    const forms = dialog.getByRole('group', { name: /Words found/ });
    await expect.poll(() => forms.getByRole('checkbox').count()).toBe(2);
    expect(await forms.locator('label').allInnerTexts()).toEqual(['move (3)', 'visits (1)']);
    await forms.getByRole('checkbox', { name: 'visits (1)' }).uncheck();
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code 3 spans']);
    await forms.getByRole('checkbox', { name: 'visits (1)' }).check();
    await expect.poll(() => dialog.getByRole('button').allInnerTexts()).toEqual(['Cancel', 'Code 4 spans']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The word list: counted once, then left alone (it once reloaded the project and counted
    // again, some 17 times a second, for as long as it was open); a click on a word searches it.
    const asked: string[] = [];
    page.on('request', (request) => {
      const method = calledMethod(request);
      if (method) asked.push(method);
    });
    await panel.getByRole('button', { name: 'Words', exact: true }).click();
    await panel.getByRole('button', { name: 'contract', exact: true }).waitFor();
    expect(asked).toContain('words.list');
    // The undo's reload may still land once (a new revision is counted again); then nothing.
    await page.waitForTimeout(500);
    asked.length = 0;
    await page.waitForTimeout(1500);
    expect(asked.filter((method) => method === 'words.list' || method === 'session.get')).toEqual([]);
    await panel.getByRole('button', { name: 'contract', exact: true }).click();
    await expect.poll(() => box.inputValue()).toBe('contract');
    await expect.poll(() => lines.count()).toBeGreaterThan(0);

    // Closed by Esc, or by its ×, the codebook is back in its column.
    // Pressed again while the drawer is open: on a loaded machine the word's search can still be
    // drawing its hits when the first press comes, and focus is not yet back in the box.
    await expect.poll(async () => {
      if (await panel.isVisible()) await box.press('Escape');
      return page.getByRole('complementary', { name: 'Codebook' }).isVisible();
    }).toBe(true);
    await page.keyboard.press('Control+Shift+F');
    await panel.locator('.close').click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Codebook' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('the segment list, the word list and the tables keep to the cases in no group', async () => {
    const app = await env.start([], join(env.home, 'no-group'));
    // A case made before the study's groups were settled: in none.
    await apiCall(app.url, 'session.setCoder', { name: 'Ada' });
    const loose = await apiCall(app.url, 'cases.create', { name: 'Zhanna', groupId: null });
    await apiCall(app.url, 'documents.paste', { caseId: loose.id, name: 'Zhanna — notes', text: 'We move to Astana next spring.' });
    const [document] = await apiCall(app.url, 'documents.list', { caseId: loose.id });
    const codeId = (await apiCall(app.url, 'codes.findByPath', { path: 'Valence/Forecast' })).id;
    await apiCall(app.url, 'coding.apply', { documentId: document!.id, start: 0, end: 30, codeId });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.locator('.case-list button.case').first().waitFor();

    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('complementary', { name: 'Search' });
    await panel.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'No group' });
    const box = panel.getByRole('searchbox', { name: 'Search for' });
    await box.fill('move');
    await box.press('Enter');
    // Her grouped neighbours name their group; she says she has none.
    await expect.poll(() => panel.locator('.kwic-source').allInnerTexts()).toEqual(['No group · Zhanna — notes']);
    // A changed filter searches again at once: the old hits stayed under the new filter.
    await panel.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'All groups' });
    await expect.poll(() => panel.locator('.kwic-source').count()).toBe(4);
    await panel.locator('.close').click();

    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.locator('.body-row').first().waitFor();
    await page.getByRole('combobox', { name: 'Filter by group' }).selectOption({ label: 'No group' });
    await expect.poll(() => page.locator(segmentRowName('case')).allInnerTexts()).toEqual(['Zhanna']);
    expect(await page.locator(segmentRowName('group')).allInnerTexts()).toEqual(['No group']);
    expect(await page.getByRole('combobox', { name: 'Filter by case' }).locator('option', { hasText: 'Zhanna' }).innerText()).toBe('No group · Zhanna');

    // The word list counts only her notes: «astana» is in them alone («next», a stop word, is not listed).
    await chooseFromMenu(page, 'Analyse', 'Word frequencies');
    await page.getByRole('combobox', { name: 'Count in' }).selectOption({ label: 'No group' });
    await expect.poll(() => page.locator('.words-view [data-user-data=word]').allInnerTexts()).toEqual(['astana', 'move', 'spring']);

    // And so does a table: her case alone, under «No group».
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.locator('.tables-view').getByRole('combobox', { name: 'Filter by group' }).selectOption({ label: 'No group' });
    // Every case's table holds her too, and a table being built holds no one: both at once.
    const onlyHer = async () => {
      const text = await page.locator('.tables-view').innerText();
      return text.includes('Zhanna') && !text.includes('Anna');
    };
    await expect.poll(onlyHer).toBe(true);

    // Back on the segments, the kept filter shows in its list (it read «All groups» over her rows).
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await expect.poll(() => page.locator(segmentRowName('case')).allInnerTexts()).toEqual(['Zhanna']);
    expect(await page.getByRole('combobox', { name: 'Filter by group' }).inputValue()).toBe('none');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('memos', () => {
  it('on a code from its ⋯ menu and on a segment from its table row, listed with All memos', async () => {
    // Its own settings folder: the coder's name is asked again.
    const app = await env.start([], join(env.home, 'memos'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    const write = async (title: string, text: string) => {
      const dialog = page.getByRole('dialog', { name: 'New memo' }).or(page.getByRole('dialog', { name: 'Memo on this segment' }));
      await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
      await dialog.getByRole('textbox', { name: 'Memo', exact: true }).fill(text);
      await dialog.getByRole('button', { name: 'OK' }).click();
    };

    // A code's memos open under its row; + writes one.
    await page.locator('.codebook .code-more summary').first().click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: 'Memos…' }).click();
    const codeMemos = page.locator('.codebook').getByRole('region', { name: 'Memos' });
    await codeMemos.getByRole('button', { name: 'Add a memo' }).click();
    await write('Scope', 'Use for moves between cities only.');
    await expect.poll(() => codeMemos.locator('.memo p').allInnerTexts()).toEqual(['Use for moves between cities only.']);

    // A segment's memo from the context menu of its row in the segment table.
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.locator('.body-row').first().click({ button: 'right' });
    await page.getByRole('menu', { name: 'Memos of the segment' }).getByRole('menuitem', { name: 'Memo on the segment…' }).click();
    await write('Doubt', 'Is this really about work?');

    await page.locator('.top-bar summary', { hasText: /^Analyse$/ }).click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: /^All memos/ }).click();
    const list = page.locator('.memo-list');
    await expect.poll(() => list.innerText()).toContain('Use for moves between cities only.');
    expect(await list.innerText()).toContain('Is this really about work?');
    // Each says what one memo is on, in the singular: «Segment: …», not the filter's «Segments».
    const sources = await list.locator('.kwic-source').allInnerTexts();
    expect(sources.map((s) => s.split(':')[0])).toEqual(['Segment', 'Code']);
    // A segment's says its case (with its group) and document after the quote, as a case memo's names its case.
    expect(sources[0]).toMatch(/^Segment: .+ \((Programmers|Entrepreneurs) · [^()]+\) · /);
    // A code's memo opens the code's segments, as its ⋯ menu does: that code alone, the quote filter cleared.
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.getByPlaceholder('Filter quotes…').fill('zzz');
    const total = page.getByTestId('segment-total');
    await expect.poll(() => total.innerText()).toBe('0 segments');
    await page.locator('.top-bar summary', { hasText: /^Analyse$/ }).click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: /^All memos/ }).click();
    await list.getByRole('button', { name: 'Open' }).nth(1).click();
    const codeFilter = page.locator('.center').getByLabel('Filter by code', { exact: true });
    const positive = await page.locator('.codebook [data-testid=code-counts]').first().innerText();
    await expect.poll(() => codeFilter.locator('option:checked').innerText()).toMatch(/Positive$/);
    expect(await page.getByPlaceholder('Filter quotes…').inputValue()).toBe('');
    await expect.poll(() => total.innerText()).toBe(`${positive.split(' · ')[0]} segments`);
    // The drawer closed (it lies over the codebook), another code's ⋯ menu: its segments.
    await list.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    await page.locator('.codebook .code-more summary').nth(1).click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: 'Its segments' }).click();
    await expect.poll(() => codeFilter.locator('option:checked').innerText()).toMatch(/Negative$/);
    expect(errors).toEqual([]);
    await page.locator('.top-bar summary', { hasText: /^Analyse$/ }).click();
    await page.locator('.drop-menu[open]').getByRole('button', { name: /^All memos/ }).click();

    // A read that fails says so in the message bar (it used to be lost, the list left as it was).
    await failCalls(page, ['memos.find'], 'The memos could not be read (test).');
    await list.getByRole('searchbox', { name: 'Find in memos' }).fill('work');
    await expect.poll(() => page.locator('.message').innerText()).toContain('The memos could not be read (test).');
  }, 90_000);
});

async function segmentCount(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('./api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CaseCoder-Token': sessionStorage.getItem('casecoder.token') ?? '' },
      body: JSON.stringify({ method: 'segments.query', input: { limit: 1 } }),
    });
    return ((await response.json()) as { value: { total: number } }).value.total;
  });
}
