import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A menu of the top bar: a button that opens a list of actions below it. Built on
 * <details>, so it opens by click, Enter or Space without script; it closes when an action is
 * chosen, on Escape, and on a click elsewhere.
 */
export function DropMenu({ label, title, className, children }: { label: string; title?: string; className?: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (event: Event) => {
      const menu = details.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  return (
    <details
      ref={details}
      className={className ? `drop-menu ${className}` : 'drop-menu'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          details.current.open = false;
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary title={title} aria-label={title}>{label}</summary>
      {/* A chosen action closes the menu; the action itself (a dialog, a file chooser) goes on. */}
      <div className="drop-items" onClick={() => details.current && (details.current.open = false)}>
        {children}
      </div>
    </details>
  );
}
