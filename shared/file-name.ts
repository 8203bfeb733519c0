/**
 * A file name made from a title (a chart's heading, say), safe on Windows, macOS and Linux and
 * still readable: «STEEPL × Валентность: Программисты» → «STEEPL × Валентность - Программисты».
 */

/** Characters no file name may hold on Windows (and `/` nowhere), with the control characters. */
const FORBIDDEN = /\s*[\\/:*?"<>|\p{Cc}]+\s*/gu;
/**
 * Invisible characters that change how a name is shown, dropped: a title «Results \u202Efdp.exe»
 * made a file a file manager showed as «Results exe.pdf» (review-hostile-1207 #9). Bidi marks
 * and overrides, zero-width space, word joiner and BOM; not the joiners some scripts spell with.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
/** Letters kept: Cyrillic takes two bytes each in UTF-8, so the name and its extension stay far below 255 bytes. */
const MAX_LETTERS = 100;
/** Windows' device names, refused as a name before any extension. */
const DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Windows drops a name's trailing dots and spaces; a cut may leave a dangling dash. */
const RAGGED_END = /[\s.\-]+$/u;

export function fileNameFrom(title: string, fallback: string): string {
  const flat = title.normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, ' - ').replace(/\s+/g, ' ').replace(/^[\s.\-]+/u, '');
  const name = [...flat].slice(0, MAX_LETTERS).join('').replace(RAGGED_END, '');
  if (!name) return fallback;
  return DEVICES.test(name) ? `${name}_` : name;
}
