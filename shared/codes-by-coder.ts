/**
 * Who applied which of a segment's codes, as the segment list says it (the grid, its exports and
 * `casecoder segments`): each code followed by its coders in brackets where not every coder of the
 * segment applied it. «Негативное, Политические (Анна), Правовые (Ирина)» beside the coders
 * «Анна, Борис, Ирина»: the two lists side by side read as if each of them had applied every
 * code. A segment of one coder (a one-coder project, a list filtered by a coder) reads as its
 * codes alone, and so does a segment whose coders all applied the same codes. Brackets and
 * commas read alike in English, Russian and Kazakh.
 */
import type { SegmentRow } from './entities.js';

/** A code of the segment, and its coders where they are not all the segment's (else null). */
export interface CodeOfSegment {
  code: string;
  coders: string[] | null;
}

export function codesOfSegment(row: Pick<SegmentRow, 'codedBy' | 'coders'>): CodeOfSegment[] {
  return row.codedBy.map(({ code, coders }) => ({ code, coders: coders.length < row.coders.length ? coders : null }));
}

/** The coders of a code that not all the segment's coders applied, as they follow it: " (Анна, Ирина)". */
export const codersAfterCode = (coders: readonly string[]) => ` (${coders.join(', ')})`;

/** The segment's codes as one text, codes apart by `separator`. */
export function codesWithCoders(row: Pick<SegmentRow, 'codedBy' | 'coders'>, separator = ', '): string {
  return codesOfSegment(row).map(({ code, coders }) => (coders ? code + codersAfterCode(coders) : code)).join(separator);
}
