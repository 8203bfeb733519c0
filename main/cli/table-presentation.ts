/**
 * The journal options of every command that exports a table (table, selection, compare,
 * summaries), checked here so a typo is a usage error rather than a contract one.
 */
import { systemCodebookLanguage } from '../../shared/default-codebook.js';
import type { TablePresentation } from '../../shared/method/presentation.js';
import { exportLanguages, TABLE_NUMBER_LENGTH, TableNumber } from '../../shared/tables.js';
import { oneOf, UsageError } from './args.js';

export const presentationOptions = {
  number: { type: 'string', value: 'N' },
  title: { type: 'string', value: 'TITLE' },
  note: { type: 'string', value: 'TEXT' },
  language: { type: 'string', value: 'LANG', helpValues: { choices: exportLanguages.join(', ') } },
} as const;

/**
 * The presentation the journal options ask for. Captions and notes are in the system's language
 * unless --language says otherwise, as the app writes them in the language it shows.
 */
export function presentationOf(values: { number?: string; title?: string; note?: string; language?: string }, env: NodeJS.ProcessEnv): TablePresentation {
  const fields: TablePresentation = {};
  if (values.number !== undefined) {
    const number = TableNumber.safeParse(values.number);
    if (!number.success) {
      throw new UsageError('tableNumber', { length: TABLE_NUMBER_LENGTH, value: values.number });
    }
    fields.number = number.data;
  }
  if (values.title !== undefined) fields.title = values.title;
  if (values.note !== undefined) fields.note = values.note;
  fields.language = values.language === undefined ? systemCodebookLanguage(env) : oneOf('language', values.language, exportLanguages);
  return fields;
}

/** --format and --out go together, and the format must be one of those the command writes. */
export function checkExportFlags<T extends string>(values: { format?: string; out?: string }, formats: readonly T[]): T | undefined {
  if ((values.format === undefined) !== (values.out === undefined)) throw new UsageError('formatWithOut');
  return values.format === undefined ? undefined : oneOf('format', values.format, formats);
}
