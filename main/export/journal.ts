/**
 * A table as a journal prints it (issue 14): "Table N." over its title, a note under it (the
 * researcher's note, then the filters and what the counts count), and the segment ids behind
 * each cell in an appendix only when asked. Every writer takes its captions and notes from
 * here, in the language the request names (the app passes its own).
 */
import { isFrameworkAgainstItself, tableLabel as numberLabel, type Counting, type CrossTable, type ExportLanguage } from '../../shared/tables.js';
import { evidenceCells, type PlacedCell } from './cell-text.js';

interface Words {
  /** The table's sheet in a workbook. */
  table: string;
  note: string;
  counting: Record<Counting, string>;
  /** What a table of quotes with no counts in it shows, in place of what counts count. */
  quotes: string;
  /** What a co-occurrence table's cells count (it has no choice of counting). */
  pairs: string;
  /**
   * What a framework against itself holds in its cells and on its diagonal (the screen says it
   * above the table). Said of the segments, so that what the counts count follows it, as cases,
   * passages or quotes of those segments.
   */
  sameFramework: string;
  appendix: string;
  appendixSheet: string;
  column: string;
  segmentIds: string;
  segmentId: string;
  case: string;
  quote: string;
  /** A part of a table split into column groups, after its title: "columns 1–12 of 40". */
  columnsPart: (from: number, to: number, total: number) => string;
  /** The XLSX About sheet: its name, its labels, and what cells show. */
  about: { sheet: string; title: string; filters: string; leftOut: string; rows: string; cellsShow: string; quotes: string; counts: string };
}

const WORDS: Record<ExportLanguage, Words> = {
  en: {
    table: 'Table',
    note: 'Note.',
    counting: {
      segments: 'Counts are of coded segments.',
      passages: 'Counts are of unique passages: overlapping segments of different coders count once.',
      cases: 'Counts are of cases with at least one such segment.',
    },
    quotes: 'Cells quote the coded segments.',
    pairs: "Each cell counts pairs of overlapping segments, one with each code (a segment with both codes is one pair); the diagonal counts a code's segments.",
    sameFramework: "Rows and columns are one framework: a cell holds the segments of the row's code that carry the column's code too or lie inside a segment with it; the diagonal holds all of a code's segments.",
    appendix: 'Appendix. Segment ids by cell',
    appendixSheet: 'Appendix',
    column: 'Column',
    segmentIds: 'Segment ids',
    segmentId: 'Segment id',
    case: 'Case',
    quote: 'Quote',
    columnsPart: (from, to, total) => `columns ${from}–${to} of ${total}`,
    about: { sheet: 'About', title: 'Title', filters: 'Filters', leftOut: 'Codes left out', rows: 'Rows', cellsShow: 'Cells show', quotes: 'Quotes', counts: 'Counts' },
  },
  ru: {
    table: 'Таблица',
    note: 'Примечание.',
    counting: {
      segments: 'В ячейках указано число закодированных сегментов.',
      passages: 'В ячейках указано число уникальных фрагментов текста: пересекающиеся сегменты разных кодировщиков учтены один раз.',
      cases: 'В ячейках указано число кейсов, в которых есть хотя бы один такой сегмент.',
    },
    quotes: 'В ячейках приведены цитаты из закодированных сегментов.',
    pairs: 'В ячейках указано число пар пересекающихся сегментов, по одному с каждым кодом (сегмент с обоими кодами — одна пара); на диагонали — число сегментов кода.',
    sameFramework: 'Строки и столбцы — одна схема: в ячейку входят сегменты с кодом строки, у которых есть и код столбца или которые лежат внутри сегмента с ним; на диагонали — все сегменты кода.',
    appendix: 'Приложение. Идентификаторы сегментов по ячейкам',
    appendixSheet: 'Приложение',
    column: 'Столбец',
    segmentIds: 'Идентификаторы сегментов',
    segmentId: 'Идентификатор сегмента',
    case: 'Кейс',
    quote: 'Цитата',
    columnsPart: (from, to, total) => `столбцы ${from}–${to} из ${total}`,
    about: { sheet: 'О таблице', title: 'Название', filters: 'Фильтры', leftOut: 'Исключённые коды', rows: 'Строки', cellsShow: 'Содержимое ячеек', quotes: 'Цитаты', counts: 'Абсолютные частоты' },
  },
  kk: {
    table: 'Кесте',
    note: 'Ескерту.',
    counting: {
      segments: 'Ұяшықтарда кодталған үзінділер саны көрсетілген.',
      passages: 'Ұяшықтарда мәтіннің бірегей бөліктерінің саны көрсетілген: әртүрлі кодтаушылардың қабаттасатын үзінділері бір рет есептелген.',
      cases: 'Ұяшықтарда кемінде бір осындай үзіндісі бар кейстер саны көрсетілген.',
    },
    quotes: 'Ұяшықтарда кодталған үзінділерден дәйексөздер келтірілген.',
    pairs: 'Ұяшықтарда әр кодтан біреуден, қабаттасатын үзінділер жұптарының саны көрсетілген (екі коды да бар үзінді — бір жұп); диагональда — кодтың үзінділер саны.',
    sameFramework: 'Жолдар мен бағандар — бір схема: ұяшыққа жол коды бар үзінділер кіреді, егер оларда баған коды да болса немесе олар сол кодпен белгіленген үзіндінің ішінде жатса; диагональда — кодтың барлық үзінділері.',
    appendix: 'Қосымша. Ұяшықтар бойынша үзінді идентификаторлары',
    appendixSheet: 'Қосымша',
    column: 'Баған',
    segmentIds: 'Үзінді идентификаторлары',
    segmentId: 'Үзінді идентификаторы',
    case: 'Кейс',
    quote: 'Дәйексөз',
    columnsPart: (from, to, total) => `${from}–${to}-бағандар, барлығы ${total}`,
    about: { sheet: 'Кесте туралы', title: 'Атауы', filters: 'Сүзгілер', leftOut: 'Алынып тасталған кодтар', rows: 'Жолдар', cellsShow: 'Ұяшықтардың мазмұны', quotes: 'Дәйексөздер', counts: 'Абсолют жиіліктер' },
  },
};

/** The language a table is exported in: the one its request named, else English. */
export function tableLanguage(table: CrossTable): ExportLanguage {
  return table.language ?? 'en';
}

export function words(table: CrossTable): Words {
  return WORDS[tableLanguage(table)];
}

/** "Table 1.2." ("Таблица П1.", "1.2-кесте.") where the table is numbered; a table without a number has none. */
export function tableLabel(table: CrossTable): string {
  return table.number === undefined ? '' : numberLabel(tableLanguage(table), table.number);
}

/** The caption on one line, for formats with no separate title line ("Table 1. Cases × Valence"). */
export function captionLine(table: CrossTable): string {
  return [tableLabel(table), table.title].filter(Boolean).join(' ');
}

/**
 * The note's sentences after "Note.": the researcher's note, the filters, the codes left out of
 * the table by choice, what it leaves uncounted, what a framework against itself holds, what the
 * counts count (a table of quotes with no subtotals has no counts: it says that its cells quote
 * the segments).
 */
export function noteText(table: CrossTable): string {
  const counts = table.display === 'counts' || table.rows.some((row) => row.role === 'subtotal' || row.role === 'total');
  const counting = table.kind === 'cooccurrence'
    ? words(table).pairs
    : table.counting && (counts ? words(table).counting[table.counting] : words(table).quotes);
  const parts = [table.note, table.filterNote, table.leftOutNote, table.uncountedNote, sameFrameworkNote(table), counting]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`));
  return parts.join(' ');
}

/** What a framework against itself holds in its cells and on its diagonal; undefined for any other table. */
export function sameFrameworkNote(table: CrossTable): string | undefined {
  return isFrameworkAgainstItself(table) ? words(table).sameFramework : undefined;
}

/**
 * The cells whose segment ids the appendix lists. A table request says whether it wants the
 * appendix (default no); a table that does not say (the comparison, the summaries) keeps its
 * evidence listed, as every export did before the appendix was optional.
 */
export function appendixCells(table: CrossTable): PlacedCell[] {
  return (table.appendix ?? true) ? evidenceCells(table) : [];
}
