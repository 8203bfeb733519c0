/**
 * A button that is at times not to be pressed but must keep the focus meanwhile: an export's while
 * its file is made, Undo and Redo with no step left. It is marked aria-disabled and ignores a
 * press, not disabled: a focused button that becomes disabled drops the focus to the page's body,
 * and a keyboard user's next Tab started again from the top of the page.
 */
import type { ReactNode } from 'react';

export function KeepFocusButton({ inactive, unavailable = false, onPress, title, children }: {
  /** A press does nothing now (a file being made, nothing to undo). */
  inactive: boolean;
  /** Disabled outright, out of the tab order (nothing to export, the export's settings wrong). */
  unavailable?: boolean;
  onPress(): void;
  title?: string | undefined;
  children: ReactNode;
}) {
  return (
    <button disabled={unavailable} aria-disabled={inactive || undefined} title={title} onClick={() => !inactive && onPress()}>
      {children}
    </button>
  );
}
