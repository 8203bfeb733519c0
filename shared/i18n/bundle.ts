/** A language's words: nested keys ending in strings (plural keys carry i18next's _one/_few/… suffixes). */
export interface Bundle {
  [key: string]: string | Bundle;
}

/** A feature's words in every language the app speaks (i18n/features/<name>.ts's default export). */
export interface FeatureStrings {
  en: Bundle;
  ru: Bundle;
  kk: Bundle;
}
