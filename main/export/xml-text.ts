/**
 * XML 1.0 forbids most control characters and U+FFFE/U+FFFF, and a file with one will not open
 * in Word. Text pasted from other programs can carry them (Word's vertical tab, stray NULs).
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for XML 1.0 and escaped, for element text and attribute values alike. */
export function xmlEscape(text: string): string {
  return xmlText(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch]!);
}
