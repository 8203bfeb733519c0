/**
 * The locale numbers and days are written in, and calendar days in digits. A day is stored as
 * ISO 8601 ("2026-03-05"); the screen (renderer/src/i18n) and exported table notes
 * (main/analysis/filter-note.ts) both write it here, so a filter reads the same on screen and
 * in a paper's table note.
 */

/** A stored calendar day. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const localeData = new Map<string, boolean>();

/**
 * Some runtimes (Debian's Chromium) accept 'kk' but carry no Kazakh data and would print
 * "2026 M11 30" and "1,234.5"; Kazakhstan writes numbers and numeric dates as Russian does, so
 * a language without data borrows 'ru', and its dates stay numeric.
 */
export function formatLocale(language: string): { locale: string; numericDates: boolean } {
  if (language !== 'en' && !localeData.has(language)) {
    const month = new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2020, 0, 15));
    localeData.set(language, !/[A-Za-z]/.test(month));
  }
  return language === 'en' || localeData.get(language) ? { locale: language, numericDates: false } : { locale: 'ru', numericDates: true };
}

const layouts = new Map<string, Intl.DateTimeFormatPart[]>();

/** How `locale` writes a day in digits: its parts in order and what separates them (05 . 03 . 2026). */
export function dayLayout(locale: string): readonly Intl.DateTimeFormatPart[] {
  let parts = layouts.get(locale);
  if (!parts) {
    const format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    parts = format.formatToParts(new Date(Date.UTC(2026, 2, 5)));
    layouts.set(locale, parts);
  }
  return parts;
}

/** "2026-03-05" as `locale` writes a day ("05.03.2026" in ru, "03/05/2026" in en); anything else as it is. */
export function formatDay(isoDay: string, locale: string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  const [, year, month, day] = match;
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { year, month, day };
  return dayLayout(locale).map((part) => (part.type === 'literal' ? part.value : (values[part.type] ?? part.value))).join('');
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment ("2026-12-02T10:08:00Z") as `language` writes it, in this machine's time zone:
 * "2 дек. 2026 г., 10:08", or in digits ("02.12.2026") where a narrow column needs it short;
 * anything that is not a moment as it is. The screen (renderer/src/i18n) and the command line
 * both write moments here.
 */
export function formatMoment(iso: string, language: string, withTime = true, digits = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { locale, numericDates: borrowed } = formatLocale(language);
  const numericDates = borrowed || digits;
  // Building a format costs far more than using it, and a scrolled table formats hundreds a second.
  const key = `${locale}|${numericDates}|${withTime}`;
  let format = momentFormats.get(key);
  if (!format) {
    const day: Intl.DateTimeFormatOptions = numericDates ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' };
    const time: Intl.DateTimeFormatOptions = numericDates ? { hour: '2-digit', minute: '2-digit' } : { timeStyle: 'short' };
    format = new Intl.DateTimeFormat(locale, withTime ? { ...day, ...time } : day);
    momentFormats.set(key, format);
  }
  return format.format(date);
}

/**
 * Names joined as the language joins them in a sentence: «Emma and Omar», «Emma и Ольга», «Emma
 * және Ольга»; commas alone read as a list cut short. ICU without the language's data joins
 * them with commas.
 */
export function formatList(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
