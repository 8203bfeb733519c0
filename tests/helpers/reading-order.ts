/**
 * What a screen reader reads, in its order: Chromium's accessibility tree, read through the
 * DevTools protocol. For pages that keep elements in another order than they are seen (rows and
 * cells reused by slot) and give the order seen through CSS reading-flow.
 */
import type { Locator } from 'playwright-core';

/**
 * The values of `attribute` (a number: aria-rowindex, aria-colindex) on the elements under
 * `parent` that carry it, in the accessibility tree's order. Elements without it (a spacer, a
 * wrapper) are looked through, not into those that carry it.
 */
export async function readingOrder(parent: Locator, attribute: string): Promise<number[]> {
  const page = parent.page();
  const marker = `reading-order-${Math.random().toString(36).slice(2)}`;
  await parent.evaluate((element, name) => element.setAttribute('data-reading-order', name), marker);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-reading-order="${marker}"]` });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const valueOf = async (backendNodeId: number | undefined): Promise<number | null> => {
      if (backendNodeId === undefined) return null;
      const { node: element } = await cdp.send('DOM.describeNode', { backendNodeId });
      const attributes = element.attributes ?? [];
      const at = attributes.indexOf(attribute);
      return at < 0 || at % 2 === 1 ? null : Number(attributes[at + 1]);
    };
    const values: number[] = [];
    const walk = async (ids: string[] | undefined) => {
      for (const id of ids ?? []) {
        const child = byId.get(id);
        if (!child) continue;
        const value = await valueOf(child.backendDOMNodeId);
        if (value === null) await walk(child.childIds);
        else values.push(value);
      }
    };
    const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error('the element is not in the accessibility tree');
    await walk(start.childIds);
    return values;
  } finally {
    await cdp.detach();
    await parent.evaluate((element) => element.removeAttribute('data-reading-order'));
  }
}
