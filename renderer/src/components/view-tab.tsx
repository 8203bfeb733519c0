/**
 * One of a row of buttons that each show a view (the centre's views, the method's tools, search
 * and words): the one shown is marked current for a screen reader, not only drawn so.
 */
import type { ReactNode } from 'react';

export function ViewTab({ current, onClick, children }: { current: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button className={current ? 'tab active' : 'tab'} aria-current={current || undefined} onClick={onClick}>
      {children}
    </button>
  );
}
