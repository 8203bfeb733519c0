/**
 * Every word on screen comes from here: English, Russian and Kazakh bundles with the same keys
 * (a unit test compares them). The language follows the browser on first start and the
 * user's choice after that.
 */
import i18next from 'i18next';
import type { Bundle } from './bundle.js';
import { en } from './en.js';
import { features, withFeatures } from './feature-strings.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];
/** Core words plus every feature's (i18n/features/*.ts, see docs/i18n.md). */
export const bundles: Record<Language, Bundle> = {
  en: withFeatures('en', en),
  ru: withFeatures('ru', ru),
  kk: withFeatures('kk', kk),
};

const STORAGE_KEY = 'casecoder.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

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

const initial = storedLanguage() ?? pickLanguage(globalThis.navigator?.languages ?? []);

void i18next.init({
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: [...languages],
  resources: { en: { translation: bundles.en }, ru: { translation: bundles.ru }, kk: { translation: bundles.kk } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * The locale to format numbers and dates in. Some browsers (Debian's Chromium) accept 'kk' but
 * carry no Kazakh data and would print "2026 M11 30" and "1,234.5"; Kazakhstan writes numbers
 * and numeric dates as Russian does, so those borrow 'ru' and dates stay numeric.
 */
const localeData = new Map<string, boolean>();
function hasLocaleData(language: string): boolean {
  if (language === 'en') return true;
  if (!localeData.has(language)) {
    const month = new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2020, 0, 15));
    localeData.set(language, !/[A-Za-z]/.test(month));
  }
  return localeData.get(language)!;
}
function formatLocale(language: string): { locale: string; numericDates: boolean } {
  return hasLocaleData(language) ? { locale: language, numericDates: false } : { locale: 'ru', numericDates: true };
}

// One NumberFormat per locale: building one costs far more than formatting with it, and a
// codebook formats a count per code on every render.
const numberFormats = new Map<string, Intl.NumberFormat>();
i18next.services.formatter?.add('number', (value: number, language?: string) => {
  const { locale } = formatLocale(language ?? 'en');
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
});

function markDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocument(initial);

export const t = i18next.t.bind(i18next);

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

/** Numbers and dates in the UI language's format. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(formatLocale(currentLanguage()).locale, options).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { locale, numericDates } = formatLocale(currentLanguage());
  // As with numbers: a scrolled table formats hundreds of dates a second.
  const key = `${locale}|${numericDates}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    const day: Intl.DateTimeFormatOptions = numericDates ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' };
    const time: Intl.DateTimeFormatOptions = numericDates ? { hour: '2-digit', minute: '2-digit' } : { timeStyle: 'short' };
    format = new Intl.DateTimeFormat(locale, withTime ? { ...day, ...time } : day);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** A service error in the user's language, falling back to the service's English message. */
export function errorText(error: { code: string; message: string; params?: Record<string, string | number> }): string {
  const key = errorKey(error.code);
  return key ? t(key, error.params ?? {}) : error.message;
}

/** Where a service error's message is: the core `errors.<code>`, or a feature's `<feature>.errors.<code>`. */
export function errorKey(code: string): string | null {
  for (const key of [`errors.${code}`, ...[...features.keys()].map((name) => `${name}.errors.${code}`)]) {
    if (i18next.exists(key, { lng: 'en' })) return key;
  }
  return null;
}
