/**
 * The renderer figures of issue 13, measured in the real renderer: browser mode
 * (`dist/main/web/cli.js --project …`, the app's own server and built renderer) serving the
 * imported reference project, driven in Debian's Chromium with Playwright.
 * - Document ready to code: a document of the corpus's own words and codings, `chars` characters
 *   long, added to the project (a new case); from the click on its name in the case list until
 *   the text is on screen and a selection in it enables the codebook's code buttons. Baseline: a
 *   bare static page of the same text, from navigation until the same.
 * - That document scrolling: frames per second (requestAnimationFrame callbacks) while its text
 *   pane is scrolled programmatically for a few seconds, its codings marked and bracketed in the
 *   margin. Baseline: a static page of the same text in a scrolling div of the pane's size.
 * - Segment table scrolling: frames per second (requestAnimationFrame callbacks) while the
 *   virtualised segment table is scrolled programmatically for a few seconds. Baseline: a plain
 *   scrolling div of the same rows' text, scrolled the same way.
 * - A span coded until marked: in that document, the time from the digit's key press until the
 *   span is marked in the text (the write, the reads after it and the drawing), and from Ctrl+Z
 *   until the mark is gone. No target: the issue's coding figure is the write alone.
 * - Code × case table scrolling: count-table-scroll.ts.
 * - Case list scrolling: case-list-scroll.ts.
 * The in-page code is JavaScript text: the bench compiles without the DOM's types.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openApi } from './api.js';
import { percentile } from './baseline.js';
import { generateDocuments, type CorpusPlan } from './corpus/model.js';
import { CASE_LIST_SCROLL_TARGET, caseListScrolling } from './case-list-scroll.js';
import { COUNT_SCROLL_TARGET, countTableScrolling } from './count-table-scroll.js';
import { figure, missing, type Figure } from './figures.js';
import { inPage, waitInPage } from './in-page.js';
import type { ProbeReport } from './probe.js';
import { REPO } from './repo.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=en-US'];
const PROBE = pathToFileURL(join(import.meta.dirname, 'probe.js')).href;
const CASE_NAME = 'Bench: long interview';
const DOCUMENT_NAME = 'Bench: long interview';
/** Timed opens after one untimed (cold) open. */
const OPENS = 5;
/** Pixels per frame: a fast wheel flick (about 9,000 px/s at 60 fps), fast enough to outrun the fetched pages. */
const SCROLL_STEP = 150;
const READY_NAME = 'renderer: 300,000-character document ready to code';
/** Timed codings (and undos) after one untimed. */
const CODINGS = 6;
const AFTER_UNDO_MS = 1000;
const SCROLL_NAME = 'renderer: segment table scrolling';
const READY_TARGET = { max: 500, of: 'value' } as const;
const SCROLL_TARGET = { min: 50, of: 'value' } as const;

export interface RendererResult {
  figures: Figure[];
  /** The browser-mode server's peak memory and longest event-loop block, for the run's summaries. */
  server: (ProbeReport & { startSeconds: number }) | null;
  /** An idle Node process's longest event-loop block over the same stretch: what the machine alone costs a loop. */
  idle: ProbeReport | null;
}

export async function rendererFigures(options: {
  project: string; plan: CorpusPlan; work: string; chars: number; log: (line: string) => void;
  /** How long each scroll lasts, each way. */
  scrollSeconds: number;
  /** Node options for the browser-mode process (the bench's --cpu-prof). */
  nodeArgs: string[];
}): Promise<RendererResult> {
  const { project, plan, work, chars, scrollSeconds, log, nodeArgs } = options;
  const countScrollName = `renderer: code × case table scrolling (all ${plan.codes.length} codes)`;
  // The plan's cases and the one holding the long document.
  const caseCount = plan.cases.length + 1;
  const caseListScrollName = `renderer: case list scrolling (${caseCount.toLocaleString('en-US')} cases)`;
  const readyName = chars === 300_000 ? READY_NAME : `renderer: ${chars.toLocaleString('en-US')}-character document ready to code`;
  const markedName = `renderer: a span coded in the ${chars.toLocaleString('en-US')}-character document, until marked`;
  const documentScrollName = `renderer: ${chars.toLocaleString('en-US')}-character document scrolling`;
  const failedAll = (why: string): RendererResult => ({
    figures: [
      missing(readyName, 'ms', 'failed', why, READY_TARGET), missing(markedName, 'ms', 'failed', why),
      missing(documentScrollName, 'fps', 'failed', why, SCROLL_TARGET), missing(SCROLL_NAME, 'fps', 'failed', why, SCROLL_TARGET),
      missing(countScrollName, 'fps', 'failed', why, COUNT_SCROLL_TARGET), missing(caseListScrollName, 'fps', 'failed', why, CASE_LIST_SCROLL_TARGET),
    ],
    server: null,
    idle: null,
  });
  if (!existsSync(join(REPO, 'dist', 'renderer', 'index.html')) || !existsSync(join(REPO, 'dist', 'main', 'web', 'cli.js'))) {
    return failedAll('CaseCoder is not built: run `npm run build` first');
  }
  if (!existsSync(CHROMIUM)) return failedAll(`no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; CHROMIUM_PATH may name another)`);

  log(`… renderer: a ${chars.toLocaleString('en-US')}-character document with the corpus's codings`);
  let long: LongDocument;
  try {
    long = await seedLongDocument(project, plan, chars);
  } catch (error) {
    return failedAll(`adding the long document failed: ${message(error)}`);
  }
  const home = mkdtempSync(join(tmpdir(), 'casecoder-bench-browser-'));
  const probeFile = join(work, 'browser-mode-probe.json');
  const idleProbeFile = join(work, 'idle-probe.json');
  let app: BrowserMode | null = null;
  let idle: IdleProcess | null = null;
  let browser: Browser | null = null;
  const figures: Figure[] = [];
  try {
    log('… renderer: browser mode and Chromium');
    app = await startBrowserMode(project, home, probeFile, nodeArgs);
    idle = await startIdleProcess(idleProbeFile);
    // Scrollbars drawn as on Windows and Linux, taking room: Playwright hides them (--hide-scrollbars),
    // and with them the layout they cost; the case list then scrolled at 60 fps here and 18–33 in the app.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.getByRole('dialog', { name: 'Who is coding?' }).getByRole('textbox').fill('Bench');
    await page.getByRole('button', { name: 'OK' }).click();
    const staticPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });

    log('… renderer: document ready to code');
    figures.push(await measured(readyName, 'ms', READY_TARGET, (name) => documentReady(name, page, staticPage, long, work)));
    log('… renderer: a span coded until marked');
    figures.push(await measured(markedName, 'ms', null, (name) => codedUntilMarked(name, page)));
    log('… renderer: document scrolling');
    figures.push(await measured(documentScrollName, 'fps', SCROLL_TARGET, (name) => documentScrolling(name, page, staticPage, long, work, scrollSeconds)));
    log('… renderer: segment table scrolling');
    figures.push(await measured(SCROLL_NAME, 'fps', SCROLL_TARGET, (name) => segmentScrolling(name, page, staticPage, scrollSeconds)));
    log('… renderer: code × case table scrolling');
    figures.push(await measured(countScrollName, 'fps', COUNT_SCROLL_TARGET, (name) => countTableScrolling(name, page, staticPage, plan.codes.length, scrollSeconds)));
    log('… renderer: case list scrolling');
    figures.push(await measured(caseListScrollName, 'fps', CASE_LIST_SCROLL_TARGET, (name) => caseListScrolling(name, page, staticPage, caseCount, scrollSeconds)));
    if (errors.length > 0) for (const f of figures) f.note += `; the page logged errors: ${errors.slice(0, 3).join(' | ').slice(0, 200)}`;
  } catch (error) {
    return failedAll(message(error));
  } finally {
    await browser?.close();
    await Promise.all([app?.stop(), idle?.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
  const probe = readProbe(probeFile);
  return { figures, server: probe && app ? { ...probe, startSeconds: app.startMs / 1000 } : null, idle: readProbe(idleProbeFile) };
}

/** A figure, or a failed one with the error's first line. */
async function measured(name: string, unit: string, target: Figure['target'], work: (name: string) => Promise<Figure>): Promise<Figure> {
  try {
    return await work(name);
  } catch (error) {
    return missing(name, unit, 'failed', message(error), target);
  }
}

interface LongDocument { text: string; codings: number }

/**
 * The corpus's documents, their codings with them, joined until `chars` characters: the same
 * words, span lengths and coding density as the corpus, in one document of a new case.
 */
async function seedLongDocument(project: string, plan: CorpusPlan, chars: number): Promise<LongDocument> {
  let text = '';
  const spans = new Map<string, { start: number; end: number; code: string }>();
  for (const doc of generateDocuments(plan)) {
    const at = text.length;
    for (const s of doc.selections) {
      for (const c of s.codings) spans.set(`${at + s.start}:${at + s.end}:${c.code.name}`, { start: at + s.start, end: at + s.end, code: c.code.name });
    }
    text += `${doc.text}\n`;
    if (text.length >= chars) break;
  }
  if (text.length < chars) throw new Error(`the corpus holds ${text.length} characters, fewer than ${chars}: raise --scale or lower --renderer-chars`);
  text = text.slice(0, chars);
  const api = await openApi(project);
  try {
    const [group] = await api.call('groups.list', {});
    const item = await api.call('cases.create', { name: CASE_NAME, groupId: group?.id ?? null });
    await api.call('documents.paste', { caseId: item.id, name: DOCUMENT_NAME, text });
    const [document] = await api.call('documents.list', { caseId: item.id });
    const { codes } = await api.call('codebook.get', {});
    const codeIds = new Map(codes.map((c) => [c.name, c.id]));
    let codings = 0;
    for (const s of spans.values()) {
      if (s.end > chars) continue;
      await api.call('coding.apply', { documentId: document!.id, start: s.start, end: s.end, codeId: codeIds.get(s.code)! });
      codings++;
    }
    return { text, codings };
  } finally {
    api.close();
  }
}

/**
 * In the page: clicks the document's name and waits until it is ready to code — its first text
 * block is in the page, a selection of its first characters (made by script, every 10 ms until
 * the app has it) has enabled the codebook's code buttons, and the next frame has been produced.
 */
const OPEN_UNTIL_READY = `async (name) => {
  const button = [...document.querySelectorAll('.case-list button.document')].find((b) => b.textContent === name);
  if (!button) throw new Error('no document named ' + name + ' in the case list');
  const codeEnabled = () => document.querySelector('.codebook button.code:not([disabled])') !== null;
  if (codeEnabled()) throw new Error('a selection is left over from before the click');
  const started = performance.now();
  let shown = null;
  let painted = null;
  let selected = -Infinity;
  await new Promise((resolve, reject) => {
    const check = () => {
      const chunk = document.querySelector('[data-testid=document-text] .text-chunk');
      if (!chunk) return false;
      if (shown === null) {
        shown = performance.now() - started;
        requestAnimationFrame(() => setTimeout(() => { painted = performance.now() - started; }, 0));
      }
      if (codeEnabled()) return true;
      // Selected again every 10 ms until the app has it: a selectionchange before its listener is attached is lost.
      const node = document.createTreeWalker(chunk, NodeFilter.SHOW_TEXT).nextNode();
      if (node && performance.now() - selected >= 10) {
        selected = performance.now();
        const selection = getSelection();
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(40, node.data.length));
        selection.removeAllRanges();
        selection.addRange(range);
      }
      return false;
    };
    const done = (error) => {
      observer.disconnect();
      clearInterval(timer);
      error ? reject(error) : resolve();
    };
    const observer = new MutationObserver(() => check() && done());
    const timer = setInterval(() => {
      if (check()) done();
      else if (performance.now() - started > 30000) done(new Error('not ready to code after 30 s'));
    }, 5);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    button.click();
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const readyMs = performance.now() - started;
  return { shownMs: shown, paintedMs: painted ?? readyMs, readyMs };
}`;

/** In the page: collapses the selection inside the text, so the app forgets it before the next open. */
const COLLAPSE_SELECTION = `() => {
  const text = document.querySelector('[data-testid=document-text]');
  const node = text && document.createTreeWalker(text, NodeFilter.SHOW_TEXT).nextNode();
  if (!node) return;
  const range = document.createRange();
  range.setStart(node, 0);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}`;

/**
 * The bench case's button, scrolled to and clicked: the case list draws only the rows in view (300
 * cases), so the button is in the page once the list is scrolled to it; set in the middle of the
 * view, clear of the group heading that stays at its top.
 */
async function clickBenchCase(page: Page): Promise<void> {
  const button = page.locator('.case-list button.case', { hasText: CASE_NAME });
  const list = page.locator('aside.case-list');
  await list.evaluate((aside) => (aside.scrollTop = 0));
  while ((await button.count()) === 0) {
    const moved = await list.evaluate((aside) => {
      const before = aside.scrollTop;
      aside.scrollTop += aside.clientHeight / 2;
      return aside.scrollTop !== before;
    });
    if (!moved) throw new Error(`no case ${CASE_NAME} in the case list`);
    await page.waitForTimeout(30);
  }
  await button.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await button.click();
}

async function documentReady(name: string, page: Page, staticPage: Page, long: LongDocument, work: string): Promise<Figure> {
  await clickBenchCase(page);
  const opens: { shownMs: number; paintedMs: number; readyMs: number }[] = [];
  for (let i = 0; i <= OPENS; i++) {
    await page.locator('.case-list button.document', { hasText: DOCUMENT_NAME }).waitFor();
    opens.push(await inPage(page, `(${OPEN_UNTIL_READY})(${JSON.stringify(DOCUMENT_NAME)})`));
    await inPage(page, `(${COLLAPSE_SELECTION})()`);
    await waitInPage(page, `document.querySelector('.codebook button.code:not([disabled])') === null`);
    await clickBenchCase(page);
    await page.getByTestId('document-text').waitFor({ state: 'detached' });
  }
  const [cold, ...warm] = opens;
  const ready = percentile(warm.map((o) => o.readyMs), 50);
  const shown = percentile(warm.map((o) => o.shownMs), 50);
  const painted = percentile(warm.map((o) => o.paintedMs), 50);
  const base = await staticDocument(staticPage, long.text, work);
  return figure(name, ready, 'ms', {
    baseline: base, target: READY_TARGET,
    note: `median of ${OPENS} opens after a first (cold) one of ${Math.round(cold!.readyMs)} ms; ${long.codings.toLocaleString('en-US')} codings; `
      + `from the click on its name until its text is in the page (${Math.round(shown)} ms), drawn (the next frame, ${Math.round(painted)} ms) `
      + 'and a selection in it has enabled the code buttons, plus the next frame; '
      + 'baseline = a static page of the same text, from navigation until a selection and the next frame',
  });
}

/**
 * In the page: selects the `index`-th run of uncoded text long enough to hold a few words (a
 * bare text node of a block: the document view draws uncoded text so), its whole words from the second to
 * the fifth, with the focus in the text, and gives those words.
 */
const SELECT_UNCODED = `(index) => {
  const text = document.querySelector('[data-testid=document-text]');
  const runs = [...text.querySelectorAll('.text-chunk')].flatMap((block) => [...block.childNodes])
    .filter((node) => node.nodeType === Node.TEXT_NODE && /^\\S*\\s+(\\p{L}+\\s+){4}/u.test(node.data));
  const node = runs[index];
  if (!node) throw new Error('no uncoded run ' + index);
  const words = [...node.data.matchAll(/\\p{L}+/gu)].slice(1, 5);
  const start = words[0].index;
  const end = words[3].index + words[3][0].length;
  text.focus();
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return node.data.slice(start, end);
}`;

/**
 * In the page, before the key is pressed (a script evaluated beside a key press may run after
 * it): notes when the next key goes down, and when, after it, the text first holds a mark of
 * exactly `words` (`marked`) or none, as the text's elements change.
 */
const WATCH_MARK = `([words, marked]) => {
  const text = document.querySelector('[data-testid=document-text]');
  const watch = { pressed: null, shown: null };
  window.benchMarkWatch = watch;
  document.addEventListener('keydown', () => { watch.pressed = performance.now(); }, { capture: true, once: true });
  const check = () => {
    if (watch.pressed === null || watch.shown !== null) return;
    const has = [...text.querySelectorAll('mark')].some((m) => m.textContent === words);
    if (has === marked) {
      watch.shown = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(text, { subtree: true, childList: true, characterData: true });
  watch.check = check;
}`;

/** In the page: the milliseconds WATCH_MARK saw from the key press to the text as it waited for, once seen. */
const MARK_SEEN = `async () => {
  const watch = window.benchMarkWatch;
  const until = performance.now() + 30000;
  for (watch.check(); watch.shown === null; watch.check()) {
    if (performance.now() > until) throw new Error('the text did not change as expected within 30 s of the key');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return watch.shown - watch.pressed;
}`;

/** A few words of uncoded text selected and coded with the digit 1, then Ctrl+Z, each until the text shows it. */
async function codedUntilMarked(name: string, page: Page): Promise<Figure> {
  await clickBenchCase(page);
  await page.locator('.case-list button.document', { hasText: DOCUMENT_NAME }).click();
  await page.getByTestId('document-text').locator('.text-chunk').first().waitFor();
  const coded: number[] = [];
  const undone: number[] = [];
  for (let i = 0; i <= CODINGS; i++) {
    const words = await inPage<string>(page, `(${SELECT_UNCODED})(${i})`);
    // Until the app has taken the selection: the reload after the last undo, come meanwhile, selects
    // the undone words again, and then the digit codes those.
    const taken = `${[...words].length} characters selected`;
    await waitInPage(page, `document.querySelector('.codebook .hint')?.textContent.startsWith(${JSON.stringify(taken)})`);
    await inPage(page, `(${WATCH_MARK})(${JSON.stringify([words, true])})`);
    await page.keyboard.press('1');
    coded.push(await inPage<number>(page, `(${MARK_SEEN})()`));
    await inPage(page, `(${WATCH_MARK})(${JSON.stringify([words, false])})`);
    await page.keyboard.press('Control+z');
    undone.push(await inPage<number>(page, `(${MARK_SEEN})()`));
    // The reads after the undo, before the next selection (not timed).
    await page.waitForTimeout(AFTER_UNDO_MS);
  }
  const median = (list: number[]) => percentile(list.slice(1), 50);
  return figure(name, median(coded), 'ms', {
    note: `median of ${CODINGS} after a first of ${Math.round(coded[0]!)} ms; from the key press (1, four uncoded words selected) until the text shows them marked: `
      + 'the write, the project\'s data and the document read again, and the text drawn; '
      + `Ctrl+Z until the mark is gone: ${Math.round(median(undone))} ms`,
  });
}

/** A bare static page of the text: milliseconds from navigation until its text is selected and the next frame is produced (median of 5). */
async function staticDocument(page: Page, text: string, work: string): Promise<number> {
  const file = join(work, 'static-document.html');
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>Static text</title></head><body>
<div id="text" style="white-space: pre-wrap; max-width: 60em; font: 16px/1.6 sans-serif">${escaped}</div>
<script>
const node = document.getElementById('text').firstChild;
const range = document.createRange();
range.setStart(node, 0);
range.setEnd(node, 40);
getSelection().addRange(range);
requestAnimationFrame(() => setTimeout(() => { window.benchReady = performance.now(); }, 0));
</script></body></html>`);
  const times: number[] = [];
  for (let i = 0; i <= OPENS; i++) {
    await page.goto(pathToFileURL(file).href);
    await waitInPage(page, 'window.benchReady !== undefined');
    times.push(await inPage<number>(page, 'window.benchReady'));
  }
  return percentile(times.slice(1), 50);
}

/**
 * In the page: scrolls the element by `step` pixels a frame for `seconds` and counts the frames
 * (requestAnimationFrame callbacks), the longest gap between two, and the frames that showed a
 * row still loading.
 */
const SCROLL = `async ({ selector, seconds, step }) => {
  const scroller = document.querySelector(selector);
  if (!scroller) throw new Error('nothing matches ' + selector);
  const start = await new Promise((resolve) => requestAnimationFrame(resolve));
  let last = start;
  let frames = 0;
  let longest = 0;
  let loading = 0;
  await new Promise((resolve) => {
    const tick = (now) => {
      frames++;
      longest = Math.max(longest, now - last);
      last = now;
      if (scroller.querySelector('.loading-row')) loading++;
      if (now - start >= seconds * 1000) return resolve();
      scroller.scrollTop += step;
      requestAnimationFrame(tick);
    };
    scroller.scrollTop += step;
    requestAnimationFrame(tick);
  });
  return { fps: frames / ((last - start) / 1000), frames, longestMs: longest, loadingFrames: loading, scrolled: scroller.scrollTop };
}`;

interface Scrolled { fps: number; frames: number; longestMs: number; loadingFrames: number; scrolled: number }

/**
 * The long document's text pane scrolled from its top (the document is open, as the coding figure
 * left it), and a static page of the same text in a div of the pane's size and the text's font.
 */
async function documentScrolling(name: string, page: Page, staticPage: Page, long: LongDocument, work: string, seconds: number): Promise<Figure> {
  const shape = await inPage<{ width: number; height: number; font: string }>(page, `(() => {
    const scroller = document.querySelector('[data-testid=document-scroll]');
    scroller.scrollTop = 0;
    const style = getComputedStyle(scroller.querySelector('[data-testid=document-text]'));
    return { width: scroller.clientWidth, height: scroller.clientHeight, font: style.fontSize + '/' + style.lineHeight + ' ' + style.fontFamily };
  })()`);
  await inPage(page, 'new Promise((resolve) => setTimeout(resolve, 500))');
  const args = { selector: '[data-testid=document-scroll]', seconds, step: SCROLL_STEP };
  const app = await inPage<Scrolled>(page, `(${SCROLL})(${JSON.stringify(args)})`);
  const file = join(work, 'static-scroll.html');
  const escaped = long.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>Static text</title></head><body style="margin: 0">
<div id="text" style="height: ${shape.height}px; width: ${shape.width}px; overflow: auto; white-space: pre-wrap; font: ${shape.font.replace(/"/g, "'")}">${escaped}</div>
</body></html>`);
  await staticPage.goto(pathToFileURL(file).href);
  const plain = await inPage<Scrolled>(staticPage, `(${SCROLL})(${JSON.stringify({ ...args, selector: '#text' })})`);
  return figure(name, app.fps, 'fps', {
    baseline: plain.fps, target: SCROLL_TARGET,
    note: `${long.codings.toLocaleString('en-US')} codings; ${app.frames} frames in ${seconds} s scrolling ${SCROLL_STEP} px a frame (${Math.round(app.scrolled).toLocaleString('en-US')} px), `
      + `longest frame ${Math.round(app.longestMs)} ms; baseline = a static page of the same text in a div of the pane's size (${Math.round(plain.longestMs)} ms longest frame)`,
  });
}

async function segmentScrolling(name: string, page: Page, plainPage: Page, seconds: number): Promise<Figure> {
  await page.getByRole('button', { name: 'Segments', exact: true }).click();
  await waitInPage(page, `document.querySelectorAll('.grid-body .body-row').length > 5 && !document.querySelector('.grid-body .loading-row')`);
  const total = await page.getByTestId('segment-total').innerText();
  const shape = await inPage<{ rows: string[][]; height: number; width: number; rowHeight: number }>(page, `(() => {
    const body = document.querySelector('.grid-body');
    const rows = [...body.querySelectorAll('.body-row')];
    return {
      rows: rows.map((r) => [...r.querySelectorAll('[role=gridcell]')].map((c) => c.textContent)),
      height: body.clientHeight, width: body.clientWidth, rowHeight: rows[0].getBoundingClientRect().height,
    };
  })()`);
  const args = JSON.stringify({ selector: '.grid-body', seconds, step: SCROLL_STEP });
  const app = await inPage<Scrolled>(page, `(${SCROLL})(${args})`);
  const plain = await plainScrolling(plainPage, shape, seconds);
  return figure(name, app.fps, 'fps', {
    baseline: plain.fps, target: SCROLL_TARGET,
    note: `${total}; ${app.frames} frames in ${seconds} s scrolling ${SCROLL_STEP} px a frame (${Math.round(app.scrolled).toLocaleString('en-US')} px), `
      + `longest frame ${Math.round(app.longestMs)} ms, ${app.loadingFrames} frame(s) showing a row still loading; `
      + `baseline = a plain div of the same rows' text (${Math.round(plain.longestMs)} ms longest frame)`,
  });
}

/** The same scroll over a plain div holding copies of the table's visible rows (enough for the whole scroll). */
async function plainScrolling(page: Page, shape: { rows: string[][]; height: number; width: number; rowHeight: number }, seconds: number): Promise<Scrolled> {
  const rowCount = Math.ceil((seconds * 70 * SCROLL_STEP) / shape.rowHeight) + 100;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cell = 'flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 4px';
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const cells = shape.rows[i % shape.rows.length]!.map((c) => `<div style="${cell}">${escape(c)}</div>`).join('');
    return `<div style="display: flex; height: ${shape.rowHeight}px; align-items: center">${cells}</div>`;
  });
  await page.setContent(`<!doctype html><html><body style="margin: 0; font: 14px sans-serif">
<div id="rows" style="height: ${shape.height}px; width: ${shape.width}px; overflow: auto">${rows.join('')}</div></body></html>`);
  return inPage<Scrolled>(page, `(${SCROLL})(${JSON.stringify({ selector: '#rows', seconds, step: SCROLL_STEP })})`);
}

interface BrowserMode { url: string; startMs: number; stop(): Promise<void> }

/** `casecoder` browser mode on the project, in a settings folder of its own, with the memory and event-loop probe. */
async function startBrowserMode(project: string, home: string, probeFile: string, nodeArgs: string[]): Promise<BrowserMode> {
  rmSync(probeFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', PROBE, join(REPO, 'dist', 'main', 'web', 'cli.js'), '--project', project], {
    env: { ...process.env, CASECODER_HOME: home, BENCH_PROBE_FILE: probeFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own session, as `npm start` in a terminal of its own is: Linux then schedules it as a
    // group of its own beside Chromium and the bench, not as three more threads among theirs.
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 120 s: ${output.slice(-300)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}: ${output.slice(-300)}`));
    });
  });
  const startMs = performance.now() - started;
  // From here on its event-loop figure is about serving the page (probe.ts).
  child.kill('SIGUSR2');
  return {
    url,
    startMs,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      // It closes its server and project on SIGTERM; a hung one is killed.
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}

interface IdleProcess {
  stop(): Promise<void>;
}

/**
 * A Node process that does nothing but let the probe tick, started beside browser mode as
 * browser mode is (a session of its own) and watched over the same stretch: the longest its
 * loop waits with no work at all is the baseline of the server's longest block.
 */
async function startIdleProcess(probeFile: string): Promise<IdleProcess> {
  rmSync(probeFile, { force: true });
  const script = "process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000); console.log('ready');";
  const child = spawn(process.execPath, ['--import', PROBE, '-e', script], {
    env: { ...process.env, BENCH_PROBE_FILE: probeFile }, stdio: ['ignore', 'pipe', 'ignore'], detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the idle process exited with ${code}`)));
  });
  // Its own start-up is not idling.
  child.kill('SIGUSR2');
  return {
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    }),
  };
}

function readProbe(file: string): ProbeReport | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ProbeReport;
  } catch {
    return null;
  }
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
