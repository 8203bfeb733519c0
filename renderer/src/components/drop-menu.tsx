import { useEffect, useRef, type ReactNode } from 'react';
import { findName, menuItemIndex, TypeAhead } from '../menu-keys.js';

/** What the arrow keys stop on in a menu's list: its enabled controls, a file chooser's hidden input not. */
const ITEMS = 'button:not(:disabled), input:not(:disabled):not([hidden]), select:not(:disabled), a[href]';

/**
 * A menu of the top bar: a button that opens a list of actions below it. Built on
 * <details>, so it opens by click, Enter or Space without script; it closes when an action is
 * chosen, on Escape (the focus back on its button), and on a click elsewhere. From the keyboard
 * as a menu button: ArrowDown or ArrowUp on the button opens it at its first or last item, then
 * the arrows, Home and End move among the items, and letters to one whose name starts with them (menu-keys.ts).
 */
export function DropMenu({ label, title, className, children }: { label: string; title?: string; className?: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const typeAhead = useRef(new TypeAhead());

  useEffect(() => {
    const close = (event: Event) => {
      const menu = details.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const menu = details.current;
    if (!menu) return;
    if (event.key === 'Escape') {
      if (!menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    } else {
      const items = [...(list.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
      const onButton = (event.target as HTMLElement).tagName === 'SUMMARY';
      // On the button only the arrows open the list: Home and End are left to the page.
      if (onButton && event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const current = onButton ? -1 : items.indexOf(document.activeElement as HTMLElement);
      // Not from a field or a select in the list: there a letter is typed, or finds an option.
      const onItem = !onButton && ['BUTTON', 'A'].includes((event.target as HTMLElement).tagName);
      const typed = onItem && !(event.ctrlKey || event.altKey || event.metaKey) ? typeAhead.current.next(event.key, event.timeStamp, current, items.map(findName)) : null;
      const next = menuItemIndex(event.key, current, items.length) ?? typed;
      if (next === null) return;
      menu.open = true;
      items[next]?.focus();
    }
    event.preventDefault();
  };

  // The focus goes back to the menu's button, as on Escape, unless the action took it elsewhere:
  // on the hidden item it fell to the page, and a dialog opened later (a merge's plan, an import's
  // report) gave it back there, so a keyboard user started again from the top.
  const chosen = () => {
    const menu = details.current;
    if (!menu) return;
    menu.open = false;
    if (menu.contains(document.activeElement)) menu.querySelector('summary')?.focus();
  };

  return (
    <details ref={details} className={className ? `drop-menu ${className}` : 'drop-menu'} onKeyDown={onKeyDown}>
      <summary title={title} aria-label={title}>{label}</summary>
      {/* A chosen action closes the menu; the action itself (a dialog, a file chooser) goes on. */}
      <div ref={list} className="drop-items" onClick={chosen}>
        {children}
      </div>
    </details>
  );
}
