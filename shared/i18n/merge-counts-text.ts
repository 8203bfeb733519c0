/**
 * A merge's rows by kind in the reader's language, for the app's merge dialog and the command
 * line's merge and salvage alike: «кейсы 2, кодирования 5».
 */
import type { MergeCounts } from '../merge.js';
import type { Words } from './error-text.js';

/** The kinds with rows, each named as the merge dialog's table names it; '' when there are none. */
export function countsByKind(words: Words, counts: MergeCounts): string {
  return (Object.keys(counts) as (keyof MergeCounts)[])
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${words.t(`merge.kinds.${kind}`).toLocaleLowerCase()} ${counts[kind]}`)
    .join(', ');
}
