/** Charts of the demo study: frequencies by group and a profile per group, clickable to segments, saved as SVG and PNG. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCaseTable, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';
import { apiCall } from './contract-client.js';

const env = useBrowserTestEnv();
const screens = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

/** A settings folder of its own, so the app asks who codes and starts its demo study anew. */
const freshHome = (name: string) => {
  const home = join(env.home, name);
  mkdirSync(home, { recursive: true });
  return home;
};

describe('charts', () => {
  it('draws bars per group, opens a bar’s segments and saves SVG and PNG', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start();
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    // A third group whose one segment is coded with Valence alone: nothing for its STEEPL profile.
    const table = join(env.home, 'newcomers.csv');
    writeFileSync(table, 'Case,Positive facts\nN1,The people are kind.\n');
    await importCaseTable(page, table, 'Newcomers');
    // A case in no group, with a negative economic remark: the cases in no group are one more set of bars.
    const loose = await apiCall(app.url, 'cases.create', { name: 'Zhanna', groupId: null });
    await apiCall(app.url, 'documents.paste', { caseId: loose.id, name: 'Zhanna — notes', text: 'Rents went up again.' });
    const [notes] = await apiCall(app.url, 'documents.list', { caseId: loose.id });
    const economic = (await apiCall(app.url, 'codes.findByPath', { path: 'STEEPL/Economic' })).id;
    await apiCall(app.url, 'coding.apply', { documentId: notes!.id, start: 0, end: 20, codeId: economic });
    const negative = (await apiCall(app.url, 'codes.findByPath', { path: 'Valence/Negative' })).id;
    await apiCall(app.url, 'coding.apply', { documentId: notes!.id, start: 0, end: 20, codeId: negative });
    await page.reload();
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const charts = page.locator('figure.chart');
    // Frequencies, then one profile per group (Programmers, Entrepreneurs, Newcomers), then the cases in no group.
    await expect.poll(() => charts.count()).toBe(5);
    expect(await charts.nth(3).innerText()).toContain('No segments of Newcomers to count here.');
    expect(await charts.nth(3).locator('svg').count()).toBe(0);
    expect(await charts.nth(4).locator('figcaption').innerText()).toContain('STEEPL × Valence in No group');
    await expect.poll(() => charts.first().locator('.chart-legend li').allInnerTexts()).toEqual(['Programmers (3 cases)', 'Entrepreneurs (3 cases)', 'Newcomers (1 case)', 'No group (1 case)']);
    await expect.poll(() => charts.nth(4).locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expect.poll(() => charts.first().locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await charts.nth(1).locator('figcaption').innerText()).toContain('STEEPL × Valence in Programmers');
    // The legend in the codebook's order, not sorted by name (Forecast, Negative, Positive).
    await expect.poll(() => charts.nth(1).locator('.chart-legend li').allInnerTexts()).toEqual(['Positive', 'Negative', 'Forecast']);
    // The groups' profiles share one value axis, so a group with few segments is not drawn as tall as one with many.
    const tops = await charts.evaluateAll((figures) =>
      figures.slice(1).flatMap((figure) => [...figure.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent).slice(-1)),
    );
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: `${screens}charts.png` });
    // Nothing drawn past a plot's edges (the top value's label lost its top at the upper edge).
    const overhangs = await charts.evaluateAll((figures) =>
      figures.flatMap((figure) => {
        const svg = figure.querySelector('.recharts-wrapper > svg');
        if (!svg) return [];
        const edge = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
          .filter(({ box }) => box.top < edge.top || box.bottom > edge.bottom || box.left < edge.left || box.right > edge.right)
          .map(({ text }) => text);
      }),
    );
    expect(overhangs).toEqual([]);
    // Each plot spans its card (fixed at 560 px, they used ~60% of it at 1,400 px), also after
    // the codebook's column is narrowed.
    const plotShares = () =>
      charts.evaluateAll((figures) =>
        figures
          .filter((figure) => figure.querySelector('.recharts-wrapper > svg'))
          .map((figure) => Math.round((100 * figure.querySelector('.recharts-wrapper > svg')!.getBoundingClientRect().width) / (figure.clientWidth - 16))),
      );
    expect(await plotShares()).toEqual([100, 100, 100, 100]);
    await page.getByRole('separator', { name: 'Width of the codebook' }).focus();
    await page.keyboard.press('Home');
    await expect.poll(plotShares).toEqual([100, 100, 100, 100]);
    // In a window of 1024 px too (plots of 560 px ran past cards of ~430), the names then turned
    // rather than run together.
    await page.setViewportSize({ width: 1024, height: 900 });
    await expect.poll(plotShares).toEqual([100, 100, 100, 100]);
    const turned = await charts.first().locator('.recharts-xAxis-tick-labels text, .recharts-cartesian-axis-tick text').first().getAttribute('transform');
    expect(turned).toContain('rotate(-35');
    await page.setViewportSize({ width: 1400, height: 900 });

    // A bar opens the segments behind it.
    // (A bar of 0 has no height to click: the first one with some.)
    const bars = charts.first().locator('.recharts-bar-rectangle path');
    const tall = await bars.evaluateAll((paths) => paths.findIndex((p) => p.getBoundingClientRect().height > 2));
    await bars.nth(tall).click();
    await expect.poll(() => page.locator('.chart-evidence li').count()).toBeGreaterThan(0);
    const heading = (await page.locator('.chart-evidence h3').textContent()) ?? '';
    const shown = Number(/(\d+) segments?$/.exec(heading)?.[1] ?? `no count in ${heading}`);
    expect(await page.locator('.chart-evidence li').count()).toBe(shown);
    await page.locator('.chart-evidence li button').first().click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Charts', exact: true }).click();

    // Saved as SVG and as PNG.
    const [svg] = await Promise.all([page.waitForEvent('download'), charts.first().getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('Segments per code of STEEPL, by group.svg');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('Programmers');
    const [png] = await Promise.all([page.waitForEvent('download'), charts.first().getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('Segments per code of STEEPL, by group.png');
    // Saved by the browser with nothing in the page to say so: the page says where it went.
    await expect.poll(() => page.locator('.message.done').innerText()).toContain('Handed to the browser to save: Segments per code of STEEPL, by group.png.');
    await png.saveAs(`${screens}chart-export.png`);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
  }, 90_000);

  it('profiles a framework against another, never against itself', async () => {
    const app = await env.start([], freshHome('against'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const charts = page.locator('figure.chart');
    const against = page.getByLabel('Profile against');
    // Valence × Valence restated the frequencies: choosing Valence's codes profiles them against STEEPL.
    await page.getByLabel('Codes of').selectOption({ label: 'Valence' });
    await expect.poll(() => against.locator('option').allInnerTexts()).toEqual(['STEEPL']);
    await expect.poll(() => charts.nth(1).locator('figcaption span').innerText()).toBe('Valence × STEEPL in Programmers');
    // Back to STEEPL's codes, against Valence as chosen at first.
    await page.getByLabel('Codes of').selectOption({ label: 'STEEPL' });
    await expect.poll(() => against.locator('option').allInnerTexts()).toEqual(['Valence']);
    await expect.poll(() => charts.nth(1).locator('figcaption span').innerText()).toBe('STEEPL × Valence in Programmers');
    expect(errors).toEqual([]);
  }, 60_000);

  it('saves a chart as a figure that stands alone: titled, its axes labelled, nothing cut off', async () => {
    mkdirSync(screens, { recursive: true });
    const app = await env.start([], freshHome('figure'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const profile = page.locator('figure.chart').nth(1);
    await expect.poll(() => profile.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    // On screen too, the axes say what they are.
    expect(await profile.locator('.recharts-label').allTextContents()).toEqual(['Codes of STEEPL', 'Segments']);
    const [download] = await Promise.all([page.waitForEvent('download'), profile.getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('STEEPL × Valence in Programmers.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(svg)?.[1]).toBe('STEEPL × Valence in Programmers');
    expect(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1]).toBe('Bar chart. Vertical axis: Segments. Horizontal axis: Codes of STEEPL. Colours: Positive, Negative, Forecast.');
    // Drawn on its own, the file shows its title and axis labels, every word inside its edges.
    const viewer = await env.browser.newPage();
    await viewer.setContent(`<body style="margin:0">${svg}</body>`);
    const drawn = await viewer.locator('svg').first().evaluate((root) => {
      const edge = root.getBoundingClientRect();
      const texts = [...root.querySelectorAll('text')].filter((text) => text.closest('svg') === root);
      return {
        size: [edge.width, edge.height, Number(root.getAttribute('width')), Number(root.getAttribute('height'))],
        words: texts.map((text) => text.textContent),
        outside: texts.filter((text) => {
          const box = text.getBoundingClientRect();
          return box.top < edge.top || box.bottom > edge.bottom || box.left < edge.left || box.right > edge.right;
        }).map((text) => text.textContent),
      };
    });
    await viewer.close();
    expect(drawn.words).toEqual(expect.arrayContaining(['STEEPL × Valence in Programmers', 'Segments', 'Codes of STEEPL']));
    expect(drawn.outside).toEqual([]);
    // At its own size, not stretched to the window it is opened in.
    expect(drawn.size.slice(0, 2)).toEqual(drawn.size.slice(2));
    const [png] = await Promise.all([page.waitForEvent('download'), profile.getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('STEEPL × Valence in Programmers.png');
    await png.saveAs(`${screens}chart-figure.png`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('measures bars per case and as shares of cases, remembered, in the tooltip and the saved figure', async () => {
    const app = await env.start([], freshHome('measure'));
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = watchErrors(page);
    await openAsCoder(page, app.url);
    // One more programmer, with nothing coded: the groups are of unequal size (4 and 3).
    const groups = await apiCall(app.url, 'groups.list', {});
    const programmers = groups.find((g) => g.name === 'Programmers')!;
    await apiCall(app.url, 'cases.create', { name: 'P4', groupId: programmers.id });
    // What the bar should say, from the service's own table: Economic in Programmers.
    const economic = await apiCall(app.url, 'codes.findByPath', { path: 'STEEPL/Economic' });
    const table = await apiCall(app.url, 'tables.build', { kind: 'code-case', columnFramework: economic.frameworkId, groupBy: 'group', filters: { groupIds: [programmers.id] } });
    const column = table.columns.findIndex((c) => c.key === String(economic.id));
    const dataRows = table.rows.flatMap((row, r) => (row.role === 'data' ? [r] : []));
    const segments = table.cells[table.rows.findIndex((row) => row.role === 'total')]![column]!.count;
    const withCode = dataRows.filter((r) => table.cells[r]![column]!.count > 0).length;
    expect(dataRows.length).toBe(4);
    expect(segments).toBeGreaterThan(0);

    await page.reload();
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const chart = page.locator('figure.chart').first();
    await page.getByLabel('Measure').selectOption({ label: 'Segments per case' });
    await expect.poll(() => chart.locator('figcaption span').innerText()).toBe('Segments per case by code of STEEPL, by group');
    await expect.poll(() => chart.locator('.chart-legend li').first().innerText()).toBe('Programmers (4 cases)');
    // Economic's bars: the tooltip of its column, whose first line is the first group's (Programmers).
    const economicX = async () => {
      const tick = chart.locator('.recharts-xAxis-tick-labels text', { hasText: /^Economic$/ });
      const box = (await tick.boundingBox())!;
      return box.x + box.width / 2;
    };
    const tooltip = async () => {
      const plot = (await chart.locator('.recharts-wrapper > svg').boundingBox())!;
      await page.mouse.move(await economicX(), plot.y + plot.height / 2);
      return chart.locator('.recharts-tooltip-item').first().innerText();
    };
    const perCase = (segments / 4).toFixed(1);
    await expect.poll(tooltip).toContain(`${perCase} per case (${segments} segment`);
    expect(await chart.locator('.recharts-label').allTextContents()).toEqual(['Codes of STEEPL', 'Segments per case']);
    // The profiles show it too, their group named with its cases.
    await expect.poll(() => page.locator('figure.chart').nth(1).locator('figcaption span').innerText()).toBe('STEEPL × Valence in Programmers (4 cases), segments per case');
    const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('Segments per case by code of STEEPL, by group.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1]).toContain('Vertical axis: Segments per case.');
    expect(svg).toContain('Programmers (4 cases)');

    // Remembered over a reload; the share of cases with the code, its count of cases beside it.
    await page.getByLabel('Measure').selectOption({ label: 'Share of cases' });
    await page.reload();
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    await expect.poll(() => page.getByLabel('Measure').inputValue()).toBe('shareOfCases');
    await expect.poll(tooltip).toContain(`${Math.round((100 * withCode) / 4)}% (${withCode} of 4 cases)`);
    // A bar still opens its segments: all of the group's, whatever the measure.
    const x = await economicX();
    const programmersBar = await chart.locator('.recharts-bar-rectangle path').evaluateAll(
      (paths, at) => paths.findIndex((path) => {
        const box = path.getBoundingClientRect();
        return box.right <= at + 1 && box.right > at - 80 && box.height > 2;
      }),
      x,
    );
    await chart.locator('.recharts-bar-rectangle path').nth(programmersBar).click();
    await expect.poll(() => page.locator('.chart-evidence li').count()).toBe(segments);
    expect(errors).toEqual([]);
  }, 60_000);
});
