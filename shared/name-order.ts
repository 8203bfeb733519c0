/**
 * Names in the order the reader's language sorts them: Kazakh puts Ә after А and І after Ы, Russian
 * Ё with Е, and both fold the case of Cyrillic letters, which SQLite's NOCASE does not (it folds
 * ASCII alone, and sorted «Әлия» and «Қайрат» after «Яна»). Each id gets its name's rank; names the
 * collator holds equal share one, and a missing name (a case in no group) comes first.
 */
import type { ExportLanguage } from './tables.js';

const collators = new Map<ExportLanguage, Intl.Collator>();

/** Compares two names as the language sorts them (one collator per language: making one costs far more than comparing). */
export function nameCompare(language: ExportLanguage): (a: string, b: string) => number {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language, { numeric: true })));
  return collator.compare;
}

export function nameRanks(named: readonly { id: number; name: string | null }[], language: ExportLanguage): [id: number, rank: number][] {
  const compare = nameCompare(language);
  const sorted = [...named].sort((a, b) => (a.name === null || b.name === null ? Number(b.name === null) - Number(a.name === null) : compare(a.name, b.name)));
  const ranks: [number, number][] = [];
  let rank = -1;
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    if (item.name !== null && (previous === undefined || previous.name === null || compare(previous.name, item.name) !== 0)) rank = i;
    ranks.push([item.id, rank]);
  });
  return ranks;
}
