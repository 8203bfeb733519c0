/**
 * Gives the focus back, when a dialog, a menu or a drawer closes, to where the user was outside
 * it, with the text selected there: without this the focus fell to the top of the page (a
 * keyboard user tabbed back through every control to where they were), and the passage selected
 * for coding was gone once the code picker's field had taken the selection.
 *
 * "Where the user was" is, for a dialog that holds the keyboard, the place it opened from; for a
 * drawer or menu beside the document, the last focus and selection outside it. A dialog opened
 * from a drawer gives the focus back in it.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

interface Place {
  element: Element | null;
  selected: Range | null;
}

interface Watched {
  container: HTMLElement | null;
  place: Place;
  /** A drawer follows the user outside it; a modal dialog keeps the place it opened from. */
  follows: boolean;
}

const watched = new Set<Watched>();

function selectedRange(): Range | null {
  const selection = window.getSelection();
  return selection && !selection.isCollapsed ? selection.getRangeAt(0) : null;
}

/** Each container open notes the focus and the selection whenever they are outside it. */
function note(): void {
  const active = document.activeElement;
  const range = selectedRange();
  for (const entry of watched) {
    if (!entry.follows || !entry.container || entry.container.contains(active)) continue;
    entry.place = { element: active, selected: range && !entry.container.contains(range.startContainer) ? range.cloneRange() : null };
  }
}
document.addEventListener('focusin', note, true);
document.addEventListener('selectionchange', note);

/**
 * The element noted, or, when it has left the page since, the one in its place: drawn anew (a
 * bracket beside the text is, once a code is added to its segment through its card), the element
 * with its `data-focus-name`; gone for good (the bracket of a coding removed), the one its
 * `data-focus-else` names (the document's text). Without one the focus fell to <body>, and the
 * next Tab started from the top of the page.
 */
function inPlaceOf(element: HTMLElement): HTMLElement | null {
  if (element.isConnected) return element;
  for (const name of [element.dataset.focusName, element.dataset.focusElse]) {
    const found = name ? document.querySelector<HTMLElement>(`[data-focus-name="${CSS.escape(name)}"]`) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Focus back where it was (inPlaceOf); a menu's item, hidden once its menu closed, gives it to the
 * menu. The selection comes back only inside the element given the focus: selecting in the
 * document's text (editable) moves the focus there, away from a button the user was on.
 */
function returnTo({ element: noted, selected }: Place): void {
  const element = noted instanceof HTMLElement ? inPlaceOf(noted) : null;
  if (!element) return;
  element.focus({ preventScroll: true });
  if (document.activeElement !== element) element.closest('details')?.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
  const selection = window.getSelection();
  if (selected && selection?.isCollapsed && element.contains(selected.startContainer) && element.contains(selected.endContainer)) {
    selection.removeAllRanges();
    selection.addRange(selected);
  }
}

/**
 * As `container` goes, if the focus is going with it, the focus returns to the last place outside
 * it (`modal`: to where it opened from). An action that put the focus somewhere else (the
 * document, after coding) keeps it there.
 */
export function useFocusReturn(container: RefObject<HTMLElement | null>, modal = false): void {
  // The place as the container first renders, before a field in it takes the focus.
  const [entry] = useState<Watched>(() => ({
    container: null, follows: !modal, place: { element: document.activeElement, selected: selectedRange()?.cloneRange() ?? null },
  }));
  // Undone while the container is still in the page, where the focus may yet be.
  useLayoutEffect(() => {
    entry.container = container.current;
    watched.add(entry);
    return () => {
      watched.delete(entry);
      const now = document.activeElement;
      if (!now || now === document.body || entry.container?.contains(now)) returnTo(entry.place);
    };
  }, [container, entry]);
}
