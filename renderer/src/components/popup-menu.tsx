/**
 * A menu opened at a point (a right-click, or the context-menu key): its first item focused,
 * arrow keys move round its items, Home and End to the first and the last, letters to an item whose name starts with them,
 * Escape or a press outside closes it, and the focus goes back
 * where it was. The text's coding menu and the segment list's row menu are drawn in it.
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useFocusReturn } from '../focus-return.js';
import { findName, menuItemIndex, TypeAhead } from '../menu-keys.js';

/** Room kept between the menu and the window's edge. */
const EDGE_PX = 8;

export function PopupMenu({ label, at, onClose, children }: { label: string; at: { x: number; y: number }; onClose(): void; children: ReactNode }) {
  const menu = useRef<HTMLDivElement>(null);
  const typeAhead = useRef(new TypeAhead());
  useFocusReturn(menu);

  // Focused as it is drawn, not after: an Escape pressed as the menu showed went to the row
  // behind it and left the menu open (a CI run on a busy machine).
  useLayoutEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, []);

  useEffect(() => {
    const close = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    // Escape closes it wherever the focus went meanwhile (the list behind it drawn again); inside, onKeyDown does.
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [onClose]);

  // Inside the window, however long its items are: moved back by its own size once drawn.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const box = element.getBoundingClientRect();
    element.style.left = `${Math.max(EDGE_PX, Math.min(at.x, window.innerWidth - box.width - EDGE_PX))}px`;
    element.style.top = `${Math.max(EDGE_PX, Math.min(at.y, window.innerHeight - box.height - EDGE_PX))}px`;
  }, [at.x, at.y]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else {
      const typed = event.ctrlKey || event.altKey || event.metaKey ? null : typeAhead.current.next(event.key, event.timeStamp, current, items.map(findName));
      const next = menuItemIndex(event.key, current, items.length) ?? typed;
      if (next === null) return;
      items[next]?.focus();
    }
    event.preventDefault();
  };

  return (
    <div ref={menu} className="coding-menu" role="menu" aria-label={label} style={{ left: at.x, top: at.y }} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
