/**
 * F6 and Shift+F6 move the keyboard between the window's regions, as in desktop apps and
 * browsers: the top bar, the cases, the centre, the drawer or the codebook beside it. A keyboard
 * user went from the text to a code in 14 Tabs, and back in 33, through every quote and chip of
 * the side pane. A region is entered where its focus was last, else at its first control (the
 * centre at the document's text when one is open).
 */
const REGIONS = ['.top-bar', '.case-list', '.workspace .center', '.workspace .search-panel', '.workspace .codebook'];
const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"]), [contenteditable]';

const lastIn = new WeakMap<Element, HTMLElement>();
document.addEventListener('focusin', (event) => {
  const region = regionOf(event.target);
  if (region && event.target instanceof HTMLElement) lastIn.set(region, event.target);
}, true);

function shownRegions(): HTMLElement[] {
  return REGIONS.map((selector) => document.querySelector<HTMLElement>(selector)).filter((region): region is HTMLElement => region !== null && region.getClientRects().length > 0);
}

function regionOf(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Node ? shownRegions().find((region) => region.contains(target)) : undefined;
}

function entry(region: HTMLElement): HTMLElement | null {
  const last = lastIn.get(region);
  if (last?.isConnected && region.contains(last)) return last;
  const text = region.querySelector<HTMLElement>('[data-testid=document-text]');
  if (text) return text;
  return [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find((element) => element.getClientRects().length > 0) ?? null;
}

/** Focuses the next region after the focused one (`backwards`: the one before), going round. */
export function cycleRegion(backwards: boolean): void {
  const regions = shownRegions();
  if (regions.length === 0) return;
  const at = regions.findIndex((region) => region.contains(document.activeElement));
  const step = backwards ? -1 : 1;
  for (let i = 1; i <= regions.length; i++) {
    const next = regions[(((at === -1 && backwards ? 0 : at) + step * i) % regions.length + regions.length) % regions.length]!;
    const target = entry(next);
    if (target) {
      target.focus();
      return;
    }
  }
}
