/**
 * How the agreement figures were computed, in sentences for the reader of a report: the JSON
 * report's `method` in English (kept as it was for scripts reading it), the command line's text
 * in its language (features/commandLineReports.ts, agreement.methodNotes).
 */
import type { Words } from '../../shared/i18n/error-text.js';
import { translator } from '../../shared/i18n/translator.js';

export function methodNotes(words: Words, coderCount: number, threshold: number): string[] {
  const say = (key: string, options?: Record<string, unknown>) => words.t(`commandLineReports.agreement.methodNotes.${key}`, options);
  return [
    coderCount === 2 ? say('comparedBoth') : say('comparedAll', { count: coderCount }),
    say('characters'),
    say('segments', { threshold }),
    say('figures'),
    say('codes'),
  ];
}

let english: Words | undefined;

/** The notes in English, as the report's `method` gives them. */
export function englishMethodNotes(coderCount: number, threshold: number): string[] {
  english ??= translator('en');
  return methodNotes(english, coderCount, threshold);
}
