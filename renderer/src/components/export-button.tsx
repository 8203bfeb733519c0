/**
 * An export's button. While its file is made it waits marked aria-disabled, not disabled: a
 * focused button that becomes disabled drops the focus to the page's body, and a keyboard user's
 * next Tab started again from the top of the page.
 */
import type { ReactNode } from 'react';

export function ExportButton({ busy, unavailable = false, onExport, children }: {
  /** Its file is being made: a press does nothing meanwhile. */
  busy: boolean;
  /** Nothing to export, or the export's settings are wrong: disabled outright. */
  unavailable?: boolean;
  onExport(): void;
  children: ReactNode;
}) {
  return (
    <button disabled={unavailable} aria-disabled={busy || undefined} onClick={() => !busy && onExport()}>
      {children}
    </button>
  );
}
