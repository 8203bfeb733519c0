import { t } from './i18n/index.js';

/**
 * Hands a file the services made to the user, as the browser's download, and returns what to say
 * of it, if anything. The desktop window asks where to save it; a browser saves it to its
 * downloads, saying so (if at all) outside the page, and an export of several seconds (the
 * segment list's 166,584 rows as XLSX) ended with nothing in the page to say where it went.
 * The page cannot learn whether the browser kept the file (a save dialog cancelled, an automatic
 * download blocked), so the message says only that it was handed over.
 */
export function downloadBase64(fileName: string, base64: string): string | null {
  return downloadBlob(fileName, new Blob([bytesOf(base64)]));
}

/** A file made in the page (a chart's picture), handed over as downloadBase64's are. */
export function downloadBlob(fileName: string, blob: Blob): string | null {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return window.casecoder ? null : t('common.downloaded', { file: fileName });
}

/**
 * The bytes of base64 text, one plain loop over atob's characters: Uint8Array.from with a mapping
 * function stepped through the string's iterator, half a second for a 3 MB export before its
 * download began (a case matrix of 179 codes with quotes on the reference corpus).
 */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
