/**
 * The i18next set-up both front ends share: the app's one instance follows the UI language, the
 * command line makes one in the system's language to say its messages.
 */
import i18next, { type i18n, type InitOptions } from 'i18next';
import { formatLocale } from '../locale-format.js';
import { formatSigned } from '../number-format.js';
import { bundles, languages, type Language } from './bundles.js';

export function i18nextOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    resources: { en: { translation: bundles.en }, ru: { translation: bundles.ru }, kk: { translation: bundles.kk } },
    interpolation: { escapeValue: false },
    initAsync: false,
  };
}

/** `{{count, number}}` in the language's form: a negative number in Russian and Kazakh with the minus sign (−0,111). */
export function addNumberFormat(instance: i18n): void {
  // One NumberFormat per locale: building one costs far more than formatting with it, and a
  // codebook formats a count per code on every render.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  instance.services.formatter?.add('number', (value: number, language?: string) => {
    const { locale } = formatLocale(language ?? 'en');
    let format = numberFormats.get(locale);
    if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
    return formatSigned(format, language ?? 'en', value);
  });
}

/** An instance of its own in one language, ready at once (the bundles are in memory). */
export function translator(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init(i18nextOptions(language));
  addNumberFormat(instance);
  return instance;
}
