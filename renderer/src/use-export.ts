/**
 * An export made and handed to the user as a download, with whether one is being made (its button
 * waits meanwhile). Not through act(): an export changes nothing, and act's reload of the project's
 * data read again what the view shows (a table built anew, a word list counted anew: a second and
 * more on the reference corpus after each file).
 */
import { useCallback, useState } from 'react';
import { useApp } from './app-context.js';
import { downloadBase64 } from './download.js';

export function useExport(): { exporting: boolean; run(make: () => Promise<{ fileName: string; content: string }>): void } {
  const { showError } = useApp();
  const sayDownloaded = useSayDownloaded();
  const [exporting, setExporting] = useState(false);
  const run = useCallback((make: () => Promise<{ fileName: string; content: string }>) => {
    setExporting(true);
    make()
      .then((file) => sayDownloaded(downloadBase64(file.fileName, file.content)), showError)
      .finally(() => setExporting(false));
  }, [showError, sayDownloaded]);
  return { exporting, run };
}

/** Shows in the message bar what a download says of itself (download.ts), where it says anything. */
export function useSayDownloaded(): (said: string | null) => void {
  const { showDone } = useApp();
  return useCallback((said: string | null) => {
    if (said !== null) showDone(said);
  }, [showDone]);
}
