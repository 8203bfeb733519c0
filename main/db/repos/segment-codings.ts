import type { SegmentQuery } from '../../../shared/entities.js';

/** What picks a row's codings: the code, the coder and the days the list is filtered by. */
export type CodingFilters = Pick<SegmentQuery, 'codeId' | 'coder' | 'dateFrom' | 'dateTo'>;

/**
 * How a statement finds the codings it puts conditions on: by whichever index suits the filters
 * (the code's, else the coder's or the days'), by their segment (`segment` names it: s.id, or the
 * segment of a coding already found), or in the order of their days (the date index walked).
 */
export type FoundBy = 'index' | 'day' | { segment: string };

/**
 * The conditions on a coding (named `alias`) that the list's code, coder and days set, and their
 * parameters. They hold of one coding together: a segment on which Anna applied Political and
 * Boris only Negative is no segment of Boris's Political, as a filter for each apart made it;
 * and a code added in March to a segment made in January is coded in March, however old the
 * segment, so "coded between" asks of a coding's date (a teammate's merged codings keep theirs),
 * never the segment's. One index finds them: a code's (code, then segment), each one's coder and
 * date read from its row, the unary + keeping SQLite, which has no statistics to tell, from
 * reading all of the coder's codings or the days' instead, a coder's being as many as their
 * codes' together (a third of the time of code and coder apart on 60,000 segments, where the
 * coder's index made it no faster); without a code, the coder's or the days' (migration 014).
 * Found by their segment (and the code), or walked in day order, the others are read from rows.
 */
export function codingConditions(query: CodingFilters, alias: 'x' | 'y', foundBy: FoundBy): { where: string[]; params: (string | number)[] } {
  const { codeId, coder, dateFrom, dateTo } = query;
  const bySegment = typeof foundBy === 'object';
  const where: string[] = bySegment ? [`${alias}.segment_id = ${foundBy.segment}`] : [];
  const params: (string | number)[] = [];
  const readCoder = codeId !== undefined || foundBy !== 'index' ? '+' : '';
  const readDay = codeId !== undefined || bySegment ? '+' : '';
  if (codeId !== undefined) { where.push(`${alias}.code_id = ?`); params.push(codeId); }
  if (coder !== undefined) { where.push(`${readCoder}${alias}.coder_id = (SELECT u.id FROM coder u WHERE u.name = ?)`); params.push(coder); }
  if (dateFrom) { where.push(`${readDay}${alias}.created_at >= ?`); params.push(dateFrom); }
  // Stamps are ISO times (2026-01-09T10:00:00.000Z): all of the last day sorts before its date and U+FFFF.
  if (dateTo) { where.push(`${readDay}${alias}.created_at < ?`); params.push(`${dateTo}\uffff`); }
  return { where, params };
}

/** Whether the list is filtered by its codings (a code, a coder, days): then only coded segments are in it. */
export const filtersCodings = ({ codeId, coder, dateFrom, dateTo }: CodingFilters): boolean =>
  codeId !== undefined || coder !== undefined || Boolean(dateFrom) || Boolean(dateTo);

/**
 * The codings that put a segment in the list filtered by a code, a coder, days or any of them,
 * as the FROM and WHERE of a statement over coding x, found by an index (codingConditions),
 * never by probing every segment.
 */
export function codingsFilteredBy(query: CodingFilters): { from: string; params: (string | number)[] } | undefined {
  const { where, params } = codingConditions(query, 'x', 'index');
  return where.length === 0 ? undefined : { from: `coding x WHERE ${where.join(' AND ')}`, params };
}

/**
 * The day a row says its segment was coded, and sorts by: when the latest of the codings it
 * stands for was made (those of the list's code, coder and days, or all of the segment's). The
 * latest, as a segment's coding is done when its last code is on; and of those codings, so a
 * list of March's codings shows March's days on a segment coded in January too, and a list of
 * Boris's codings Boris's. A segment with no coding at all (a passage with a memo alone, written
 * so or imported) says when it was made.
 */
export function codedAtOf(query: CodingFilters): { sql: string; params: (string | number)[] } {
  const { where, params } = codingConditions(query, 'x', { segment: 's.id' });
  return { sql: `coalesce((SELECT max(x.created_at) FROM coding x WHERE ${where.join(' AND ')}), s.created_at)`, params };
}
