/**
 * How the agreement figures were computed, in sentences for the reader of a report: the JSON
 * report's `method` in English (kept as it was for scripts reading it), the command line's text
 * in its language (features/commandLineReports.ts, agreement.methodNotes).
 */
import type { Words } from '../../shared/i18n/error-text.js';
import { translator } from '../../shared/i18n/translator.js';

const note = (words: Words, key: string, options?: Record<string, unknown>) => words.t(`commandLineReports.agreement.methodNotes.${key}`, options);

export function methodNotes(words: Words, coderCount: number, threshold: number): string[] {
  const compared = coderCount === 2 ? note(words, 'comparedBoth') : note(words, 'comparedAll', { count: coderCount });
  return [compared, ...unitNotes(words, threshold)];
}

/** What the units and figures are: the notes after which documents were compared. */
export function unitNotes(words: Words, threshold: number): string[] {
  return [note(words, 'characters'), note(words, 'segments', { threshold }), note(words, 'figures'), note(words, 'codes')];
}

let english: Words | undefined;

/** The notes in English, as the report's `method` gives them. */
export function englishMethodNotes(coderCount: number, threshold: number): string[] {
  english ??= translator('en');
  return methodNotes(english, coderCount, threshold);
}
