/**
 * How a comparison's ranges were made, in the reader's language: the Method view says it above
 * the table and an export puts it in the table's note, so both read alike.
 */
import type { Comparison } from '../method/comparison.js';
import type { Words } from './error-text.js';

export function rangingText(words: Words, by: string, ranging: NonNullable<Comparison['ranging']>): string {
  return words.t('method.ranged', {
    by,
    values: words.t(ranging.kind === 'date' ? 'method.distinctDates' : 'method.distinctValues', { count: ranging.distinct }),
    ranges: words.t('method.rangeCount', { count: ranging.ranges }),
  });
}
