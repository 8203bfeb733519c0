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
  const { showError, showDone } = useApp();
  const [exporting, setExporting] = useState(false);
  const run = useCallback((make: () => Promise<{ fileName: string; content: string }>) => {
    setExporting(true);
    make()
      .then((file) => {
        const said = downloadBase64(file.fileName, file.content);
        if (said !== null) showDone(said);
      }, showError)
      .finally(() => setExporting(false));
  }, [showError, showDone]);
  return { exporting, run };
}
