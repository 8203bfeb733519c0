/**
 * The frame of every modal dialog: the backdrop, and a dialog that holds the keyboard while it is
 * open. The focus moves in when it opens (to the element marked autoFocus, else the first field,
 * else the first button), Tab and Shift+Tab go round inside it, Escape closes it, and when it
 * closes the focus goes back where it was. Without this a keyboard user's digit coded the
 * document behind "Code all hits", Tab reached the menus behind "Who is coding?", and each
 * closed dialog left the focus at the top of the page.
 */
import { useLayoutEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useFocusReturn } from '../focus-return.js';
import { focusables, shown } from '../focusable.js';

const FIELDS = 'input:not(:disabled):not([type=hidden]), select:not(:disabled), textarea:not(:disabled)';

/**
 * Makes the page behind a modal dialog inert: out of reach of the keyboard, the pointer and a
 * screen reader's browse mode, where aria-modal alone let the reader arrow out of the dialog. Every
 * sibling of the dialog's backdrop and of each of its ancestors, but for live regions (the app's
 * announcer and message bar must still speak) and what is inert already. Returns what it made
 * inert, to be given back.
 */
function makeInert(backdrop: HTMLElement): HTMLElement[] {
  const made: HTMLElement[] = [];
  for (let at: HTMLElement | null = backdrop; at && at !== document.body; at = at.parentElement) {
    for (const sibling of at.parentElement?.children ?? []) {
      if (sibling === at || !(sibling instanceof HTMLElement) || sibling.inert || sibling.matches(LIVE_REGION) || sibling.querySelector(LIVE_REGION_INSIDE)) continue;
      sibling.inert = true;
      made.push(sibling);
    }
  }
  return made;
}
const LIVE_REGIONS = ['[role=status]', '[role=alert]', '[aria-live]', '.message'];
const LIVE_REGION = LIVE_REGIONS.join(', ');
/** A sibling holding the app's own announcer stays reachable; the workspace's statuses (a count) may go quiet meanwhile. */
const LIVE_REGION_INSIDE = LIVE_REGIONS.map((region) => `:scope > ${region}`).join(', ');

export interface DialogFrameProps {
  label: string;
  /** Classes beside `modal`. */
  className?: string;
  /** Escape; left out, Escape does nothing (a dialog that must be answered). */
  onEscape?: () => void;
  /** A press on the backdrop, outside the dialog. */
  onBackdrop?: () => void;
  /** The dialog is a form, submitted by its submit button (and Enter in a field, where the form lets it). */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  children: ReactNode;
}

export function DialogFrame({ label, className, onEscape, onBackdrop, onSubmit, onKeyDown, children }: DialogFrameProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;

  // Before the dialog is painted, so no key typed as it appears goes to what is behind it; and
  // back in whenever something behind takes the focus while it is open (a document that opened
  // just before focuses its text when it has loaded), as the page behind a modal is out of reach.
  useLayoutEffect(() => {
    const element = dialog.current!;
    // The import dialogs' first field was their hidden file input: the focus stayed on the page
    // behind, where Escape and Tab did not reach the dialog.
    const focusIn = () => (element.querySelector<HTMLElement>('[data-autofocus]') ?? shown(element, FIELDS)[0] ?? focusables(element)[0])?.focus();
    if (!element.contains(document.activeElement)) focusIn();
    const keepIn = (event: FocusEvent) => {
      if (event.target instanceof Element && !event.target.closest('[role=dialog][aria-modal=true]')) focusIn();
    };
    // A focused button disabled or taken away (Apply, once "Code all hits" has coded) drops the
    // focus to the page, where Escape and Tab no longer reach the dialog: it comes back in.
    const lost = (event: FocusEvent) => {
      if (event.relatedTarget !== null) return;
      requestAnimationFrame(() => {
        if (element.isConnected && (document.activeElement === null || document.activeElement === document.body)) focusIn();
      });
    };
    document.addEventListener('focusin', keepIn);
    element.addEventListener('focusout', lost);
    const behind = makeInert(element.parentElement!);
    return () => {
      document.removeEventListener('focusin', keepIn);
      element.removeEventListener('focusout', lost);
      // Before the focus is given back (useFocusReturn, cleaned up next): an inert place takes none.
      for (const other of behind) other.inert = false;
    };
  }, []);
  // After the effect above: cleaned up after it, so the focus given back is not pulled in again.
  useFocusReturn(dialog, true);

  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      escape.current?.();
    } else if (event.key === 'Tab') {
      const items = focusables(event.currentTarget);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return event.preventDefault();
      if (event.shiftKey && (document.activeElement === first || !event.currentTarget.contains(document.activeElement))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={onBackdrop && ((e) => e.target === e.currentTarget && onBackdrop())}>
      <div ref={dialog} className={className ? `modal ${className}` : 'modal'} role="dialog" aria-modal aria-label={label} onKeyDown={keyDown}>
        {/* A form may not be the dialog itself (ARIA allows it no dialog role): it lies inside, laid out as if it were not there. */}
        {onSubmit ? <form className="modal-form" onSubmit={onSubmit}>{children}</form> : children}
      </div>
    </div>
  );
}
