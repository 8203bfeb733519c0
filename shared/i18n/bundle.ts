/** A language's words: nested keys ending in strings (plural keys carry i18next's _one/_few/… suffixes). */
export interface Bundle {
  [key: string]: string | Bundle;
}
