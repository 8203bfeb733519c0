/**
 * What a table leaves out, in the table's language. A framework × framework table: a segment with a row
 * code counts only where a code of the column framework applies to it, so a STEEPL segment with
 * no Valence code is in no cell, and the row sums fall short of the codebook's counts. Said per
 * row code, as a reader checking Table 3 against the codebook needs it. Any table: the codes the
 * researcher left out of it (a Table 3 without Forecast), named, or the reader of the exported
 * table would take its columns for the whole framework.
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
  const words = wordsOf(language);
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

/**
 * The note naming the codes left out by choice, by framework in the table's order (rows' first);
 * undefined when none is. Past NAMED_ALL codes, the first NAMED_FIRST and how many others.
 */
export function leftOutNote(language: ExportLanguage, frameworks: readonly { framework: string; codes: readonly string[] }[]): string | undefined {
  const total = frameworks.reduce((sum, f) => sum + f.codes.length, 0);
  if (total === 0) return undefined;
  const words = wordsOf(language);
  let room = total <= NAMED_ALL ? total : NAMED_FIRST;
  const items: string[] = [];
  for (const { framework, codes } of frameworks) {
    const named = codes.slice(0, room);
    room -= named.length;
    if (named.length > 0) items.push(words.t('tableCells.leftOutOf', { framework, codes: named.map((code) => words.t('tableCells.leftOutCode', { code })).join(', ') }));
  }
  if (total > NAMED_ALL) items.push(words.t('tableCells.leftOutOthers', { count: total - NAMED_FIRST }));
  return words.t('tableCells.leftOut', { list: items.join('; ') });
}

function wordsOf(language: ExportLanguage): i18n {
  let words = translators.get(language);
  if (!words) translators.set(language, (words = translator(language)));
  return words;
}
