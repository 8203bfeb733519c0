/**
 * A service error said in the reader's language, by the app and the command line alike. An
 * error names its message by code (`new AppError('someCode', …)`): the core `errors.<code>` or a
 * feature's `<feature>.errors.<code>`; one without either keeps the service's English message.
 */
import { features } from './feature-strings.js';

/** The little of i18next this needs, so each front end passes its own instance. */
export interface Words {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string, options?: { lng?: string; count?: number }): boolean;
}

export interface ServiceError {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export function errorText(words: Words, error: ServiceError): string {
  const key = errorKey(words, error.code);
  if (!key) return error.message;
  return words.t(key, errorParams(words, error));
}

/** What a message about the error is worded with: its parameters, its `reason` said in the reader's language. */
export function errorParams(words: Words, error: ServiceError): Record<string, unknown> {
  const params = error.params ?? {};
  return { ...params, ...reasonOf(words, params) };
}

/**
 * An error that names why by `why` (features/refusalReasons.ts) has its `reason` said in the
 * reader's language; the English `reason` the service sent stands for a `why` not known here.
 */
function reasonOf(words: Words, params: Record<string, string | number>): { reason?: string } {
  const key = `refusalReasons.${String(params.why)}`;
  if (params.why === undefined || !words.exists(key)) return {};
  const kind = params.kind === undefined ? {} : { kind: words.t(`refusalReasons.kinds.${String(params.kind)}`) };
  return { reason: words.t(key, { ...params, ...kind }) };
}

/** Where a service error's message is, found in the English bundle (every language has its keys). */
export function errorKey(words: Words, code: string): string | null {
  for (const key of [`errors.${code}`, ...[...features.keys()].map((name) => `${name}.errors.${code}`)]) {
    // A count finds a message worded by plural forms (key_one, key_other) as well as a plain one.
    if (words.exists(key, { lng: 'en', count: 1 })) return key;
  }
  return null;
}
