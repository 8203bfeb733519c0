/**
 * What a framework × framework table leaves out, in the table's language: a segment with a row
 * code counts only where a code of the column framework applies to it, so a STEEPL segment with
 * no Valence code is in no cell, and the row sums fall short of the codebook's counts. Said per
 * row code, as a reader checking Table 3 against the codebook needs it.
 */
import type { i18n } from 'i18next';
import { translator } from '../../shared/i18n/translator.js';
import type { ExportLanguage } from '../../shared/tables.js';

// One i18next instance per language, made when a table first needs it.
const translators = new Map<ExportLanguage, i18n>();

/** The note for these row codes' uncounted segments (those with none are not named); undefined when none is uncounted. */
export function uncountedNote(language: ExportLanguage, columnFramework: string, rows: readonly { code: string; segments: number }[]): string | undefined {
  const named = rows.filter((row) => row.segments > 0);
  if (named.length === 0) return undefined;
  let words = translators.get(language);
  if (!words) translators.set(language, (words = translator(language)));
  const list = named.map((row) => words.t('tableCells.uncountedCode', { count: row.segments, code: row.code })).join('; ');
  return words.t('tableCells.uncounted', { framework: columnFramework, list });
}
