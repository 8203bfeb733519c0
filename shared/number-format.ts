/**
 * Numbers as a Russian or Kazakh text sets them. CLDR gives both languages the hyphen-minus
 * ("-0,111"), but their typography (and a journal's copy editor) sets a negative figure with
 * the minus sign U+2212 ("−0,111"), as a kappa or alpha below zero is in a paper. Every place
 * that writes a signed figure for these readers (the Agreement view, any export) formats it here,
 * so the screen and a file read alike.
 */
import { formatLocale } from './locale-format.js';

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

/**
 * `value` as `language` writes it ("1,07 %" in Russian for 0.0107 as a percent), the minus sign
 * where it sets one: the app's screen (renderer/src/i18n) and the command line both format here.
 */
export function formatNumberIn(language: string, value: number, options?: Intl.NumberFormatOptions): string {
  return formatSigned(new Intl.NumberFormat(formatLocale(language).locale, options), language, value);
}

/**
 * Always `digits` decimals, as a percent where asked: the options of each figure the app's views
 * and the command line both show (a word's share, an agreement, a consistency), so they read alike.
 */
export function fixedDigits(digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormatOptions {
  return { style, minimumFractionDigits: digits, maximumFractionDigits: digits };
}
