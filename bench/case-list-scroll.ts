/**
 * Case list scrolling: frames per second while the case list (every case of the project under its
 * group's heading, drawn a window at a time) is scrolled down to its end and back for a few
 * seconds, with the pointer over it as a wheel's would be, the median of three runs. Baseline: a
 * static list of as many rows of the same height, in a scroller of the list's size, scrolled the
 * same way. The in-page code is JavaScript text: the bench compiles without the DOM's types.
 */
import type { Page } from 'playwright-core';
import { BOUNCE, medianOf, RUNS, type Bounced } from './count-table-scroll.js';
import { figure, type Figure } from './figures.js';
import { inPage } from './in-page.js';

export const CASE_LIST_SCROLL_TARGET = { min: 50, of: 'value' } as const;
/** Pixels per frame, as the other scrolling figures: a fast wheel flick. */
const STEP = 150;
const SCROLLER = 'aside.case-list';

interface Shape { width: number; height: number; rowHeight: number; rows: number; drawn: number }

export async function caseListScrolling(name: string, page: Page, plainPage: Page, cases: number, seconds: number): Promise<Figure> {
  const shape = await inPage<Shape>(page, `(() => {
    const list = document.querySelector(${JSON.stringify(SCROLLER)});
    const rowHeight = list.querySelector('button.case').getBoundingClientRect().height;
    return {
      width: list.clientWidth, height: list.clientHeight, rowHeight,
      rows: Math.ceil(list.scrollHeight / rowHeight), drawn: list.querySelectorAll('button.case').length,
    };
  })()`);
  const box = await page.locator(SCROLLER).boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const app = await medianOf(() => inPage<Bounced>(page, `(${BOUNCE})(${JSON.stringify({ selector: SCROLLER, axis: 'y', seconds, step: STEP })})`));
  const row = (i: number) => `<div style="height: ${shape.rowHeight}px; padding: 0 6px">Case ${i + 1} <span style="color: #6b6b6b">${(i * 37) % 1000}</span></div>`;
  await plainPage.setContent(`<!doctype html><html><body style="margin: 0; font: 14px sans-serif">
<div id="list" style="height: ${shape.height}px; width: ${shape.width}px; overflow: auto">${Array.from({ length: shape.rows }, (_, i) => row(i)).join('')}</div></body></html>`);
  const plain = await medianOf(() => inPage<Bounced>(plainPage, `(${BOUNCE})(${JSON.stringify({ selector: '#list', axis: 'y', seconds, step: STEP })})`));
  return figure(name, app.fps, 'fps', {
    baseline: plain.fps, target: CASE_LIST_SCROLL_TARGET,
    note: `${cases.toLocaleString('en-US')} cases, ${shape.drawn} rows drawn at a time; ${STEP} px a frame for ${seconds} s, turning at the ends `
      + `(${Math.round(app.max).toLocaleString('en-US')} px to scroll), the median of ${RUNS} runs (${app.all.map((r) => r.fps.toFixed(1)).join(', ')} fps; `
      + `longest frame ${Math.round(app.longestMs)} ms); baseline = a static list of as many rows of the same height (${plain.fps.toFixed(1)} fps)`,
  });
}
