/**
 * The notes and titles a Russian or Kazakh paper prints under and over a table, as a
 * native-speaking sociologist would write them: what the numbers in the cells are (not
 * «Подсчитаны закодированные сегменты»), that a table of quotes quotes (it has no numbers to
 * explain), a title that does not say "segments" over a count of cases, and the filters in
 * whole sentences with the glossary's words (кейсы-кандидаты, not «кандидатские кейсы»).
 */
import { describe, expect, it } from 'vitest';
import { tableWords } from '../../../main/analysis/table-words.js';
import { noteText } from '../../../main/export/journal.js';
import type { CrossTable } from '../../../shared/tables.js';
import { countsTable, sampleTable } from './sample-table.js';

/** A table of quotes and nothing else: no subtotal or total rows, so no numbers on the page. */
const quotesOnly: CrossTable = {
  ...sampleTable,
  rows: sampleTable.rows.filter((row) => row.role !== 'subtotal' && row.role !== 'total'),
  cells: sampleTable.cells.filter((_, r) => sampleTable.rows[r]!.role !== 'subtotal' && sampleTable.rows[r]!.role !== 'total'),
  filterNote: '',
};

describe('table notes in Russian and Kazakh', () => {
  it('say what the numbers in the cells are, in plain sentences', () => {
    const counts = { ...countsTable, filterNote: '' };
    expect(noteText({ ...counts, counting: 'segments', language: 'ru' })).toBe('В ячейках указано число закодированных сегментов.');
    expect(noteText({ ...counts, counting: 'cases', language: 'ru' })).toBe('В ячейках указано число кейсов, в которых есть хотя бы один такой сегмент.');
    expect(noteText({ ...counts, counting: 'passages', language: 'ru' })).toBe(
      'В ячейках указано число уникальных фрагментов текста: пересекающиеся сегменты разных кодировщиков учтены один раз.',
    );
    expect(noteText({ ...counts, counting: 'segments', language: 'kk' })).toBe('Ұяшықтарда кодталған үзінділер саны көрсетілген.');
    expect(noteText({ ...counts, counting: 'cases', language: 'kk' })).toBe('Ұяшықтарда кемінде бір осындай үзіндісі бар кейстер саны көрсетілген.');
    expect(noteText({ ...counts, counting: 'segments', language: 'en' })).toBe('Counts are of coded segments.');
  });

  it('say that a co-occurrence table counts pairs of overlapping segments, and its diagonal segments', () => {
    const pairs = { ...countsTable, kind: 'cooccurrence' as const, filterNote: '', counting: undefined };
    expect(noteText({ ...pairs, language: 'en' })).toBe(
      "Each cell counts pairs of overlapping segments, one with each code (a segment with both codes is one pair); the diagonal counts a code's segments.",
    );
    expect(noteText({ ...pairs, language: 'ru' })).toMatch(/^В ячейках указано число пар пересекающихся сегментов/);
    expect(noteText({ ...pairs, language: 'kk' })).toMatch(/^Ұяшықтарда .* жұптарының саны/);
  });

  it('say that a table of quotes quotes the segments, since it has no numbers to explain', () => {
    expect(noteText({ ...quotesOnly, counting: 'segments', language: 'ru' })).toBe('В ячейках приведены цитаты из закодированных сегментов.');
    expect(noteText({ ...quotesOnly, counting: 'cases', language: 'kk' })).toBe('Ұяшықтарда кодталған үзінділерден дәйексөздер келтірілген.');
    expect(noteText({ ...quotesOnly, counting: 'segments', language: 'en' })).toBe('Cells quote the coded segments.');
    // Subtotal rows count, so a table of quotes with them says what they count.
    expect(noteText({ ...sampleTable, filterNote: '', counting: 'segments', language: 'ru' })).toBe('В ячейках указано число закодированных сегментов.');
  });

  it('title a code × case table without naming what its counts count, and write the filters as sentences', () => {
    expect(tableWords('ru').codeCaseTitle).toBe('Частоты кодов по кейсам');
    expect(tableWords('kk').codeCaseTitle).toBe('Кодтардың кейстер бойынша жиілігі');
    const ru = tableWords('ru').filters;
    expect(ru.includes([ru.status.candidate, ru.status.excluded].join(ru.and))).toBe('Включены также кейсы-кандидаты и исключённые кейсы');
    expect(ru.all).toBe('Учтены все отобранные кейсы, документы и кодировщики.');
    expect(tableWords('kk').filters.all).toBe('Барлық іріктелген кейстер, құжаттар мен кодтаушылар ескерілген.');
  });
});
