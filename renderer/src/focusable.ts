/**
 * What in a part of the page can take the keyboard's focus and is drawn (a hidden one, a file
 * input behind its button, takes none): a dialog's Tab stops (dialog-frame.tsx), and where F6
 * enters a part of the window (region-cycle.ts).
 */
const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** Elements of `container` matching `selector` that are drawn. */
export function shown(container: HTMLElement, selector: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0);
}

export function focusables(container: HTMLElement): HTMLElement[] {
  return shown(container, FOCUSABLE);
}
