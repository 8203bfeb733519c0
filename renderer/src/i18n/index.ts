/**
 * Every word on screen comes from here. English ships now; Russian and Kazakh are further
 * resource bundles with the same keys.
 */
import i18next from 'i18next';
import { en } from './en.js';

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const t = i18next.t.bind(i18next);

/** A service error in the user's language, falling back to the service's English message. */
export function errorText(error: { code: string; message: string; params?: Record<string, string | number> }): string {
  const key = `errors.${error.code}`;
  return i18next.exists(key) ? t(key, error.params ?? {}) : error.message;
}
