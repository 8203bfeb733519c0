import type { Coding, Segment, SegmentPage, SegmentRow, SegmentSortKey } from '../../../shared/entities.js';
import type { ExportLanguage } from '../../../shared/tables.js';
import type { SegmentQuery } from '../../../shared/entities.js';
import { nameCompare, nameRanks } from '../../../shared/name-order.js';
import { caseLabel } from '../../../shared/sheets.js';
import { type ReadStore, type WriteStore } from '../store.js';
import { normalizeWord } from '../../search/normalize.js';
import { QUOTE_KEY_LENGTH, quoteSortKey } from '../../search/quote-key.js';
import { newGuid, now } from '../stamps.js';
import { findCoder } from './coders.js';
import { codedAtOf, codingsFilteredBy, filtersCodings, type CodingFilters } from './segment-codings.js';
import { pageByLeadingCodes, rankListOf } from './segments-by-codes.js';
import { pageByLoneCoder } from './segments-by-coder.js';
import { pageByCodingDay, walksCodingDays } from './segments-by-day.js';
import { uncodedSegmentsExist } from './uncoded-segments.js';

/**
 * The text of [start, end) of a document (start >= 0), in code points, read by SQLite's substr()
 * (which counts characters of the UTF-8 text, that is code points), so the text is not decoded
 * into JavaScript: for texts too long to keep between codings (services/coding-texts.ts). Fewer
 * than end - start code points when the span runs past the text's end; undefined when there is
 * no such document.
 */
export function spanText(store: ReadStore, documentId: number, start: number, end: number): string | undefined {
  return store.prepare('SELECT substr(text, ? + 1, ? - ?) FROM document WHERE id = ?').pluck().get(start, end, start, documentId) as string | undefined;
}

/** A document's length in code points (SQLite's length() of text), or undefined when there is no such document. */
export function documentLength(store: ReadStore, documentId: number): number | undefined {
  return store.prepare('SELECT length(text) FROM document WHERE id = ?').pluck().get(documentId) as number | undefined;
}

/** Whether a code exists, and whether its framework is exclusive (one of its codes per segment and coder). */
export function codeExclusivity(store: ReadStore, codeId: number): { exclusive: boolean } | undefined {
  const row = store
    .prepare('SELECT f.exclusive FROM code k JOIN framework f ON f.id = k.framework_id WHERE k.id = ?')
    .get(codeId) as { exclusive: number } | undefined;
  return row && { exclusive: row.exclusive === 1 };
}

export function findSegment(store: ReadStore, documentId: number, start: number, end: number): number | undefined {
  const row = store
    .prepare('SELECT id FROM segment WHERE document_id = ? AND start = ? AND "end" = ?')
    .get(documentId, start, end) as { id: number } | undefined;
  return row?.id;
}

/** `guid` and `createdAt` are kept from an imported file (REFI-QDA); made fresh otherwise. */
export function insertSegment(
  store: WriteStore,
  segment: { documentId: number; start: number; end: number; quote: string; coderId: number; guid?: string; createdAt?: string },
): number {
  const info = store
    .prepare(
      `INSERT INTO segment (guid, document_id, start, "end", quote, quote_key, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      segment.guid ?? newGuid(), segment.documentId, segment.start, segment.end, segment.quote, quoteSortKey(segment.quote), segment.coderId,
      segment.createdAt ?? now(),
    );
  return Number(info.lastInsertRowid);
}

/** Puts a segment on another span of its document (a merge taking a teammate's position for it); its codings and memos stay on it. */
export function moveSegment(store: WriteStore, id: number, span: { start: number; end: number; quote: string }): void {
  store
    .prepare('UPDATE segment SET start = ?, "end" = ?, quote = ?, quote_key = ? WHERE id = ?')
    .run(span.start, span.end, span.quote, quoteSortKey(span.quote), id);
}

/** Makes the quote sort keys of segments first to last from their quotes: for rows written back in SQL (a redo's range). */
export function setQuoteKeys(store: WriteStore, first: number, last: number): void {
  const heads = store
    .prepare(`SELECT id, substr(quote, 1, ${QUOTE_KEY_LENGTH}) AS head FROM segment WHERE id BETWEEN ? AND ?`)
    .all(first, last) as { id: number; head: string }[];
  const setKey = store.prepare('UPDATE segment SET quote_key = ? WHERE id = ?');
  for (const { id, head } of heads) setKey.run(quoteSortKey(head), id);
}

/**
 * Codes a segment, unless this coder already coded it with this code. Returns the new
 * coding's id, or null when it was there already.
 */
export function insertCoding(
  store: WriteStore, segmentId: number, codeId: number, coderId: number, imported: { guid?: string; createdAt?: string } = {},
): number | null {
  const info = store
    .prepare(
      `INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (segment_id, code_id, coder_id) DO NOTHING`,
    )
    .run(imported.guid ?? newGuid(), segmentId, codeId, coderId, imported.createdAt ?? now());
  return info.changes === 0 ? null : Number(info.lastInsertRowid);
}

/**
 * The same coder's coding of the segment with another code of the framework, when that framework
 * is exclusive (one code per segment and coder). The framework is the code's, given apart so that
 * a merge's plan can ask for a code it has not written yet.
 */
export function exclusiveSiblingCoding(
  store: ReadStore, segmentId: number, coderId: number, codeId: number, frameworkId: number,
): { id: number; name: string } | undefined {
  return store
    .prepare(
      `SELECT x.id, k.name FROM coding x JOIN code k ON k.id = x.code_id JOIN framework f ON f.id = k.framework_id
       WHERE x.segment_id = ? AND x.coder_id = ? AND x.code_id != ? AND f.exclusive = 1 AND k.framework_id = ?`,
    )
    .get(segmentId, coderId, codeId, frameworkId) as { id: number; name: string } | undefined;
}

/** Removes this coder's codings of the segment with other codes of the same framework; their codes. */
export function removeSiblingCodings(store: WriteStore, segmentId: number, codeId: number, coderId: number): number[] {
  return store
    .prepare(
      `DELETE FROM coding WHERE segment_id = ? AND coder_id = ? AND code_id != ?
         AND code_id IN (SELECT id FROM code WHERE framework_id = (SELECT framework_id FROM code WHERE id = ?))
       RETURNING code_id`,
    )
    .pluck()
    .all(segmentId, coderId, codeId, codeId) as number[];
}

/** The coder's coding of the segment with the code, if there is one. */
export function codingOf(store: ReadStore, segmentId: number, codeId: number, coderId: number): number | undefined {
  return store
    .prepare('SELECT id FROM coding WHERE segment_id = ? AND code_id = ? AND coder_id = ?')
    .pluck()
    .get(segmentId, codeId, coderId) as number | undefined;
}

/** A coding's segment, code and coder. */
export function codingRow(store: ReadStore, codingId: number): { segmentId: number; codeId: number; coderId: number } | undefined {
  return store.prepare('SELECT segment_id AS segmentId, code_id AS codeId, coder_id AS coderId FROM coding WHERE id = ?').get(codingId) as
    | { segmentId: number; codeId: number; coderId: number }
    | undefined;
}

export function deleteCoding(store: WriteStore, codingId: number): void {
  store.prepare('DELETE FROM coding WHERE id = ?').run(codingId);
}

/**
 * Deletes a segment left with no coding and no memo, so the segment list holds coded spans and
 * passages noted on: a memo written on a passage stays on it when its last code is taken off.
 */
export function deleteSegmentIfBare(store: WriteStore, segmentId: number): void {
  store
    .prepare(
      `DELETE FROM segment WHERE id = ? AND NOT EXISTS (SELECT 1 FROM coding WHERE segment_id = ?)
         AND NOT EXISTS (SELECT 1 FROM memo_link WHERE target_kind = 'segment' AND target_id = ?)`,
    )
    .run(segmentId, segmentId, segmentId);
}

export function deleteCodingsOfCode(store: WriteStore, codeId: number): number[] {
  const segments = store.prepare('SELECT DISTINCT segment_id AS id FROM coding WHERE code_id = ?').all(codeId) as { id: number }[];
  store.prepare('DELETE FROM coding WHERE code_id = ?').run(codeId);
  return segments.map((s) => s.id);
}

/** The document's segments with their codings, by position; those holding only a memo included. */
export function documentSegments(store: ReadStore, documentId: number): Segment[] {
  const rows = store
    .prepare(
      `SELECT s.id AS segmentId, s.start, s."end" AS "end", c.id AS codingId, c.code_id AS codeId,
              k.name AS coder, c.created_at AS createdAt
       FROM segment s LEFT JOIN coding c ON c.segment_id = s.id LEFT JOIN coder k ON k.id = c.coder_id
       WHERE s.document_id = ? ORDER BY s.start, s."end", c.id`,
    )
    .all(documentId) as ({ segmentId: number; start: number; end: number } & (
      | { codingId: number; codeId: number; coder: string; createdAt: string }
      | { codingId: null; codeId: null; coder: null; createdAt: null }
    ))[];
  const segments = new Map<number, Segment>();
  for (const row of rows) {
    let segment = segments.get(row.segmentId);
    if (!segment) {
      segment = { id: row.segmentId, documentId, start: row.start, end: row.end, codings: [] };
      segments.set(row.segmentId, segment);
    }
    // A passage with a memo and no code (a memo written on uncoded text, or a REFI-QDA
    // selection with a note alone) is one of the document's segments with no codings.
    if (row.codingId === null) continue;
    const coding: Coding = { id: row.codingId, codeId: row.codeId, coder: row.coder, createdAt: row.createdAt };
    segment.codings.push(coding);
  }
  return [...segments.values()];
}

// Sort keys map to SQL expressions over the filtered set (aliases s, d, c, g); the query adds
// s.id last so paging is stable when keys tie. JOINED_FOR_SORT names the tables each one reads.
const sortExpressions = (coderId: number | null, codedAt: string): Record<SegmentSortKey, string[]> => ({
  // The order of the indexes (case, its documents, each one's segments by start and end), so
  // a page of it is read in that order with no sort (POSITION_ORDER below).
  position: ['c.id', 'd.id', 's.start', 's."end"'],
  // Names by their rank in the reader's language (NAMES_RANKED).
  case: ['n.k'],
  group: ['n.k'],
  document: ['n.k'],
  // As the alphabet reads (migration 012): capitals with small letters, ё with е, Ә after А.
  quote: ['s.quote_key'],
  codes: [rankListOf('code_id', coderId)],
  coder: [rankListOf('coder_id', coderId)],
  // The day the list shows (codedAtOf), whose parameters follow the statement's others (Filtered.orderParams).
  date: [codedAt],
});

/**
 * How rows of one key follow each other: in the list's reading order, within a document by
 * position, whichever way the key goes, as a spreadsheet's sort keeps them. By id, a code's
 * segments merged from a teammate's project came after all the others, and a descending sort
 * turned a case's passages round. Read off the segment row alone: the document's id stands for
 * its case, as documents are mostly added case by case. Position is its own order, and the days'
 * order is read off the codings' index, where their ids break ties (segments-by-day.ts).
 */
const tiesIn = (sort: SegmentSortKey, direction: 'ASC' | 'DESC') =>
  (sort === 'position' || sort === 'date' ? `s.id ${direction}` : 's.document_id ASC, s.start ASC, s."end" ASC, s.id ASC');

/**
 * The tables a page's sort reads beyond the segment itself: document d, its case c, the case's
 * group g. The others are joined only when a filter or the sort needs them: a segment has one
 * document and a document one case (NOT NULL foreign keys), so the join never drops or repeats
 * a segment; joined for nothing, they cost a page by quote of every segment a quarter of its time.
 */
const JOINED_FOR_SORT: Record<SegmentSortKey, 'd' | 'c' | null> = {
  position: 'c', case: 'c', group: 'c', document: 'd', quote: null, codes: null, coder: null, date: null,
};

/**
 * The sorts by a name, which SQLite cannot collate as a language does (shared/name-order.ts): the
 * names are few (cases, documents, codes, coders), so their ranks are computed for each query and
 * joined in as [id, rank] pairs, n.k: to the segment's case or document, or read by the sort's
 * expression (a segment's codes and coders). A case's rank in the group sort is its group's. The pairs are a
 * MATERIALIZED table, which SQLite indexes for the join: read straight from json_each they were
 * scanned again for every segment (1.3 s for a page of one code's 19,682 segments on the reference
 * corpus, 63 ms materialized; a LEFT JOIN, ten seconds for any page). They are joined for the
 * order alone, never to count: a count of one group's segments through them took 3.5 s, 2 ms without.
 */
const NAMES_RANKED: Partial<Record<SegmentSortKey, { on: 'c.id' | 'd.id' | null; names: string }>> = {
  case: { on: 'c.id', names: 'SELECT id, name FROM case_' },
  group: { on: 'c.id', names: 'SELECT c.id, g.name FROM case_ c LEFT JOIN case_group g ON g.id = c.group_id' },
  document: { on: 'd.id', names: 'SELECT id, name FROM document' },
  codes: { on: null, names: 'SELECT id, name FROM code' },
  coder: { on: null, names: 'SELECT id, name FROM coder' },
};

/** The ranks of the sort's names: a table n for the statement's WITH, its join, and its parameter, and the [id, rank] pairs it holds; none for other sorts. */
interface Ranks {
  table: string;
  join: string;
  params: string[];
  pairs: [id: number, rank: number][];
}

function ranksFor(store: ReadStore, query: OrderedQuery): Ranks {
  const ranked = NAMES_RANKED[query.sort];
  if (!ranked) return { table: '', join: '', params: [], pairs: [] };
  const named = store.prepare(ranked.names).all() as { id: number; name: string | null }[];
  const pairs = nameRanks(named, query.language ?? 'en');
  return {
    // Cast, or SQLite scans n for every row rather than index it (300 ms against 63 for one code's page).
    table: 'n(id, k) AS MATERIALIZED (SELECT CAST(value->>0 AS INTEGER), CAST(value->>1 AS INTEGER) FROM json_each(?))',
    join: ranked.on ? `JOIN n ON n.id = ${ranked.on}` : '',
    params: [JSON.stringify(pairs)],
    pairs,
  };
}

/**
 * Cases, then their documents, then each one's segments, each by its index in order: SQLite's
 * CROSS JOIN keeps this nesting, so pages in position order come straight off the indexes
 * (an OFFSET steps over index entries) instead of sorting every segment for each page.
 */
const POSITION_ORDER = `case_ c CROSS JOIN document d ON d.case_id = c.id CROSS JOIN segment s ON s.document_id = d.id`;

/**
 * Whether a page in position order is read in that order (POSITION_ORDER): not when the rows
 * are found by another index — a code's or coder's codings, the dates — and then sorted, nor
 * for keyed pages, which go by id.
 */
const readInPositionOrder = (query: OrderedQuery) =>
  query.sort === 'position' && query.afterId === undefined && query.codeId === undefined && query.coder === undefined
  && !query.dateFrom && !query.dateTo;

type PageQuery = Required<Pick<SegmentQuery, 'sort' | 'descending' | 'offset' | 'limit'>> & SegmentQuery;
/** What picks and orders the segments, without the page. */
type OrderedQuery = Omit<PageQuery, 'offset' | 'limit'>;

/**
 * Whether a page is read off the indexes with no sort or scan of every segment, so it costs a
 * few milliseconds at any size: a keyed page, a page in position order (not searching the
 * quotes), or one code's segments in position order. Other pages sort every segment or scan
 * every quote (half a second on the reference corpus's 166,815 segments).
 */
export function pageReadOffIndexes(query: PageQuery): boolean {
  if (query.afterId !== undefined) return true;
  if (query.sort !== 'position' || query.quote) return false;
  return readInPositionOrder(query) || (query.codeId !== undefined && query.coder === undefined && !query.dateFrom && !query.dateTo);
}

/** The joins from segment s that the query's filters and sort read (JOINED_FOR_SORT). */
function joinsFor(query: OrderedQuery): string {
  const needs = JOINED_FOR_SORT[query.sort];
  const caseJoined = needs === 'c' || query.groupId !== undefined;
  const documentJoined = caseJoined || needs === 'd' || query.caseId !== undefined;
  return [
    documentJoined ? 'JOIN document d ON d.id = s.document_id' : '',
    caseJoined ? 'JOIN case_ c ON c.id = d.case_id' : '',
  ].filter(Boolean).join(' ');
}

/**
 * How many segments the query's filters match. Unfiltered, every segment counts: the smallest
 * index answers. Filtered by their codings alone (a code, a coder, days, or together), the
 * distinct segments of those codings are counted off them, without reading a segment row (a
 * row read per segment of the code was most of its page's time; a coder's or three months'
 * segments took a third of the time counted so on the reference corpus, ~30 ms against ~95).
 */
function countSegments(store: ReadStore, query: PageQuery, filters: number, from: string, params: (string | number | null)[]): number {
  const count = (sql: string, ...args: (string | number | null)[]) => store.prepare(sql).pluck().get(...args) as number;
  if (filters === 0) return count('SELECT count(*) FROM segment');
  // The codings' condition is one (codingsFilteredBy): alone, it is the only one.
  if (filters === 1 && filtersCodings(query)) return codedSegmentCount(store, query);
  return count(`SELECT count(*) ${from}`, ...params);
}

function codedSegmentCount(store: ReadStore, query: PageQuery): number {
  const codings = codingsFilteredBy(query)!;
  // A code's index holds its segments in order, to count once each as read; a coder's or the
  // days' do not, and the unary + keeps SQLite from reading every coding in the segments' order
  // (their rows for the coder or day) rather than tell those segments apart as it finds them.
  const segment = query.codeId === undefined ? '+x.segment_id' : 'x.segment_id';
  return store.prepare(`SELECT count(DISTINCT ${segment}) FROM ${codings.from}`).pluck().get(...codings.params) as number;
}

/**
 * A page of one code's segments (the code the only filter, or with a coder or days) and how
 * many there are, in one statement: the code's segments are found once, from its codings, for
 * both. Counting them apart read every one of the code's coding rows a second time. A page
 * past the end has no row to carry the number: it is counted then, if asked for. By date, each
 * segment's day (codedAtOf: the latest of those codings) is read with them, and the page is
 * sorted from those alone, no segment row read (24 ms against 57 for a first page of the
 * reference corpus's largest code, 19,563 segments).
 */
function codePageWithTotal(store: ReadStore, query: PageQuery, { ranks, order, orderParams }: Filtered): { total: number; ids: number[] } {
  const codings = codingsFilteredBy(query)!;
  const byDay = query.sort === 'date';
  const direction = query.descending ? 'DESC' : 'ASC';
  const total = '(SELECT count(*) FROM coded) AS total';
  const rows = store
    .prepare(
      `WITH coded(id${byDay ? ', day' : ''}) AS MATERIALIZED (SELECT x.segment_id${byDay ? ', max(x.created_at)' : ''} FROM ${codings.from} GROUP BY x.segment_id)${ranks.table ? `, ${ranks.table}` : ''}
       ${byDay
        ? `SELECT coded.id, ${total} FROM coded ORDER BY coded.day ${direction}, coded.id ${direction}`
        : `SELECT s.id, ${total} FROM coded CROSS JOIN segment s ON s.id = coded.id ${joinsFor(query)} ${ranks.join} ORDER BY ${order}`} LIMIT ? OFFSET ?`,
    )
    .all(...codings.params, ...ranks.params, ...(byDay ? [] : orderParams), query.limit, query.offset) as { id: number; total: number }[];
  if (query.countTotal === false) return { total: -1, ids: rows.map((r) => r.id) };
  return rows.length === 0 ? { total: codedSegmentCount(store, query), ids: [] } : { total: rows[0]!.total, ids: rows.map((r) => r.id) };
}

/**
 * One page of the segment list, filtered and sorted in SQL. The page's ids come first, in
 * position order straight off the indexes, by day off the codings' date index (segments-by-day.ts),
 * else from a top-N sort that carries only the keys; the details are then read for those rows alone.
 */
export function querySegments(store: ReadStore, query: PageQuery): SegmentPage {
  const selected = filtered(store, query);
  const { where, params, from, sorted, order, orderParams } = selected;
  // The code's condition holds its coder's and days' too (codingsFilteredBy): alone, it is the only one.
  // By date its codings' days are read along, so later pages, with no count, go that way too.
  const codeAlone = where.length === 1 && query.codeId !== undefined && query.afterId === undefined && (query.countTotal !== false || query.sort === 'date');
  const counted = codeAlone ? codePageWithTotal(store, query, selected) : undefined;
  const walked = walksCodingDays(query) ? pageByCodingDay(store, query) : undefined;
  // By coder, not under a quote filter: where the first coder's lone segments did not fill the page,
  // the walk had read every quote before the sort read them again (1.6 s for a word, 0.9 s without it).
  const byRanks = query.sort === 'codes' || (query.sort === 'coder' && !query.quote);
  const byCodes = !counted && byRanks && query.afterId === undefined ? leadingRanksPage(store, query, selected) : undefined;
  const quoted = !counted && !walked && !byCodes && query.quote && query.afterId === undefined && query.countTotal !== false
    ? quotePageWithTotal(store, query, selected) : undefined;
  const total = counted?.total ?? quoted?.total ?? (query.countTotal === false ? -1 : countSegments(store, query, where.length, from, params));
  // Keyed: each page starts from the last id by the primary key, so reading them all is linear.
  const ids = counted?.ids ?? walked ?? byCodes ?? quoted?.ids ?? (query.afterId === undefined
    ? store.prepare(`${sorted.with}SELECT s.id ${sorted.from} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(...sorted.params, ...orderParams, query.limit, query.offset)
    : store.prepare(`SELECT s.id ${from} ${where.length ? 'AND' : 'WHERE'} s.id > ? ORDER BY s.id LIMIT ?`).pluck().all(...params, query.afterId, query.limit)) as number[];
  return { total, rows: segmentRows(store, ids, query) };
}

/**
 * A page of a list filtered by a quote's words and how many there are, in one read: the filter
 * reads every quote (folding each in JavaScript), and counting apart read them all a second time
 * (sorted by quote on the reference corpus, 1.2–1.7 s for a word, half of it the count). A page
 * past the end has no row to carry the number, which is then counted.
 */
function quotePageWithTotal(store: ReadStore, query: PageQuery, { sorted, order, orderParams, where, from, params }: Filtered): { total: number; ids: number[] } {
  const rows = store
    .prepare(`${sorted.with}SELECT s.id, count(*) OVER () AS total ${sorted.from} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...sorted.params, ...orderParams, query.limit, query.offset) as { id: number; total: number }[];
  const total = rows.length > 0 ? rows[0]!.total : countSegments(store, query, where.length, from, params);
  return { total, ids: rows.map((r) => r.id) };
}

/**
 * A page sorted by codes from the segments holding the codes that sort first (segments-by-codes.ts),
 * or by coder from the segments of the first coder alone (segments-by-coder.ts), if it is found so.
 */
function leadingRanksPage(store: ReadStore, query: PageQuery, { where, sorted, ranks }: Filtered): number[] | undefined {
  const sort = query.sort === 'coder' ? 'coder' : 'codes';
  const list = { ...sorted, filtered: where.length > 0, ranks: ranks.pairs, coderId: coderIdOf(store, query), ties: tiesIn(sort, 'ASC') };
  // Only a list not filtered by codings can hold a segment with none.
  const uncodedListed = () => !filtersCodings(query) && uncodedSegmentsExist(store);
  return (sort === 'coder' ? pageByLoneCoder : pageByLeadingCodes)(store, list, query, uncodedListed);
}

/**
 * Every segment the query's filters match, in its sort order, a page at a time as they are read,
 * with how many have been read and how many there are: the ids in one sorted read, then the rows
 * page by page (no OFFSET), so a list of every segment is written without paging the sort or
 * holding every row.
 */
export function* segmentPagesInOrder(
  store: ReadStore, query: Omit<OrderedQuery, 'afterId' | 'countTotal'>,
): Generator<{ rows: SegmentRow[]; done: number; total: number }> {
  const ids = segmentOrder(store, query);
  for (let at = 0; at < ids.length; at += ROWS_AT_ONCE) {
    const page = ids.slice(at, at + ROWS_AT_ONCE);
    yield { rows: segmentRows(store, page, query), done: at + page.length, total: ids.length };
  }
}
const ROWS_AT_ONCE = 1000;

/** Every segment the query's filters match, by id, in its sort order: one sorted read. */
export function segmentOrder(store: ReadStore, query: Omit<OrderedQuery, 'afterId' | 'countTotal'>): number[] {
  const { sorted, order, orderParams } = filtered(store, query);
  return store.prepare(`${sorted.with}SELECT s.id ${sorted.from} ORDER BY ${order}`).pluck().all(...sorted.params, ...orderParams) as number[];
}

/** The listed coder's id (-1 for a name no coder has, whose list is empty); null for every coder's. */
const coderIdOf = (store: ReadStore, query: OrderedQuery) => (query.coder === undefined ? null : (findCoder(store, query.coder) ?? -1));

/** The query as SQL. */
interface Filtered {
  where: string[];
  /** FROM and WHERE, and their parameters: which segments match (what a count reads). */
  from: string;
  params: (string | number | null)[];
  /** The same with the ranks of the sort's names (ranksFor; `with` ends in a space): what a page in order reads. */
  sorted: { with: string; from: string; params: (string | number | null)[] };
  ranks: Ranks;
  order: string;
  /** The order's parameters (a sort by date's codings), after every other of the statement but its page's. */
  orderParams: (string | number)[];
}

function filtered(store: ReadStore, query: OrderedQuery): Filtered {
  const where: string[] = [];
  const params: (string | number | null)[] = [];
  if (query.caseId !== undefined) { where.push('d.case_id = ?'); params.push(query.caseId); }
  // IS: a null matches the cases in no group, and a number uses the index as = does.
  if (query.groupId !== undefined) { where.push('c.group_id IS ?'); params.push(query.groupId); }
  if (query.documentId !== undefined) { where.push('s.document_id = ?'); params.push(query.documentId); }
  // One condition for a code, a coder and days: the one coding that has them all (codingsFilteredBy).
  const codings = codingsFilteredBy(query);
  if (codings) { where.push(`s.id IN (SELECT x.segment_id FROM ${codings.from})`); params.push(...codings.params); }
  if (query.quote) {
    // Found whatever the case of its letters in any script, ё as е (sqlite.ts: search_fold).
    where.push('instr(search_fold(s.quote), ?) > 0');
    params.push(normalizeWord(query.quote));
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.descending ? 'DESC' : 'ASC';
  const coderId = coderIdOf(store, query);
  const codedAt = codedAtOf(query);
  const keys = sortExpressions(coderId, codedAt.sql)[query.sort].map((key) => `${key} ${direction}`);
  const order = [...keys, tiesIn(query.sort, direction)].join(', ');
  const orderParams = query.sort === 'date' ? codedAt.params : [];
  const ranks = ranksFor(store, query);
  if (readInPositionOrder(query)) {
    const from = `FROM ${POSITION_ORDER} ${filter}`;
    return { where, from, params, sorted: { with: '', from, params }, ranks, order, orderParams };
  }
  const joins = joinsFor(query);
  return {
    where, from: `FROM segment s ${joins} ${filter}`, params,
    // The ranks' table comes first in the statement, and so does its parameter.
    sorted: { with: ranks.table ? `WITH ${ranks.table} ` : '', from: `FROM segment s ${joins} ${ranks.join} ${filter}`, params: [...ranks.params, ...params] },
    ranks, order, orderParams,
  };
}

/**
 * The segments of these ids, in this order, with their case, group, document, and codes and coders
 * in the language's order, who applied each code, and the day of the codings the row stands for
 * (codedAtOf). Listed for one coder, a segment's codes are that coder's alone: on a segment both
 * coders coded, the other's codes read as the chosen coder's.
 */
export function segmentRows(store: ReadStore, ids: readonly number[], query: CodingFilters & { language?: ExportLanguage }): SegmentRow[] {
  if (ids.length === 0) return [];
  const { language = 'en', coder } = query;
  const coderId = coder === undefined ? null : (findCoder(store, coder) ?? -1);
  const codedAt = codedAtOf(query);
  const rows = store
    .prepare(
      `SELECT s.id, s.document_id AS documentId, s.start, s."end" AS "end", d.case_id AS caseId, c.name AS caseName, g.name AS groupName,
              d.name AS documentName, s.quote, ${codedAt.sql} AS codedAt,
              (SELECT json_group_array(json_array(k.name, u.name)) FROM coding x JOIN code k ON k.id = x.code_id JOIN coder u ON u.id = x.coder_id
                WHERE x.segment_id = s.id AND (? IS NULL OR x.coder_id = ?)) AS codings
       FROM json_each(?) page JOIN segment s ON s.id = page.value JOIN document d ON d.id = s.document_id
       JOIN case_ c ON c.id = d.case_id LEFT JOIN case_group g ON g.id = c.group_id
       ORDER BY page.key`,
    )
    .all(...codedAt.params, coderId, coderId, JSON.stringify(ids)) as (Omit<SegmentRow, 'codes' | 'coders' | 'codedBy' | 'caseLabel'> & { codings: string })[];
  const compare = nameCompare(language);
  return rows.map(({ codings, ...row }) => ({ ...row, caseLabel: caseLabel(row.caseName, row.groupName), ...whoCodedWhat(JSON.parse(codings) as [string, string][], compare) }));
}

/** A segment's codes and coders from its codings' [code, coder] names, each once, in the language's order, and each code's coders. */
function whoCodedWhat(codings: readonly [string, string][], compare: (a: string, b: string) => number): Pick<SegmentRow, 'codes' | 'coders' | 'codedBy'> {
  const codersOf = new Map<string, Set<string>>();
  for (const [code, coder] of codings) codersOf.set(code, (codersOf.get(code) ?? new Set()).add(coder));
  const codes = [...codersOf.keys()].sort(compare);
  return {
    codes,
    coders: [...new Set(codings.map(([, coder]) => coder))].sort(compare),
    codedBy: codes.map((code) => ({ code, coders: [...codersOf.get(code)!].sort(compare) })),
  };
}

/**
 * Documents with codings (of any code) by at least one of the coders, one row per document
 * and coder, in case and document order; restricted to `documentIds` when given.
 */
export function documentsCodedBy(
  store: ReadStore, coderIds: readonly number[], documentIds?: readonly number[],
): { id: number; name: string; caseName: string; groupName: string | null; coderId: number }[] {
  return store
    .prepare(
      `SELECT d.id, d.name, c.name AS caseName, g.name AS groupName, x.coder_id AS coderId
       FROM document d JOIN case_ c ON c.id = d.case_id LEFT JOIN case_group g ON g.id = c.group_id
       JOIN (SELECT DISTINCT s.document_id, k.coder_id FROM coding k JOIN segment s ON s.id = k.segment_id
             WHERE k.coder_id IN (SELECT value FROM json_each(?))) x ON x.document_id = d.id
       WHERE ? IS NULL OR d.id IN (SELECT value FROM json_each(?))
       ORDER BY c.id, d.id, x.coder_id`,
    )
    .all(JSON.stringify(coderIds), documentIds ? 1 : null, JSON.stringify(documentIds ?? [])) as {
    id: number;
    name: string;
    caseName: string;
    groupName: string | null;
    coderId: number;
  }[];
}

/** The coders' codings in one document, in span order. */
export function documentCodingsBy(
  store: ReadStore, documentId: number, coderIds: readonly number[],
): { coderId: number; start: number; end: number; codeId: number }[] {
  return store
    .prepare(
      `SELECT k.coder_id AS coderId, s.start, s."end" AS "end", k.code_id AS codeId
       FROM coding k JOIN segment s ON s.id = k.segment_id
       WHERE s.document_id = ? AND k.coder_id IN (SELECT value FROM json_each(?))
       ORDER BY s.start, s."end", k.code_id`,
    )
    .all(documentId, JSON.stringify(coderIds)) as { coderId: number; start: number; end: number; codeId: number }[];
}
