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

/**
 * Row codes named one by one, up to this many; past it the note names the NAMED_FIRST with the
 * most uncounted segments and sums the rest. A 500-code codebook's rows listed each under the
 * table (179 of them, 5,700 characters) pushed the table two screens down.
 */
const NAMED_ALL = 8;
const NAMED_FIRST = 5;

/** The note for these row codes' uncounted segments (those with none are not named); undefined when none is uncounted. */
export function uncountedNote(language: ExportLanguage, columnFramework: string, rows: readonly { code: string; segments: number }[]): string | undefined {
  const uncounted = rows.filter((row) => row.segments > 0);
  if (uncounted.length === 0) return undefined;
  let words = translators.get(language);
  if (!words) translators.set(language, (words = translator(language)));
  // Sorted is stable: rows of equal counts keep the table's order.
  const named = uncounted.length <= NAMED_ALL ? uncounted : [...uncounted].sort((a, b) => b.segments - a.segments).slice(0, NAMED_FIRST);
  const items = named.map((row) => words.t('tableCells.uncountedCode', { count: row.segments, code: row.code }));
  const others = uncounted.length - named.length;
  if (others > 0) {
    const segments = uncounted.reduce((sum, row) => sum + row.segments, 0) - named.reduce((sum, row) => sum + row.segments, 0);
    items.push(words.t('tableCells.uncountedOthers', { count: others, segments: words.t('tableCells.uncountedSegments', { count: segments }) }));
  }
  return words.t('tableCells.uncounted', { framework: columnFramework, list: items.join('; ') });
}
