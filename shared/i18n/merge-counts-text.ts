/**
 * A merge's rows by kind in the reader's language, for the app's merge dialog and the command
 * line's merge and salvage alike: «кейсы 2, кодирования 12 345», each count grouped as the
 * reader's language groups thousands; and what the applied merge did.
 */
import type { MergeConflict, MergeCounts, MergePlan } from '../merge.js';
import type { Words } from './error-text.js';

/** The kinds with rows, each named as the merge dialog's table names it; '' when there are none. */
export function countsByKind(words: Words, counts: MergeCounts): string {
  return (Object.keys(counts) as (keyof MergeCounts)[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => kindCount(words, `merge.kinds.${kind}`, counts[kind]))
    .join(', ');
}

/** What taking theirs in a conflict replaced, by kind of conflict («значения атрибутов 1»); '' when nothing was. */
export function replacedByKind(words: Words, conflicts: readonly MergeConflict[]): string {
  const counts = new Map<MergeConflict['kind'], number>();
  for (const { kind, chosen } of conflicts) if (chosen === 'theirs') counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => kindCount(words, `merge.replaced.${kind}`, count)).join(', ');
}

/** «кодирования 12 345»: the kind named by `kindKey`, lower-cased, and its count. */
function kindCount(words: Words, kindKey: string, count: number): string {
  return words.t('merge.kindCount', { kind: words.t(kindKey).toLocaleLowerCase(), count });
}

/**
 * The applied merge in a sentence: «Merged teammate.casecoder: added cases 1, codings 3; replaced
 * attribute values 1.» What came in may sit in cases and documents not on screen, and a value
 * theirs replaced shows nowhere as new.
 */
export function mergedText(words: Words, { source, added, conflicts }: Pick<MergePlan, 'source' | 'added' | 'conflicts'>): string {
  const parts = [[countsByKind(words, added), 'merge.doneAdded'], [replacedByKind(words, conflicts), 'merge.doneReplaced']]
    .filter(([counts]) => counts !== '')
    .map(([counts, key]) => words.t(key!, { counts }));
  return parts.length === 0 ? words.t('merge.doneNothing', { source }) : words.t('merge.done', { source, what: parts.join('; ') });
}
