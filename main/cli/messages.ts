/**
 * What the command line says in the system's language, with the app's own words (shared/i18n):
 * the locale POSIX tools read for messages, LC_ALL, else LC_MESSAGES, else LANG; English when it
 * is none of ours. On stderr: what went wrong or needs a look (a service's error, a file it
 * refused, an import's warnings and notes), its progress, what it wrote where, what it counted.
 * On stdout: its tables' heads and its lines on what it made or changed, figures, statuses and times
 * as the app shows them (shared/number-format.ts, shared/locale-format.ts); its --help
 * (features/commandLineHelp.ts, see args.ts). Values (names, formats, --json) stay as they are;
 * so do the option names and values a usage error quotes (features/commandLineUsage.ts).
 *
 * In English a service's error keeps the service's own message: written with the command line in
 * mind, it often names more (the frameworks there are, where a quote was looked for) than the
 * app's shorter sentence beside a form.
 */
import type { i18n } from 'i18next';
import { systemCodebookLanguage } from '../../shared/default-codebook.js';
import type { Language } from '../../shared/i18n/bundles.js';
import { errorParams, type Words } from '../../shared/i18n/error-text.js';
import { importErrorText, refusalText } from '../../shared/i18n/refusal-text.js';
import { countsByKind } from '../../shared/i18n/merge-counts-text.js';
import { refusalExamples, refusalLine } from '../../shared/i18n/merge-refusal-text.js';
import { uncarriedLine } from '../../shared/i18n/refi-uncarried-text.js';
import { translator } from '../../shared/i18n/translator.js';
import type { DocumentImportFile, ImportWarning } from '../../shared/entities.js';
import type { MergeCounts, MergeRefusal } from '../../shared/merge.js';
import type { CaseStatus } from '../../shared/method/selection.js';
import type { RefiUncarried } from '../../shared/refi-report.js';
import { AppError } from '../errors.js';

const made = new Map<Language, i18n>();

/** Words, and which language they are in. */
export interface Messages extends Words {
  language: string;
}

/** The words of the system's language, made when first needed. */
export function messagesFor(env: Readonly<Record<string, string | undefined>>): Messages {
  const language = systemCodebookLanguage(env);
  let words = made.get(language);
  if (!words) made.set(language, (words = translator(language)));
  return words;
}

/** A table's heads (features/commandLineResults.ts, columns), in capitals as a terminal table's are. */
export function columnHeads(words: Messages, ...columns: string[]): string[] {
  return columns.map((column) => words.t(`commandLineResults.columns.${column}`).toLocaleUpperCase(words.language));
}

/** A number of things, as «3 кейса» says it: `noun` is a key of commandLineResults.counted. */
export function counted(words: Words, noun: string, count: number): string {
  return words.t(`commandLineResults.counted.${noun}`, { count });
}

/** A case's selection status in the app's words («Исключён»), «(by default)» added as the app's log adds it where nobody decided. */
export function statusText(words: Words, status: CaseStatus, decided = true): string {
  const text = words.t(`method.status.${status}`);
  return decided ? text : `${text} (${words.t('method.byDefault')})`;
}

/** A merge's or a salvage's rows by kind, as the app's merge says them («кейсы 2, кодирования 5»), or «nothing». */
export function rowsByKind(words: Messages, counts: MergeCounts): string {
  return countsByKind(words, counts) || words.t('commandLineResults.nothing');
}

/** Why the work failed. A service's error is worded by its code; anything else says its own message. */
export function errorMessage(words: Messages, error: unknown): string {
  if (!(error instanceof AppError)) return error instanceof Error ? error.message : String(error);
  // Where the remedy is an option or a command (--coder, --group, casecoder salvage), not the app's controls.
  const instead = `commandLine.instead.${error.code}`;
  if (words.exists(instead)) return words.t(instead, errorParams(words, error));
  return words.language === 'en' ? error.message : importErrorText(words, error);
}

/** A document the import refused, and why (as its error would say it). */
export function refusedMessage(words: Messages, file: DocumentImportFile): string {
  if (words.language === 'en') return `not imported: ${(file.message ?? file.reason ?? '').replace(`${file.fileName}: `, '')}`;
  return `${words.t('import-documents.refused')}: ${refusalText(words, file.reason ?? '', file.params ?? {})}`;
}

export function warningMessage(words: Words, { code, params }: ImportWarning): string {
  // The app offers to re-read the file in another encoding; here an option does.
  if (code === 'encodingUnsure') return words.t('commandLine.encodingUnsure', params);
  return words.t(`import-documents.warnings.${code}`, params);
}

/** Rows of a teammate's file not merged because they break a rule: what, how many, why, a few examples. */
export function notMergedMessage(words: Words, refusal: MergeRefusal): string {
  const line = words.t('commandLine.notMerged', { line: refusalLine(words, refusal) });
  return refusal.examples.length ? `${line} (${refusalExamples(words, refusal)})` : line;
}

export function uncarriedMessage(words: Words, uncarried: RefiUncarried): string {
  return words.t('commandLine.notCarried', { line: uncarriedLine(words, uncarried) });
}
