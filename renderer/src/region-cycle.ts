/**
 * F6 and Shift+F6 move the keyboard between the window's regions, as in desktop apps and
 * browsers: the top bar, the cases, the centre, the drawer or the codebook beside it. A keyboard
 * user went from the text to a code in 14 Tabs, and back in 33, through every quote and chip of
 * the side pane. A region is entered where its focus was last, else at its first control (the
 * centre at the document's text when one is open).
 */
import { focusables } from './focusable.js';

const REGIONS = ['.top-bar', '.case-list', '.workspace .center', '.workspace .search-panel', '.workspace .codebook'];
const ANY_REGION = REGIONS.join(', ');

// Noted on every focus in the page: found up the element's ancestors, without a layout.
const lastIn = new WeakMap<Element, HTMLElement>();
document.addEventListener('focusin', (event) => {
  const region = event.target instanceof HTMLElement ? event.target.closest(ANY_REGION) : null;
  if (region) lastIn.set(region, event.target as HTMLElement);
}, true);

function shownRegions(): HTMLElement[] {
  return REGIONS.map((selector) => document.querySelector<HTMLElement>(selector)).filter((region): region is HTMLElement => region !== null && region.getClientRects().length > 0);
}

function entry(region: HTMLElement): HTMLElement | null {
  const last = lastIn.get(region);
  if (last?.isConnected && region.contains(last)) return last;
  return region.querySelector<HTMLElement>('[data-focus-name=document-text]') ?? focusables(region)[0] ?? null;
}

/** Focuses the next region after the focused one (`backwards`: the one before), going round. */
export function cycleRegion(backwards: boolean): void {
  const regions = shownRegions();
  const count = regions.length;
  const at = regions.findIndex((region) => region.contains(document.activeElement));
  // From outside every region, forwards starts at the first, backwards at the last.
  const from = at !== -1 ? at : backwards ? count : -1;
  for (let i = 1; i <= count; i++) {
    const target = entry(regions[(from + (backwards ? -i : i) + count) % count]!);
    if (target) {
      target.focus();
      return;
    }
  }
}
