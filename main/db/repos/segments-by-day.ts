/**
 * A page of the segment list sorted by the day its rows show (segment-codings.ts, codedAtOf),
 * read off the codings' date index in order, instead of computing that day for every segment
 * and sorting them all: that way a first page newest first took 274 ms unfiltered on the
 * reference corpus (166,815 segments, 200,000 codings), where the sort by the segments' own
 * days, read off their index, had taken 0.2 ms. Walked in the sort's direction, a coding that
 * counts (of the list's coder and days, or any) is kept when it is its segment's latest that
 * counts, so each segment comes once, at the day its row shows, in the sort's order: the day,
 * then the segment's id, as the index holds them. Segments with no coding, listed at their
 * own day when no coding is filtered by, are merged in.
 */
import type { SegmentQuery } from '../../../shared/entities.js';
import { normalizeWord } from '../../search/normalize.js';
import type { ReadStore } from '../store.js';
import { codingConditions, filtersCodings, type CodingFilters } from './segment-codings.js';
import { uncodedSegmentsExist } from './uncoded-segments.js';

type DayPageQuery = CodingFilters & Pick<SegmentQuery, 'groupId' | 'quote'> & { descending: boolean; offset: number; limit: number };

/**
 * Codings walked at most per row up to the page's end (the walk's bound, below). A list that
 * keeps fewer segments than one in this many codings (a coder of a few codings, a small group,
 * a rare word) is sorted instead: the walk would read more codings than the sort reads rows.
 */
const CODINGS_WALKED_PER_ROW = 10;

/**
 * Pages ending deeper than this in a list its filters thin out (a group, a coder, a word) are
 * sorted (the grid pages by OFFSET): the walk reads every coding before the page, with a probe
 * of each one's segment, and by here a third of the reference corpus's segments, a group's, costs
 * about what sorting all of them does (≈120 ms), a coder's a little later. The whole list, or its
 * days alone, keeps a segment of about every coding walked, and stays faster walked at any depth
 * (≈200 ms against ≈350 at 100,000 rows).
 */
const THINNED_ROWS_MAX = 20_000;

/**
 * Pages ending within this many rows read a group from each walked coding's segment row (ten
 * times the cost of a walked coding otherwise), where the walk meets few; past it, from a list
 * of the group's segments, built once (30 ms for a third of the reference corpus).
 */
const GROUP_READ_ROWS_MAX = 1000;

/**
 * The walk's bound is never further than this many codings for a word, each of them a read of
 * its segment's row and a search of its quote (~13 µs). A word in about a third of the segments
 * fills its pages from them to the tenth (≈20 ms the first, ≈100 the tenth, where the sort's
 * search of every quote takes ≈800 ms on the reference corpus); one too rare for a page from
 * them costs at most ≈270 ms walked before that sort (≈27 ms on a first page, 2,000 codings).
 */
const QUOTE_CODINGS_WALKED_MAX = 20_000;

/**
 * Whether a page is read by walking the codings' days: sorted by day, not of one code, case or
 * document (whose few segments sort sooner than the walk finds them among all the codings), and
 * within THINNED_ROWS_MAX rows in a list thinned out by a group, a coder or a word.
 */
export function walksCodingDays(query: DayPageQuery & Pick<SegmentQuery, 'sort' | 'afterId' | 'caseId' | 'documentId'>): boolean {
  const thinned = query.groupId !== undefined || query.coder !== undefined || Boolean(query.quote);
  return query.sort === 'date' && query.afterId === undefined && query.codeId === undefined && query.caseId === undefined
    && query.documentId === undefined && (!thinned || query.offset + query.limit <= THINNED_ROWS_MAX);
}

/**
 * The page's segment ids, read off the date index; undefined when the walk's bound stopped it
 * short of a full page (a filter keeping few rows), for the caller to sort instead.
 *
 * The walk is bounded by a day, that of the walkedAtMost-th coding of the list's days in the
 * sort's direction: a segment whose row's day is on the near side of it has its latest coding
 * there too, so the rows found are exactly the list's first ones, and a full page of them is the
 * page. A coding is its segment's latest that counts when no other of the segment's codings that
 * count is later (or as late, with a greater id): found by the segment's index, `y.id <> x.id`
 * first, so a segment's only coding is seen from the index alone.
 */
export function pageByCodingDay(store: ReadStore, query: DayPageQuery): number[] | undefined {
  const direction = query.descending ? 'DESC' : 'ASC';
  const days = codingConditions({ dateFrom: query.dateFrom, dateTo: query.dateTo }, 'x', 'day');
  const bound = store
    .prepare(`SELECT x.created_at FROM coding x ${days.where.length ? `WHERE ${days.where.join(' AND ')}` : ''} ORDER BY x.created_at ${direction} LIMIT 1 OFFSET ?`)
    .pluck().get(...days.params, walkedAtMost(query) - 1) as string | undefined;
  const withinBound = (day: string) => (bound === undefined ? [] : [`${day} ${query.descending ? '>=' : '<='} ?`]);
  const boundParams = bound === undefined ? [] : [bound];
  const walked = codingConditions(query, 'x', 'day');
  const later = codingConditions(query, 'y', { segment: 'x.segment_id' });
  const latest = `NOT EXISTS (SELECT 1 FROM coding y WHERE ${[...later.where, 'y.id <> x.id', '(y.created_at > x.created_at OR (y.created_at = x.created_at AND y.id > x.id))'].join(' AND ')})`;
  const own = segmentConditions(query);
  const coded = `SELECT x.segment_id AS id, x.created_at AS day FROM coding x ${own.readsSegment ? `CROSS JOIN segment s ON s.id = x.segment_id ${own.joins}` : ''}
    WHERE ${[...walked.where, ...withinBound('x.created_at'), ...own.where('x.segment_id'), latest].join(' AND ')}`;
  const params: (string | number | null)[] = [...walked.params, ...boundParams, ...own.params, ...later.params];
  // Listed with no coding filtered by, a segment with none shows its own day (uncoded-segments.ts).
  const uncoded = !filtersCodings(query) && uncodedSegmentsExist(store)
    ? ` UNION ALL SELECT s.id, s.created_at FROM segment s ${own.joins}
        WHERE ${[...withinBound('s.created_at'), ...own.where('s.id'), 'NOT EXISTS (SELECT 1 FROM coding y WHERE y.segment_id = s.id)'].join(' AND ')}`
    : '';
  if (uncoded) params.push(...boundParams, ...own.params);
  const ids = store
    .prepare(`${coded}${uncoded} ORDER BY day ${direction}, id ${direction} LIMIT ? OFFSET ?`)
    .pluck().all(...params, query.limit, query.offset) as number[];
  return ids.length < query.limit && bound !== undefined ? undefined : ids;
}

/** How many codings the walk reads at most (its bound): CODINGS_WALKED_PER_ROW for each row to the page's end, QUOTE_CODINGS_WALKED_MAX for a word. */
const walkedAtMost = ({ offset, limit, quote }: DayPageQuery) =>
  Math.min(CODINGS_WALKED_PER_ROW * (offset + limit), quote ? QUOTE_CODINGS_WALKED_MAX : Infinity);

/**
 * The conditions on the segment, whose id is `id` (the segment s itself where `readsSegment`, with
 * the case and document `joins` read): its group's and its quote's. Up to GROUP_READ_ROWS_MAX rows,
 * the walk meets few codings, and a group is read from each one's segment row; past it, in a
 * list of the group's segments built once from the indexes (30 ms for a third of the reference
 * corpus), the unary + keeping SQLite from walking that list instead of the days. A quote is
 * found whatever the case of its letters in any script, ё as е (sqlite.ts: search_fold).
 */
function segmentConditions({ groupId, quote, offset, limit }: DayPageQuery): {
  where: (id: string) => string[]; params: (string | number | null)[]; readsSegment: boolean; joins: string;
} {
  const listed = groupId !== undefined && offset + limit > GROUP_READ_ROWS_MAX;
  const read = groupId !== undefined && !listed;
  return {
    where: (id) => [
      // IS: a null matches the cases in no group, and a number uses the index as = does.
      ...(listed ? [`+${id} IN (SELECT m.id FROM case_ c JOIN document d ON d.case_id = c.id JOIN segment m ON m.document_id = d.id WHERE c.group_id IS ?)`] : []),
      ...(read ? ['c.group_id IS ?'] : []),
      ...(quote ? ['instr(search_fold(s.quote), ?) > 0'] : []),
    ],
    params: [...(groupId === undefined ? [] : [groupId]), ...(quote ? [normalizeWord(quote)] : [])],
    readsSegment: read || Boolean(quote),
    // CROSS JOIN: SQLite nests the tables in the order written, the codings' days outermost.
    joins: read ? 'CROSS JOIN document d ON d.id = s.document_id CROSS JOIN case_ c ON c.id = d.case_id' : '',
  };
}
