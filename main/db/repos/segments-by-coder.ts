/**
 * A page of the segment list sorted by coder, read from the segments coded by the first coder
 * alone (the last, descending) rather than from every segment: the sort's key, a segment's coders
 * as their ranks (rankListOf), was built for each of the reference corpus's 168,517 segments to
 * give the first 100 (about 200 ms, against 20-45 ms for the other sorts).
 *
 * No key sorts before the first coder's alone: every key begins with the rank of one of the
 * coders who coded something, none before the first's, and a longer list that begins with it
 * sorts after it. Descending, none sorts after the last coder's alone: a key that begins with the
 * last rank holds nothing after it. So once the segments coded by that coder alone (or by coders
 * of that one name) fill the page in the list's order of ties, the page is theirs. Else (a page
 * past them, a list of one coder's codings, a passage with no coding sorting first) it is left to
 * the sort of every segment (undefined).
 */
import { largest, smallest } from '../../../shared/extremes.js';
import type { ReadStore } from '../store.js';
import type { RankSortedList } from './segments-by-codes.js';

export function pageByLoneCoder(
  store: ReadStore,
  list: RankSortedList,
  page: { offset: number; limit: number; descending: boolean },
  uncodedListed: () => boolean,
): number[] | undefined {
  // Filtered to one coder, every key is that coder's: the page is the list's first in its order of ties.
  if (list.coderId !== null) return undefined;
  // A segment with no coding has no key, which sorts first ascending.
  if (!page.descending && uncodedListed()) return undefined;
  const coded = store.prepare('SELECT 1 FROM coding WHERE coder_id = ? LIMIT 1').pluck();
  const ranks = list.ranks.filter(([id]) => coded.get(id) !== undefined).map(([, rank]) => rank);
  if (ranks.length === 0) return undefined;
  const edge = page.descending ? largest(ranks) : smallest(ranks);
  const coders = list.ranks.filter(([, rank]) => rank === edge).map(([id]) => id);
  const ids = store.prepare(
    `${list.with}SELECT s.id ${list.from} ${list.filtered ? 'AND' : 'WHERE'}
       EXISTS (SELECT 1 FROM coding x WHERE x.segment_id = s.id)
       AND NOT EXISTS (SELECT 1 FROM coding x WHERE x.segment_id = s.id AND x.coder_id NOT IN (SELECT value FROM json_each(?)))
     ORDER BY ${list.ties} LIMIT ? OFFSET ?`,
  ).pluck().all(...list.params, JSON.stringify(coders), page.limit, page.offset) as number[];
  return ids.length === page.limit ? ids : undefined;
}
