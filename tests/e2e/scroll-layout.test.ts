/**
 * Scrolling the case list lays out its drawn rows and nothing else, with scrollbars that take
 * room (Windows, Linux). The workspace's row was sized by its columns' content: each change of
 * the rows drawn measured the codebook's and the list's whole height again and set their
 * scrollbars anew, and 300 cases scrolled at 18–25 fps beside a 509-code codebook. Which nodes a
 * scroll sends to layout is read from Chromium's trace (its layout invalidations), not timed:
 * the machine may be busy.
 */
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manyCasesProject } from '../helpers/bulk-project.js';
import { launchBrowser, openAsCoder, useBrowserTestEnv, watchErrors } from '../helpers/browser-mode.js';

const env = useBrowserTestEnv();

interface TraceEvent { name: string; args?: { data?: { nodeId?: number; nodeName?: string; reason?: string } } }

/** The layout invalidations Chromium traced while `work` ran. */
async function layoutInvalidations(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types a trace event's fields as strings; its args are objects.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline.invalidationTracking', transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  return events.filter((event) => event.name === 'LayoutInvalidationTracking');
}

describe('scrolling the case list', () => {
  it('lays out the rows drawn, not the panes around them', async () => {
    const path = join(env.home, 'cases.casecoder');
    manyCasesProject(path, 300, 3);
    const app = await env.start(['--project', path]);
    const browser = await launchBrowser({ scrollbars: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors = watchErrors(page);
      await openAsCoder(page, app.url);
      await page.locator('.case-list button.case').first().waitFor();
      await page.locator('.codebook .code-row').first().waitFor();
      const list = page.locator('aside.case-list');
      // Its scrollbar takes room, as on Windows and Linux.
      const scrollbarWidth = (aside: HTMLElement) => {
        const style = getComputedStyle(aside);
        return aside.offsetWidth - aside.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      };
      expect(await list.evaluate(scrollbarWidth)).toBeGreaterThan(0);

      const cdp = await page.context().newCDPSession(page);
      const invalidated = await layoutInvalidations(cdp, () =>
        list.evaluate(async (aside) => {
          for (let i = 0; i < 20; i++) {
            aside.scrollTop += 150;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }),
      );
      // Rows came into the list and left it.
      expect(invalidated.length).toBeGreaterThan(20);
      // Of the nodes still in the page, those outside the drawn rows (the rows scrolled away are gone).
      const outside = new Set<string>();
      for (const event of invalidated) {
        const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: event.args!.data!.nodeId! }).catch(() => null);
        if (!resolved?.object.objectId) continue;
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: resolved.object.objectId,
          functionDeclaration: 'function () { const element = this.nodeType === 1 ? this : this.parentElement; return this.isConnected && !element?.closest(".case-rows"); }',
          returnByValue: true,
        });
        if (result.value) outside.add(`${event.args!.data!.nodeName}: ${event.args!.data!.reason}`);
      }
      expect([...outside]).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
