/**
 * A page of the segment list sorted by codes, read from the segments holding one of the codes
 * that sort first (last, descending) rather than from every segment: the sort's key, a segment's
 * codes as their ranks (rankListOf), was built for each of the reference corpus's 166,815
 * segments to give the first 100, 288 ms. The key begins with the segment's first code, so:
 *
 * - ascending, every segment holding one of the first codes sorts before every segment holding
 *   none of them; once those segments fill the page, it is theirs;
 * - descending, the segments whose first code is among the last codes hold one of them; once a
 *   page sorted from the segments holding one is full and its last row's first code is among
 *   them too, no other segment can come before it.
 *
 * The codes taken start at FIRST_CODES and grow GROWTH-fold until the page is found; a page near
 * the list's end, or a segment with no coding that sorts first (a passage holding a memo alone),
 * is left to the sort of every segment (undefined).
 */
import type { ReadStore } from '../store.js';

/**
 * A segment's codes (or coders) as their ranks in the reader's language (n.k, the statement's
 * table of ranks), each once, in that order, as text that sorts as the list of their names does:
 * «Экономика» after «Әлеумет» in Kazakh, and «прогноз» beside «Прогноз», where their names in
 * SQLite's order put every capital before every small letter and Ә after Я. Listed for one coder
 * (coderId), a segment's codes are that coder's, and they sort so.
 */
export const rankListOf = (column: 'code_id' | 'coder_id', coderId: number | null) =>
  `(SELECT group_concat(printf('%0${RANK_DIGITS}d', k), ',') FROM (SELECT DISTINCT n.k FROM coding x JOIN n ON n.id = x.${column} WHERE x.segment_id = s.id${ofCoder(coderId)} ORDER BY n.k))`;
const RANK_DIGITS = 6;

/**
 * The coder's id goes into the SQL as a number, as the sort's expression sits in ORDER BY, after
 * the parameters of every statement that reads it.
 */
const ofCoder = (coderId: number | null) => (coderId === null ? '' : ` AND x.coder_id = ${Math.trunc(coderId)}`);

/** What the page is read from: the list's statement as repos/segments.ts builds it for a sort by codes or by coder. */
export interface RankSortedList {
  /** `WITH n…` (the ranks), `FROM segment s … [WHERE …]`, and their parameters in that order. */
  with: string;
  from: string;
  params: readonly (string | number | null)[];
  /** Whether `from` ends in a WHERE of the list's filters. */
  filtered: boolean;
  /** Every code's (or coder's) [id, rank], as the statement's table n holds them. */
  ranks: readonly (readonly [number, number])[];
  coderId: number | null;
  /** The order of rows of one key (repos/segments.ts tiesIn). */
  ties: string;
}

const FIRST_CODES = 8;
const GROWTH = 4;

export function pageByLeadingCodes(
  store: ReadStore,
  list: RankSortedList,
  page: { offset: number; limit: number; descending: boolean },
  uncodedListed: () => boolean,
): number[] | undefined {
  // A segment with no coding has no key, which sorts first ascending (last descending, past any page found here).
  if (!page.descending && uncodedListed()) return undefined;
  const direction = page.descending ? 'DESC' : 'ASC';
  const leading = [...list.ranks].sort((a, b) => (page.descending ? b[1] - a[1] : a[1] - b[1]));
  const statement = store.prepare(
    `${list.with}SELECT s.id, ${rankListOf('code_id', list.coderId)} AS key ${list.from} ${list.filtered ? 'AND' : 'WHERE'}
       s.id IN (SELECT x.segment_id FROM coding x WHERE x.code_id IN (SELECT value FROM json_each(?))${ofCoder(list.coderId)})
     ORDER BY key ${direction}, ${list.ties} LIMIT ? OFFSET ?`,
  );
  for (let taken = FIRST_CODES; taken < leading.length; taken *= GROWTH) {
    // Codes of the last one's rank (the same name) come with it: their segments' keys begin alike.
    let end = taken;
    while (end < leading.length && leading[end]![1] === leading[taken - 1]![1]) end++;
    if (end === leading.length) break;
    const codes = JSON.stringify(leading.slice(0, end).map(([id]) => id));
    const rows = statement.all(...list.params, codes, page.limit, page.offset) as { id: number; key: string }[];
    if (rows.length < page.limit) continue;
    if (!page.descending || firstRank(rows[rows.length - 1]!.key) >= leading[end - 1]![1]) return rows.map((r) => r.id);
  }
  return undefined;
}

/** The rank of a segment's first code, from its key (rankListOf). */
const firstRank = (key: string) => Number(key.slice(0, RANK_DIGITS));
