/**
 * Files dropped anywhere on the window go to the document import. While files are dragged over
 * it the window says so; the browser's own handling (opening the file in place of the app) is
 * always prevented.
 */
import { useEffect, useState } from 'react';
import { t } from '../i18n/index.js';

const overlay = {
  position: 'fixed', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 50,
  background: 'rgba(40, 90, 160, 0.15)', border: '3px dashed #2a5aa0', fontSize: '20px', pointerEvents: 'none',
} as const;

export function WindowDropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
      setOver(true);
    };
    // Leaving the window: no element to enter next.
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const files = Array.from(event.dataTransfer!.files);
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return over ? <div style={overlay} role="status">{t('import-documents.dropHere')}</div> : null;
}
