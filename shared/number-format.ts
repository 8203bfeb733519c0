/**
 * Numbers as a Russian or Kazakh text sets them. CLDR gives both languages the hyphen-minus
 * ("-0,111"), but their typography (and a journal's copy editor) sets a negative figure with
 * the minus sign U+2212 ("−0,111"), as a kappa or alpha below zero is in a paper. Every place
 * that writes a signed figure for these readers (the Agreement view, any export) formats it here,
 * so the screen and a file read alike.
 */

/** The minus sign, not the hyphen-minus. */
export const MINUS_SIGN = '\u2212';

/** Languages whose negative numbers take the minus sign U+2212. */
const TRUE_MINUS = new Set(['ru', 'kk']);

/** `value` in `format`, its sign the minus sign U+2212 where `language` sets one. */
export function formatSigned(format: Intl.NumberFormat, language: string, value: number): string {
  if (!TRUE_MINUS.has(language)) return format.format(value);
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? MINUS_SIGN : part.value))
    .join('');
}
