/**
 * Counting passages, a cell shows a segment lying inside another of its segments once, as part of
 * that passage: a sentence coded Positive inside a paragraph coded Positive was quoted twice in
 * Table 1 while the cell counted one passage (review-study-1207 #5). Its segments stay whole.
 */
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../main/export/csv.js';
import { shownQuotes } from '../../../shared/passage-quotes.js';
import type { CellSegment } from '../../../shared/tables.js';
import { caseQuotes } from '../export/sample-table.js';

const paragraph = 'Здесь довольно много русских. Русский язык — второй официальный язык.';
const segment = (id: number, documentId: number, start: number, end: number): CellSegment =>
  ({ id, caseName: 'P1', documentId, start, end, quote: paragraph.slice(start, end) });

describe('the quotes a cell shows', () => {
  const whole = segment(1, 1, 0, paragraph.length);
  const sentence = segment(2, 1, 0, 29);
  const elsewhere = segment(3, 2, 0, 29);
  const overlapping = segment(4, 1, 30, paragraph.length);

  it('leaves out, counting passages, a segment inside another of the same document, whichever comes first', () => {
    expect(shownQuotes([sentence, whole, elsewhere], 'passages')).toEqual([whole, elsewhere]);
    expect(shownQuotes([whole, sentence], 'passages')).toEqual([whole]);
    // Two coders on one span: one quote. Spans that only overlap each keep their words.
    expect(shownQuotes([whole, { ...whole, id: 5 }], 'passages')).toEqual([whole]);
    expect(shownQuotes([sentence, segment(6, 1, 10, 40)], 'passages')).toHaveLength(2);
    expect(shownQuotes([whole, overlapping], 'passages')).toEqual([whole]);
  });

  it('shows every segment counting segments or cases', () => {
    expect(shownQuotes([sentence, whole], 'segments')).toEqual([sentence, whole]);
    expect(shownQuotes([sentence, whole], 'cases')).toEqual([sentence, whole]);
  });

  it('is what an export writes in the cell', () => {
    const table = { ...caseQuotes(['Позитивное'], [[[]]]), counting: 'passages' as const };
    table.cells[0]![0] = { ...table.cells[0]![0]!, count: 1, segments: [sentence, whole] };
    const csv = writeCsv(table).toString('utf8');
    expect(csv.split(paragraph.slice(0, 29)).length - 1).toBe(1);
    expect(writeCsv({ ...table, counting: 'segments' }).toString('utf8').split(paragraph.slice(0, 29)).length - 1).toBe(2);
  });
});
