/**
 * Issue 3's acceptance: the same study built with the command line and through the UI gives
 * the same exported files, for every table kind in every format.
 */
import { describe, expect, it } from 'vitest';
import { apiCall } from './contract-client.js';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { exportFormats, tableKinds } from '../../shared/tables.js';
import { unzip } from '../unit/export/ooxml.js';
import { calledMethod, dragSelect, importCaseTable, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { readingOrder } from '../helpers/reading-order.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = `${root}tests/fixtures/case-table-programmers.csv`;
const codings = [
  { caseName: '1', document: '1 — Negative facts', quote: 'Slow internet', code: 'Technological' },
  { caseName: '3', document: '3 — Positive facts', quote: 'Taxes for freelancers are low', code: 'Economic' },
  { caseName: '3', document: '3 — Negative facts', quote: 'Winter smog', code: 'Environmental' },
];

const env = useBrowserTestEnv();

const cliOptions = () => ({ cwd: env.home, env: { ...process.env, LC_ALL: 'C.UTF-8', CASECODER_HOME: join(env.home, 'cli-home') } });

function cli(...args: string[]): string {
  return execFileSync(process.execPath, [`${root}bin/casecoder.js`, ...args], cliOptions()).toString();
}

/**
 * Runs the commands two at a time while the test goes on: 24 whole processes one after another
 * were half of this test's minute, mostly waiting on a loaded machine.
 */
async function cliInBackground(commands: string[][]): Promise<void> {
  const queue = [...commands];
  const run = promisify(execFile);
  const lane = async () => {
    for (let args = queue.shift(); args; args = queue.shift()) await run(process.execPath, [`${root}bin/casecoder.js`, ...args], cliOptions());
  };
  await Promise.all([lane(), lane()]);
}

/** Office files compared by their parts, leaving out the creation time in docProps. */
async function comparable(path: string, format: string): Promise<unknown> {
  const bytes = readFileSync(path);
  if (format !== 'xlsx' && format !== 'docx') return bytes.toString('utf8');
  const parts = await unzip(bytes);
  return Object.fromEntries([...parts].filter(([name]) => !name.startsWith('docProps/')).sort());
}

/** The page says where the file went: a browser saves it with nothing in the page to say so. */
async function saysDownloaded(page: Page, fileName: string) {
  await expect.poll(() => page.locator('.message.done').innerText()).toContain(`Handed to the browser to save: ${fileName}.`);
}

async function exportFromUi(page: Page, kind: string, format: string, out: string) {
  await page.getByLabel('Table', { exact: true }).selectOption(kind);
  if (kind === 'code-case' || kind === 'cooccurrence') await page.getByLabel('Codes', { exact: true }).selectOption({ label: 'All frameworks' });
  await page.getByLabel('Export format').selectOption(format);
  // The table is not built again for its export, nor the project's data read again: an export changes nothing.
  const called: string[] = [];
  const note = (request: Request) => void called.push(calledMethod(request) ?? '');
  page.on('request', note);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  await download.saveAs(out);
  await saysDownloaded(page, download.suggestedFilename());
  // The button waited without losing the focus (disabled, it dropped it to the page's body).
  expect(await exportButton.evaluate((button) => button === document.activeElement)).toBe(true);
  // Time for a reload after it to start, as one did.
  await page.waitForTimeout(500);
  page.off('request', note);
  expect(called.filter((method) => method === 'tables.build' || method === 'codebook.counts')).toEqual([]);
}

/** The journal fields whose placeholders are wider than the room inside them. */
function cutPlaceholders(page: Page): Promise<string[]> {
  return page.locator('.filters input[placeholder]').evaluateAll((inputs) => {
    const measure = document.createElement('canvas').getContext('2d')!;
    return (inputs as HTMLInputElement[]).filter((input) => {
      const style = getComputedStyle(input);
      measure.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (input.type === 'number' ? 16 : 0);
      return measure.measureText(input.placeholder).width > room;
    }).map((input) => input.placeholder);
  });
}

describe('tables built by the command line and by the UI', () => {
  it('export the same files', async () => {
    cli('new', 'cli.casecoder');
    cli('import', 'cli.casecoder', fixture, '--case-table', '--group', 'Programmers', '--coder', 'Ada');
    for (const c of codings) cli('code', 'cli.casecoder', '--case', c.caseName, '--quote', c.quote, '--code', `STEEPL/${c.code}`, '--coder', 'Ada');
    const cliTables = cliInBackground(tableKinds.flatMap((kind) => exportFormats.map((format) => ['table', 'cli.casecoder', '--kind', kind, '--format', format, '--out', `cli-${kind}.${format}`])));
    // Settled at once, so a failed command fails the test where it is awaited, not as an unhandled rejection meanwhile.
    const cliDone = cliTables.then(() => null, (error: unknown) => error);

    const app = await env.start(['--project', join(env.home, 'ui.casecoder')], join(env.home, 'ui-home'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await importCaseTable(page, fixture, 'Programmers');
    for (const c of codings) {
      await page.locator('.case-list button.case', { hasText: new RegExp(`^${c.caseName}\\s`) }).click();
      await page.locator('.case-list').getByRole('button', { name: c.document }).click();
      await expect.poll(() => page.getByTestId('document-text').innerText()).toContain(c.quote);
      await dragSelect(page, '[data-testid=document-text]', c.quote);
      await page.getByRole('button', { name: c.code, exact: true }).click();
      await expect.poll(() => page.locator(`mark[data-codes*="${c.code}"]`).first().innerText()).toBe(c.quote);
    }

    expect(await cliDone).toBeNull();
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    // The journal fields show their whole placeholders (the number's fixed 7em cut «Table number»).
    expect(await cutPlaceholders(page)).toEqual([]);
    for (const kind of tableKinds) {
      for (const format of exportFormats) {
        const ui = join(env.home, `ui-${kind}.${format}`);
        await exportFromUi(page, kind, format, ui);
        // Each kind's default title shows whole in the title field.
        if (format === exportFormats[0]) await expect.poll(() => cutPlaceholders(page), { message: kind }).toEqual([]);
        expect(await comparable(ui, format), `${kind}.${format}`).toEqual(await comparable(join(env.home, `cli-${kind}.${format}`), format));
      }
    }
    // The same export again is said again: a new line in the status region, read out anew (it kept the old one).
    const status = page.locator('.message.done [role=status] > span');
    await status.evaluate((line) => { line.dataset.said = 'before'; });
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    await saysDownloaded(page, again.suggestedFilename());
    await expect.poll(() => status.getAttribute('data-said'), { timeout: 10_000 }).toBeNull();
    // The co-occurrence table (shown last) says on screen, as its export's note does, that its cells count pairs.
    expect(await page.getByLabel('Table', { exact: true }).inputValue()).toBe('cooccurrence');
    await expect.poll(() => page.getByText(/^Each cell counts pairs of overlapping segments/).count()).toBe(1);
    const crosstab = JSON.parse(readFileSync(join(env.home, 'ui-crosstab.json'), 'utf8')) as {
      cells: { row: string; column: string; count: number; segmentIds: number[] }[]; segments: { id: number; case: string; quote: string }[];
    };
    const economic = crosstab.cells.find((c) => c.row === 'Economic' && c.column === 'Positive')!;
    expect(economic.segmentIds.map((id) => crosstab.segments.find((s) => s.id === id)).map((s) => [s?.case, s?.quote])).toEqual([['3', 'Taxes for freelancers are low']]);

    // The segment list as a file: the same as the command line's, and as the list is filtered.
    cli('segments', 'cli.casecoder', '--format', 'csv', '--out', 'cli-segments.csv');
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    const exportList = async (out: string) => {
      await page.getByLabel('Export format').selectOption('csv');
      const exportButton = page.getByRole('button', { name: 'Export', exact: true });
      const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
      await download.saveAs(join(env.home, out));
      await saysDownloaded(page, download.suggestedFilename());
      expect(await exportButton.isEnabled()).toBe(true);
      expect(await exportButton.evaluate((button) => button === document.activeElement)).toBe(true);
      return readFileSync(join(env.home, out), 'utf8');
    };
    expect(await exportList('ui-segments.csv')).toBe(readFileSync(join(env.home, 'cli-segments.csv'), 'utf8'));
    await page.getByPlaceholder('Filter quotes…').fill('WINTER');
    // The case table's own coded answer holds the words too.
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('2 segments');
    const quotes = (await exportList('ui-winter.csv')).split('\r\n').slice(1, -1).map((line) => line.split(',').slice(5, -4).join(','));
    expect(quotes.sort()).toEqual(['"Winter smog, and prices went up by a third."', 'Winter smog']);
    expect(errors).toEqual([]);
  }, 120_000);

  it("narrows tables and segments to a coder picked from the project's coders", async () => {
    const app = await env.start([], join(env.home, 'coders'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openAsCoder(page, app.url);
    // Typed, a name spelt another way matched nobody and left an empty table: now a list.
    for (const view of ['Tables', 'Segments']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      const filter = page.getByLabel('Filter by coder');
      await expect.poll(() => filter.locator('option').allInnerTexts()).toEqual(['All coders', 'Demo coder']);
      await filter.selectOption('Demo coder');
    }
    await expect.poll(() => page.getByTestId('segment-total').innerText()).toBe('12 segments');
    await page.close();
    await app.stop();
  });

  it('numbers a table «П1» or «1.2» as a Russian paper does, on screen and in the exported caption', async () => {
    const app = await env.start([], join(env.home, 'numbered'));
    // A yes/no attribute, offered in the filter in Russian words, not as true and false.
    const family = await apiCall(app.url, 'attributes.create', { name: 'Семья', type: 'boolean' });
    const [first] = await apiCall(app.url, 'cases.list', {});
    await apiCall(app.url, 'attributes.setValue', { caseId: first!.id, attributeId: family.id, value: true });
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ru-RU' });
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Кто кодирует?' }).getByRole('textbox').fill('Айжан');
    await page.getByRole('button', { name: 'ОК', exact: true }).click();
    await page.getByRole('button', { name: 'Таблицы', exact: true }).click();
    const number = page.getByLabel('Номер таблицы', { exact: true });
    const caption = page.getByTestId('cross-table').locator('caption');
    expect(await page.locator('option', { hasText: 'Семья: ' }).allInnerTexts()).toEqual(['Семья: да']);
    await number.fill('П1');
    await expect.poll(() => caption.innerText()).toMatch(/^Таблица П1\. Кейсы × Valence/);
    // Not a number a caption can take: said under the field, and nothing is exported with it.
    await number.fill('1 2');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /\S/ }).innerText()).toContain('например 3, 1.2 или П1');
    expect(await page.getByRole('button', { name: 'Экспортировать', exact: true }).isDisabled()).toBe(true);
    await number.fill('1.2');
    await page.getByLabel('Формат экспорта').selectOption('docx');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Экспортировать', exact: true }).click()]);
    const out = join(env.home, 'numbered.docx');
    await download.saveAs(out);
    const xml = (await unzip(readFileSync(out))).get('word/document.xml')!.toString();
    expect(xml).toContain('<w:t xml:space="preserve">Таблица 1.2.</w:t>');
    // Another table starts without the last one's number, title and note.
    await page.getByLabel('Название таблицы', { exact: true }).fill('Факторы миграции по кейсам');
    await page.getByLabel('Таблица', { exact: true }).selectOption('crosstab');
    await expect.poll(() => caption.innerText()).not.toContain('Факторы миграции');
    expect(await number.inputValue()).toBe('');
    expect(await caption.innerText()).not.toMatch(/^Таблица 1\.2/);
    // Each kind keeps its own frameworks: the code × case table's codes chosen leave the cross-tab's columns as they were.
    const columns = page.getByLabel('Столбцы', { exact: true });
    const crosstabColumns = await columns.inputValue();
    await page.getByLabel('Таблица', { exact: true }).selectOption('code-case');
    const codes = page.getByLabel('Коды', { exact: true });
    await codes.selectOption(await codes.locator('option[value]:not([value=""])').evaluateAll((options, keep) =>
      options.map((o) => (o as HTMLOptionElement).value).find((v) => v !== keep)!, crosstabColumns));
    await page.getByLabel('Таблица', { exact: true }).selectOption('crosstab');
    expect(await columns.inputValue()).toBe(crosstabColumns);
    // Back at a table, its number and title are its own again.
    await page.getByLabel('Таблица', { exact: true }).selectOption('case-matrix');
    await expect.poll(() => caption.innerText()).toMatch(/^Таблица 1\.2\. Факторы миграции по кейсам/);
    expect(await number.inputValue()).toBe('1.2');
    expect(errors).toEqual([]);
  }, 60_000);
  it('draws a table of 110 cases by 209 codes a window at a time, which the keyboard crosses cell by cell to its far corner', async () => {
    // 110 cases answering 200 questions: each column a code of its own, each answer a segment.
    const themes = Array.from({ length: 200 }, (_, i) => `Theme ${String(i + 1).padStart(3, '0')}`);
    const answer = (c: number, i: number) => ((c * 7 + i) % 3 === 0 ? '-' : `answer ${c} ${i}`);
    const lines = [['Case', ...themes], ...Array.from({ length: 110 }, (_, c) => [String(c + 1), ...themes.map((_, i) => answer(c + 1, i + 1))])];
    writeFileSync(join(env.home, 'wide.csv'), `${lines.map((line) => line.join(',')).join('\n')}\n`);
    cli('new', 'wide.casecoder');
    // Quietly: it says of each of the 200 columns that it made a code of it.
    execFileSync(process.execPath, [`${root}bin/casecoder.js`, 'import', 'wide.casecoder', 'wide.csv', '--case-table', '--group', 'Survey', '--coder', 'Ada'], { ...cliOptions(), stdio: 'pipe' });
    const app = await env.start(['--project', join(env.home, 'wide.casecoder')], join(env.home, 'wide'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.getByLabel('Table', { exact: true }).selectOption('code-case');
    await page.getByLabel('Codes', { exact: true }).selectOption({ label: 'All frameworks' });
    const table = page.getByTestId('cross-table');
    // The group's heading, 110 cases and the total (+ the header row); 9 default codes, 200 themes and the row labels.
    await expect.poll(() => table.getAttribute('aria-colcount')).toBe('210');
    expect(await table.getAttribute('aria-rowcount')).toBe('113');
    // Only what is in view is in the page: drawn whole, the table took minutes to lay out.
    expect(await table.locator('.count-cell').count()).toBeLessThan(2_000);
    // The columns are as wide as the longest word of a heading: none is broken inside a word
    // (at 96 px, «Sociocultu|ral»). A word drawn on two lines has two boxes.
    const brokenWords = await table.evaluate((grid) => [...grid.querySelectorAll('.count-grid-head [role=columnheader][title]')].flatMap((heading) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (range.getClientRects().length > 1) broken.push(word[0]);
        }
      }
      return broken;
    }));
    expect(brokenWords).toEqual([]);
    expect(await table.getByRole('columnheader', { name: 'STEEPL/Sociocultural' }).count()).toBe(1);

    // A grid in a region named by the table's title: one cell is in the tab order, and the
    // arrow keys move from cell to cell, drawing and showing the cells they reach.
    const region = page.getByRole('region', { name: 'Case × code counts' });
    expect(await region.getByRole('grid').count()).toBe(1);
    const tabStops = table.getByRole('gridcell').and(table.locator('[tabindex="0"]'));
    expect(await tabStops.count()).toBe(1);
    await tabStops.focus();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? null);
    expect(await focused()).toBe('1:0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('2:1');
    // Its focus ring has a white ring inside, seen on the darkest shading too.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow)).toMatch(/rgb\(255, 255, 255\).*inset|inset.*rgb\(255, 255, 255\)/);
    // A cell is read by its row, its column and its count, not as the bare number.
    const said = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(said).toMatch(/^\S.*, Valence\/Negative: \d+$/);
    expect(said!.startsWith(await table.locator('[aria-rowindex="4"]').getByRole('rowheader').innerText())).toBe(true);
    // Scrolled away from the focused cell, whose element then serves the cells scrolled in, focus
    // does not go with that element to another cell: it waits on the grid, and the next key moves
    // on from the focused cell.
    await region.evaluate((wrap) => { wrap.scrollLeft = 6000; });
    await expect.poll(() => region.evaluate((wrap) => wrap.querySelector('[data-cell="2:1"]') === null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe('2:0');
    expect(await region.evaluate((wrap) => wrap.scrollLeft)).toBe(0);
    // The far corner: the total row's last column, then the last case above it.
    await page.keyboard.press('Control+End');
    await expect.poll(focused).toBe('111:208');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('110:208');
    expect(await region.evaluate((wrap) => [wrap.scrollLeft > 0, wrap.scrollTop > 0])).toEqual([true, true]);
    // In view, not under the sticky header or row labels: the cell itself is at its centre.
    const uncovered = () => page.evaluate(() => {
      const cell = document.activeElement as HTMLElement;
      const box = cell.getBoundingClientRect();
      return cell.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(await uncovered()).toBe(true);
    // Leftwards and upwards past the view's edge, one cell at a time: shown beside the labels and below the header.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      // Polled: the grid draws the cells scrolled in on its next frame, which a loaded machine (CI, tests beside) delays.
      await expect.poll(uncovered, { message: `${i + 1} cells up and left` }).toBe(true);
    }
    await expect.poll(focused).toBe('95:193');
    // Back to the first cell, which scrolling left and up would leave under the labels and header.
    await page.keyboard.press('Control+Home');
    await expect.poll(focused).toBe('1:0');
    expect(await uncovered()).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('110:208');

    // The last case's answer to the last theme, and its segment behind it.
    const lastCase = table.getByRole('row').and(table.locator('[aria-rowindex="112"]'));
    expect(await lastCase.getByRole('rowheader').innerText()).toBe('110');
    expect(await table.getByRole('columnheader').and(table.locator('[aria-colindex="210"]')).innerText()).toBe('Case table columns/Theme 200');
    expect(await lastCase.getByRole('gridcell').and(lastCase.locator('[aria-colindex="210"]')).innerText()).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.evidence li').innerText()).toBe(`110: ${answer(110, 200)}`);
    // Opened below the grid, the segments are scrolled into the window, not left under its edge.
    const inWindow = () => page.locator('.evidence li').evaluate((li) => li.getBoundingClientRect().bottom <= window.innerHeight);
    await expect.poll(inWindow).toBe(true);
    // A click opens a cell's segments too, and the grid's focus goes to that cell.
    await lastCase.getByRole('gridcell').and(lastCase.locator('[aria-colindex="208"]')).click();
    await expect.poll(() => page.locator('.evidence li').innerText()).toBe(`110: ${answer(110, 198)}`);
    expect(await focused()).toBe('110:206');
    // A count of 0 (no answer to theme 199) opens nothing: the segments shown stay. (Given the
    // time a cell's segments took to come above, had it opened them.)
    await lastCase.getByRole('gridcell').and(lastCase.locator('[aria-colindex="209"]')).click();
    await expect.poll(focused).toBe('110:207');
    await page.waitForTimeout(500);
    expect(await page.locator('.evidence h3').innerText()).toMatch(/Theme 198: /i);
    await lastCase.getByRole('gridcell').and(lastCase.locator('[aria-colindex="208"]')).click();
    // Left for the segments and come back to: the same table, not the view's first one, scrolled
    // where it was and with its open cell's segments (it came back at its corner, the cell closed).
    const place = () => region.evaluate((wrap) => [wrap.scrollLeft, wrap.scrollTop]);
    const left = await place();
    expect(left[0]).toBeGreaterThan(1000);
    await page.getByRole('button', { name: 'Segments', exact: true }).click();
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    expect(await page.getByLabel('Table', { exact: true }).inputValue()).toBe('code-case');
    await expect.poll(() => table.getAttribute('aria-colcount')).toBe('210');
    await expect.poll(place).toEqual(left);
    await expect.poll(() => page.locator('.evidence li').innerText()).toBe(`110: ${answer(110, 198)}`);
    // Another table starts at its first row and column, not where this one was scrolled (it kept
    // the grid and its scroll: a case matrix opened at its 273rd case); back, this one is where it was.
    const allCodes = () => page.getByLabel('Codes', { exact: true }).selectOption({ label: 'All frameworks' });
    await page.getByLabel('Table', { exact: true }).selectOption('cooccurrence');
    await allCodes();
    // 209 codes by 209: a grid too, where the last one was.
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('210');
    expect(await page.locator('.count-grid-wrap').evaluate((wrap) => [wrap.scrollLeft, wrap.scrollTop])).toEqual([0, 0]);
    await page.getByLabel('Table', { exact: true }).selectOption('code-case');
    await allCodes();
    await expect.poll(place).toEqual(left);

    // Scrolled sideways, the cells scrolled in take over the elements of those scrolled out: a
    // step gives cells new counts and creates none (as a table it re-laid every row, 16 fps).
    const sideways = await region.evaluate(async (wrap) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // First the widest view there is, so the count of columns drawn is settled.
      wrap.scrollLeft = 1000;
      await frame();
      let created = 0;
      const watch = new MutationObserver((records) => {
        for (const record of records) created += [...record.addedNodes].filter((n) => n instanceof HTMLElement && n.matches('[role=gridcell]')).length;
      });
      watch.observe(wrap, { childList: true, subtree: true });
      for (let i = 0; i < 60; i++) {
        wrap.scrollLeft += 150;
        await frame();
      }
      watch.disconnect();
      return { created, left: wrap.scrollLeft, drawn: wrap.querySelectorAll('[role=gridcell]').length };
    });
    expect(sideways.left).toBeGreaterThan(9000);
    expect(sideways.drawn).toBeGreaterThan(100);
    expect(sideways.created).toBe(0);
    // The focused cell is far off now: Tab would land on the first cell in view, not on one drawn
    // beyond the view's edge (under the row labels or the header), which would scroll the view.
    const tabStop = await region.evaluate((wrap) => {
      const cell = wrap.querySelector('[role=gridcell][tabindex="0"]')!.getBoundingClientRect();
      const view = wrap.getBoundingClientRect();
      return { left: cell.left - view.left, right: cell.right - view.left, top: cell.top - view.top, bottom: cell.bottom - view.top };
    });
    expect(tabStop.left).toBeGreaterThanOrEqual(240 - 96);
    expect(tabStop.right).toBeGreaterThan(240);
    expect(tabStop.top).toBeGreaterThanOrEqual(92 - 32);
    expect(tabStop.bottom).toBeGreaterThan(92);

    // Down too, then: the page holds rows and cells in slot order, and screen readers still get
    // them in the order they are seen (CSS reading-flow), as Chromium's accessibility tree shows.
    await region.evaluate((wrap) => { wrap.scrollTop = 1500; });
    await expect.poll(() => table.locator('[aria-rowindex="50"]').count()).toBe(1);
    const inPage = await table.evaluate((grid) => {
      const indexes = (selector: string, attribute: string) => [...grid.querySelectorAll(selector)].map((e) => Number(e.getAttribute(attribute)));
      return { rows: indexes('.count-grid-body > [role=row]', 'aria-rowindex'), columns: indexes('.count-grid-head [role=columnheader][aria-colindex]', 'aria-colindex') };
    });
    const ascending = (list: number[]) => list.every((n, i) => i === 0 || list[i - 1]! < n);
    expect(ascending(inPage.rows) || ascending(inPage.columns), 'the page already in order: nothing for reading-flow to do').toBe(false);
    const rowsRead = await readingOrder(table.locator('.count-grid-body'), 'aria-rowindex');
    const columnsRead = await readingOrder(table.locator('.count-grid-head [role=row]'), 'aria-colindex');
    expect(rowsRead).toEqual([...inPage.rows].sort((a, b) => a - b));
    expect(columnsRead).toEqual([...inPage.columns].sort((a, b) => a - b));

    // A case's name with a slash in it is a name, cut at its end: only a code row's label is cut in its path.
    const renamed = await apiCall(app.url, 'cases.findByName', { name: '1', groupName: 'Survey' });
    await apiCall(app.url, 'cases.rename', { id: renamed.id, name: '1/2026 Алматы' });
    await page.reload();
    await page.getByRole('button', { name: 'Tables', exact: true }).click();
    await page.getByLabel('Table', { exact: true }).selectOption('code-case');
    await allCodes();
    const slashed = table.getByRole('rowheader', { name: '1/2026 Алматы', exact: true });
    await region.evaluate((wrap) => { wrap.scrollTop = 0; });
    await slashed.waitFor();
    expect(await slashed.locator('.label-name, .label-path').count()).toBe(0);
    expect(await slashed.innerText()).toBe('1/2026 Алматы');
    expect(errors).toEqual([]);
  }, 60_000);
});
