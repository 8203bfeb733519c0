/**
 * Every word on screen comes from here: English, Russian and Kazakh bundles with the same keys
 * (shared/i18n, which the command line says its messages with too; a unit test compares them).
 * The language follows the system's (browser mode's address says it) or else the browser's on
 * first start, and the user's choice after that.
 */
import i18next from 'i18next';
import { dayLayout, formatDay as formatDayIn, formatLocale, formatMoment, ISO_DAY } from '../../../shared/locale-format.js';
import { formatNumberIn } from '../../../shared/number-format.js';
import { isLanguage, type Language } from '../../../shared/i18n/bundles.js';
import { errorKey as errorKeyIn, errorText as errorTextIn, type ServiceError, type Words } from '../../../shared/i18n/error-text.js';
import { addNumberFormat, i18nextOptions } from '../../../shared/i18n/translator.js';

export { bundles, languages, type Language } from '../../../shared/i18n/bundles.js';

const STORAGE_KEY = 'casecoder.language';

/** The first of the browser's languages we have (by its primary subtag), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be refused (private mode, file:// origins): the browser's choice then stands.
    return null;
  }
}

/**
 * The system's language, where browser mode's address says it (`&lang=kk`, main/web/cli.ts): the
 * browser's own is often English on a Kazakh or Russian system, and the page then showed English
 * over the demo study made in the system's language.
 */
function systemLanguage(): Language | null {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  return isLanguage(value) ? value : null;
}

const initial = storedLanguage() ?? systemLanguage() ?? pickLanguage(globalThis.navigator?.languages ?? []);

void i18next.init(i18nextOptions(initial));
addNumberFormat(i18next);

function markDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocument(initial);

export const t = i18next.t.bind(i18next);

/** The UI language's words, for the shared functions that say things in a given language (shared/i18n). */
export const words: Words = i18next;

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** Switches the UI language now and for the next start. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, still switched.
  }
  await i18next.changeLanguage(language);
  markDocument(language);
}

export function onLanguageChanged(listener: (language: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

/** Numbers and dates in the UI language's format: every date on screen is written by formatDate or formatDay; a negative number in Russian and Kazakh with the minus sign (−0,111). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return formatNumberIn(currentLanguage(), value, options);
}

/**
 * A moment ("2026-12-02T10:08:00Z") in the UI language: "2 дек. 2026 г., 10:08", or in digits
 * ("02.12.2026") where a narrow column needs it short.
 */
export function formatDate(iso: string, withTime = true, digits = false): string {
  return formatMoment(iso, currentLanguage(), withTime, digits);
}

/**
 * Calendar days ("2026-03-05", as the services keep them) in the UI language's numeric form:
 * 05.03.2026 in Russian and Kazakh, 03/05/2026 in English. The order of day, month and year and
 * what separates them come from the locale, so typing a day back (parseDay) reads the same form.
 * The browser's own date field cannot be used for this: it follows the browser's language, not
 * the app's, and showed "mm/dd/yyyy" in a Russian UI.
 */
function dayParts(): readonly Intl.DateTimeFormatPart[] {
  return dayLayout(formatLocale(currentLanguage()).locale);
}

function isDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-03-05" as the UI language writes it ("05.03.2026"); anything else is shown as it is. */
export function formatDay(isoDay: string): string {
  return formatDayIn(isoDay, formatLocale(currentLanguage()).locale);
}

/** How a day is typed in the UI language, for a field's placeholder: "ДД.ММ.ГГГГ", "mm/dd/yyyy". */
export function dayPattern(): string {
  return dayParts().map((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? t(`dates.${part.type}`) : part.value)).join('');
}

/**
 * A day typed in the UI language's order (any separators: 5.3.2026, 05/03/2026) or as
 * 2026-03-05, as "2026-03-05"; null when it is not a day of the calendar.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed);
  const numbers = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(/[^0-9]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order = iso ? ['year', 'month', 'day'] : dayParts().map((part) => part.type).filter((type) => type === 'day' || type === 'month' || type === 'year');
  const value = (type: string) => numbers[order.indexOf(type)] ?? '';
  if (value('year').length !== 4) return null;
  const [year, month, day] = [Number(value('year')), Number(value('month')), Number(value('day'))];
  if (!isDay(year, month, day)) return null;
  return `${value('year')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A service error in the user's language, falling back to the service's English message. */
export function errorText(error: ServiceError): string {
  return errorTextIn(words, error);
}

/** Where a service error's message is: the core `errors.<code>`, or a feature's `<feature>.errors.<code>`. */
export function errorKey(code: string): string | null {
  return errorKeyIn(words, code);
}
