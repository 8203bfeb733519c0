import { CallError } from './api.js';
import { errorText } from './i18n/index.js';

/** A failed call's words in the UI's language; anything else (a bug) as it came. */
export function failureText(error: unknown): string {
  return error instanceof CallError ? errorText(error.error) : String(error);
}
