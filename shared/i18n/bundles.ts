/**
 * Every word the app and the command line say, in English, Russian and Kazakh: the core bundles
 * with each feature's strings merged in (features/*.ts, see docs/i18n.md). A unit test holds the
 * three to the same keys, plural forms and placeholders.
 */
import type { Bundle } from './bundle.js';
import { en } from './en.js';
import { withFeatures } from './feature-strings.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];

export const bundles: Record<Language, Bundle> = {
  en: withFeatures('en', en),
  ru: withFeatures('ru', ru),
  kk: withFeatures('kk', kk),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
