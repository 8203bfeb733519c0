/**
 * Count table scrolling: frames per second while the code × case table over all the corpus's
 * codes (the Tables view's "Case × code counts" of all frameworks; 300 cases by 500 codes at full
 * scale, drawn a window at a time) is scrolled sideways to its end and back, then down and back,
 * for a few seconds each, with the pointer over it as a wheel's would be. The figure is the
 * slower of the two. Baseline: a static grid of the same cell sizes, as wide (or as tall) as
 * the table, scrolled the same way. The scroll and its runs serve case-list-scroll.ts too. The
 * in-page code is JavaScript text: the bench compiles without the DOM's types.
 */
import type { Page } from 'playwright-core';
import { figure, type Figure } from './figures.js';
import { inPage, waitInPage } from './in-page.js';

export const COUNT_SCROLL_TARGET = { min: 50, of: 'value' } as const;
/** Pixels per frame, as the segment table's figure scrolls: a fast wheel flick. */
const STEP = 150;
const SCROLLER = '.count-grid-wrap, .cross-table-wrap';

/**
 * In the page: scrolls the element along one axis by `step` pixels a frame, turning at either
 * end, for `seconds`; counts the frames (requestAnimationFrame callbacks) and the longest gap.
 */
export const BOUNCE = `async ({ selector, axis, seconds, step }) => {
  const scroller = document.querySelector(selector);
  if (!scroller) throw new Error('nothing matches ' + selector);
  const prop = axis === 'x' ? 'scrollLeft' : 'scrollTop';
  const max = axis === 'x' ? scroller.scrollWidth - scroller.clientWidth : scroller.scrollHeight - scroller.clientHeight;
  let sign = 1;
  let travelled = 0;
  const start = await new Promise((resolve) => requestAnimationFrame(resolve));
  let last = start;
  let frames = 0;
  let longest = 0;
  await new Promise((resolve) => {
    const tick = (now) => {
      frames++;
      longest = Math.max(longest, now - last);
      last = now;
      if (now - start >= seconds * 1000) return resolve();
      const at = scroller[prop];
      if (sign > 0 && at >= max - 1) sign = -1;
      else if (sign < 0 && at <= 0) sign = 1;
      scroller[prop] = at + step * sign;
      travelled += Math.abs(scroller[prop] - at);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  scroller[prop] = 0;
  return { fps: frames / ((last - start) / 1000), longestMs: longest, travelled, max };
}`;

export interface Bounced { fps: number; longestMs: number; travelled: number; max: number }

interface Shape {
  rows: number;
  columns: number;
  /** Whether the table is drawn a window at a time (else whole, as a small one is). */
  windowed: boolean;
  /** The scroller's size, and a cell's, in CSS pixels. */
  width: number;
  height: number;
  cellWidth: number;
  cellHeight: number;
  labelWidth: number;
}

/** `codes`: how many codes the corpus has, all of which the table's columns must show before it is scrolled. */
export async function countTableScrolling(name: string, page: Page, plainPage: Page, codes: number, seconds: number): Promise<Figure> {
  await page.getByRole('button', { name: 'Tables', exact: true }).click();
  await page.getByLabel('Table', { exact: true }).selectOption('code-case');
  await page.getByLabel('Codes', { exact: true }).selectOption({ label: 'All frameworks' });
  // Until the table of all codes has replaced the one shown before (the first framework's).
  await waitInPage(page, `(() => {
    const grid = document.querySelector('[data-testid=cross-table]');
    if (!grid) return false;
    const columns = grid.hasAttribute('aria-colcount') ? Number(grid.getAttribute('aria-colcount')) - 1 : grid.querySelectorAll('thead th').length - 1;
    return columns >= ${codes} && grid.querySelector('.count-cell') !== null;
  })()`);
  const shape = await inPage<Shape>(page, `(() => {
    const scroller = document.querySelector(${JSON.stringify(SCROLLER)});
    const grid = scroller.querySelector('[data-testid=cross-table]');
    const cell = scroller.querySelector('.count-cell');
    const label = scroller.querySelector('[role=rowheader], tbody th');
    const windowed = grid.getAttribute('aria-colcount') !== null;
    return {
      rows: windowed ? Number(grid.getAttribute('aria-rowcount')) - 1 : grid.querySelectorAll('tbody tr').length,
      columns: windowed ? Number(grid.getAttribute('aria-colcount')) - 1 : grid.querySelectorAll('thead th').length - 1,
      windowed, width: scroller.clientWidth, height: scroller.clientHeight,
      cellWidth: cell.getBoundingClientRect().width, cellHeight: cell.getBoundingClientRect().height, labelWidth: label.getBoundingClientRect().width,
    };
  })()`);
  // The pointer over the table, as a wheel's is: the page then hit-tests (and updates hover) as cells pass under it.
  const box = await page.locator(SCROLLER).first().boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const sideways = await medianOf(() => bounce(page, 'x', seconds));
  const down = await medianOf(() => bounce(page, 'y', seconds));
  const plainSideways = await medianOf(() => plainBounce(plainPage, shape, 'x', seconds));
  const plainDown = await medianOf(() => plainBounce(plainPage, shape, 'y', seconds));
  const px = (n: number) => Math.round(n).toLocaleString('en-US');
  const runs = (b: Bounces) => b.all.map((r) => r.fps.toFixed(1)).join(', ');
  return figure(name, Math.min(sideways.fps, down.fps), 'fps', {
    baseline: Math.min(plainSideways.fps, plainDown.fps), target: COUNT_SCROLL_TARGET,
    note: `${shape.rows} rows × ${shape.columns} codes, ${shape.windowed ? 'drawn a window at a time' : 'drawn whole'}; `
      + `${STEP} px a frame for ${seconds} s each way, turning at the ends (${px(sideways.max)} px wide, ${px(down.max)} px tall to scroll), `
      + `the median of ${RUNS} runs each way: sideways ${sideways.fps.toFixed(1)} fps (runs ${runs(sideways)}; longest frame ${Math.round(sideways.longestMs)} ms, ${px(sideways.travelled)} px), `
      + `down and up ${down.fps.toFixed(1)} fps (runs ${runs(down)}; longest frame ${Math.round(down.longestMs)} ms, ${px(down.travelled)} px); `
      + `baseline = a static grid of the same cells scrolled the same way (${plainSideways.fps.toFixed(1)} and ${plainDown.fps.toFixed(1)} fps)`,
  });
}

/**
 * Runs of each scroll. One 4 s run is a poor sample on a shared 2-core machine: in paired runs
 * of one build, a run's frame rate ranged from 35 to 60 fps, all of Chromium's processes slowing
 * at once; the median of three is steadier, and the note gives all three.
 */
export const RUNS = 3;

export interface Bounces extends Bounced { all: Bounced[] }

export async function medianOf(run: () => Promise<Bounced>): Promise<Bounces> {
  const all: Bounced[] = [];
  for (let i = 0; i < RUNS; i++) all.push(await run());
  const median = [...all].sort((a, b) => a.fps - b.fps)[Math.floor(RUNS / 2)]!;
  return { ...median, all };
}

function bounce(page: Page, axis: 'x' | 'y', seconds: number): Promise<Bounced> {
  return inPage<Bounced>(page, `(${BOUNCE})(${JSON.stringify({ selector: SCROLLER, axis, seconds, step: STEP })})`);
}

/**
 * The same scroll over a static grid of plain cells in a scroller of the table's size: as wide as
 * the table and as tall as the view for the sideways scroll, as tall as the table and as wide
 * as the view for the other (a static grid of every cell would take the browser minutes).
 */
async function plainBounce(page: Page, shape: Shape, axis: 'x' | 'y', seconds: number): Promise<Bounced> {
  const rows = axis === 'y' ? shape.rows : Math.ceil(shape.height / shape.cellHeight) + 1;
  const columns = axis === 'x' ? shape.columns : Math.ceil(shape.width / shape.cellWidth) + 1;
  const cell = `<div style="flex: none; width: ${shape.cellWidth}px; text-align: center; border-bottom: 1px solid #e6e4de">`;
  const row = (r: number) => `<div style="display: flex; height: ${shape.cellHeight}px; line-height: ${shape.cellHeight}px">`
    + `<div style="flex: none; width: ${shape.labelWidth}px; padding: 0 8px">Case ${r + 1}</div>`
    + Array.from({ length: columns }, (_, c) => `${cell}${(r * 7 + c * 13) % 23}</div>`).join('') + '</div>';
  await page.setContent(`<!doctype html><html><body style="margin: 0; font: 13px sans-serif">
<div id="grid" style="height: ${shape.height}px; width: ${shape.width}px; overflow: auto">${Array.from({ length: rows }, (_, r) => row(r)).join('')}</div></body></html>`);
  return inPage<Bounced>(page, `(${BOUNCE})(${JSON.stringify({ selector: '#grid', axis, seconds, step: STEP })})`);
}
