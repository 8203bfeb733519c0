/**
 * Imports in progress, by the id the caller gave them, so a second call (documents.cancelImport)
 * can stop one: the file being read is abandoned (its worker killed) and the rest are refused
 * as cancelled. Files read before the cancel are still written, in one undoable step, as the
 * files of earlier calls of the same batch already were (the app sends a file per call).
 */
const running = new Map<string, AbortController>();

export function startImport(importId: string | undefined): { signal: AbortSignal; finish: () => void } {
  const controller = new AbortController();
  if (importId === undefined) return { signal: controller.signal, finish: () => {} };
  running.get(importId)?.abort();
  running.set(importId, controller);
  return {
    signal: controller.signal,
    finish: () => {
      if (running.get(importId) === controller) running.delete(importId);
    },
  };
}

/** Stops the import of that id; an id that finished already (or never ran) is not an error. */
export function cancelImport(importId: string): void {
  running.get(importId)?.abort();
}
