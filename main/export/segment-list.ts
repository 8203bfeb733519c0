/**
 * The segment list as a file: every segment the list's filters match, in its order, one row
 * each (case, group, document, its place in the document, the quote, codes, coders, when it was
 * coded), in XLSX, CSV or DOCX; the headings in the language asked for. The cross-case tables'
 * writers lay out counts by row and column; a list of quotes is a plain table, written here with
 * the same SpreadsheetML and WordprocessingML pieces.
 */
import type { SegmentListFormat, SegmentRow } from '../../shared/entities.js';
import type { ExportLanguage } from '../../shared/tables.js';
import { codesWithCoders } from '../../shared/codes-by-coder.js';
import { formatDay, formatLocale } from '../../shared/locale-format.js';
import { largest } from '../../shared/extremes.js';
import { BOM, csvField } from './csv.js';
import { PAGE as A4, RULE, THIN_BOTTOM } from './docx.js';
import { writeWorkbook, type Cell, type SheetRow } from './spreadsheetml.js';
import { markedLanguage, markedName } from './text-language.js';
import { paragraph, run, writeWordPackage } from './wordml.js';
import { boldLines, fitRow, withinCellLimit } from './xlsx.js';
import type { SegmentFilters } from './segment-list-filters.js';
import { COLUMNS, DOCX_COLUMNS, docxWidths, xlsxWidths, type Column } from './segment-list-columns.js';
import type { SegmentListNames } from '../db/repos/segment-list-names.js';
import type { SegmentListMemo } from '../db/repos/memos.js';


/** `memo` heads each memo set under its quote in Word; `about` names the spreadsheet's sheet of the list's filters. */
const WORDS: Record<ExportLanguage, { title: string; sheet: string; about: string; memo: string } & Record<Column, string>> = {
  en: {
    title: 'Coded segments', sheet: 'Segments', about: 'About the list', case: 'Case', group: 'Group', document: 'Document', start: 'Start', end: 'End',
    quote: 'Quote', codes: 'Codes', coders: 'Coders', coded: 'Coded on', memos: 'Memos', memo: 'Memo',
  },
  ru: {
    title: 'Закодированные сегменты', sheet: 'Сегменты', about: 'О списке', case: 'Кейс', group: 'Группа', document: 'Документ', start: 'Начало', end: 'Конец',
    quote: 'Цитата', codes: 'Коды', coders: 'Кодировщики', coded: 'Дата кодирования', memos: 'Мемо', memo: 'Мемо',
  },
  kk: {
    title: 'Кодталған үзінділер', sheet: 'Үзінділер', about: 'Тізім туралы', case: 'Кейс', group: 'Топ', document: 'Құжат', start: 'Басы', end: 'Соңы',
    quote: 'Үзінді', codes: 'Кодтар', coders: 'Кодтаушылар', coded: 'Кодталған күні', memos: 'Мемолар', memo: 'Мемо',
  },
};

/** The list's title in a language: the file is named after it. */
export function segmentListTitle(language: ExportLanguage): string {
  return WORDS[language].title;
}

/** A listed segment as the file writes it: with the memos on it and the notes on its codings, as memoLine words each. */
export type ExportedSegment = SegmentRow & { memos: readonly string[] };

/**
 * A memo or a coding's note as one entry of its segment's memos: its name before its text, a
 * coding's note after the code and coder it is on («Negative (Ada): …»), as the list marks them.
 */
export function memoLine(memo: Omit<SegmentListMemo, 'segmentId'>): string {
  const on = memo.code === null ? '' : `${memo.code} (${memo.coder}): `;
  return `${on}${memo.name ? `${memo.name}: ` : ''}${memo.text}`;
}

/** Between two memos of one segment: a blank line, so each reads as a paragraph of its own. */
const MEMO_BREAK = '\n\n';

/** A row's fields as text, in COLUMNS order; Start and End are code points into the document, as everywhere. */
function fields(row: ExportedSegment): Record<Column, string | number> {
  return {
    case: row.caseName, group: row.groupName ?? '', document: row.documentName, start: row.start, end: row.end,
    quote: row.quote, codes: codesWithCoders(row, '; '), coders: row.coders.join('; '), coded: row.codedAt.slice(0, 10),
    memos: row.memos.join(MEMO_BREAK),
  };
}

/**
 * The list, its rows taken a page at a time as they are written: the whole list is never held.
 * `names` are the names its columns can show, which their widths in XLSX and DOCX are made for;
 * `filters`, the list's filters in words (segment-list-filters.ts), go under the title in DOCX and
 * on a sheet of their own in XLSX (a CSV file holds the rows alone).
 */
export function writeSegmentList(
  pages: Iterable<readonly ExportedSegment[]>, format: SegmentListFormat, language: ExportLanguage, names: SegmentListNames, filters: SegmentFilters,
): Buffer {
  if (format === 'csv') return listCsv(pages, language);
  if (format === 'xlsx') return listXlsx(pages, language, names, filters);
  return listDocx(pages, language, names, filters);
}

function* each(pages: Iterable<readonly ExportedSegment[]>): Generator<ExportedSegment> {
  for (const page of pages) yield* page;
}

function listCsv(pages: Iterable<readonly ExportedSegment[]>, language: ExportLanguage): Buffer {
  const words = WORDS[language];
  const line = (values: string[]) => `${values.join(',')}\r\n`;
  // Each page as UTF-8 as it comes: a byte or two a letter, where the text as one string is two.
  const chunks = [Buffer.from(BOM + line(COLUMNS.map((c) => csvField(words[c]))), 'utf8')];
  for (const page of pages) {
    let text = '';
    for (const row of page) {
      const f = fields(row);
      text += line(COLUMNS.map((c) => csvField(String(f[c]))));
    }
    chunks.push(Buffer.from(text, 'utf8'));
  }
  return Buffer.concat(chunks);
}

// Arial 10 and Excel's units, as xlsx.ts.
const FONT = { name: 'Arial', size: 10 };

/**
 * The day a segment was coded as Excel keeps a day, a number it sorts and filters as dates, shown
 * as the list's language writes one: written as text, a Russian workbook read 2026-12-07 where
 * the app shows 07.12.2026 (review-team-1208 #9). A CSV keeps the ISO day, for the tools that read it.
 */
const DAY_FORMAT: Record<ExportLanguage, string> = { en: 'yyyy-mm-dd', ru: 'dd.mm.yyyy', kk: 'dd.mm.yyyy' };
/** Days since Excel's day 0 (30 December 1899) of an ISO timestamp's day. */
const excelDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;

function listXlsx(pages: Iterable<readonly ExportedSegment[]>, language: ExportLanguage, names: SegmentListNames, filters: SegmentFilters): Buffer {
  const words = WORDS[language];
  const widths = xlsxWidths(words, names);
  // The quote is set in from the end of the column of numbers before it: «End Quote» read as one heading.
  const header: Cell[] = COLUMNS.map((c) => ({ value: words[c], bold: true, shaded: true, rule: true, right: c === 'start' || c === 'end', indent: c === 'quote' }));
  // A header wrapped between its words («Дата | кодирования») is as high as its lines: at one line it printed over the first row.
  const headerLines = largest(COLUMNS.map((c, i) => boldLines(words[c], widths[i]!)), 1);
  function* rows(): Generator<SheetRow> {
    yield fitRow(header, widths, headerLines);
    for (const row of each(pages)) {
      const f = fields(row);
      // Quotes are written in their cells: held in the shared strings, every quote of the list would wait for the sheet's end.
      // A segment without memos leaves their cell out: most have none, and an empty cell in every row cost a twentieth of the list's time.
      const cells = COLUMNS.map((c): Cell | null => {
        if (c === 'coded') return { value: excelDay(row.codedAt), numberFormat: DAY_FORMAT[language], right: true };
        if (typeof f[c] === 'number') return { value: f[c], right: true };
        if (c === 'memos' && f[c] === '') return null;
        return { value: withinCellLimit(f[c] as string), inline: c === 'quote', indent: c === 'quote' };
      });
      // Wrapped text keeps the height it is given: as many lines as the cell of most needs (the quote, or codes and their coders).
      yield fitRow(cells, widths);
    }
  }
  const aboutWidths = [14, 80];
  const about = { name: words.about, rows: [fitRow([{ value: filters.heading, bold: true }, { value: filters.text }], aboutWidths)], widths: aboutWidths };
  return writeWorkbook([{ name: words.sheet, rows: rows(), widths, frozenRows: 1, landscape: true, titleRow: 1 }, about], FONT);
}

// A4 landscape, as docx.ts sets a wide table.
const PAGE = { ...A4, landscape: true };
const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const SIZE = 18;

function listDocx(pages: Iterable<readonly ExportedSegment[]>, language: ExportLanguage, names: SegmentListNames, filters: SegmentFilters): Buffer {
  const words = WORDS[language];
  const widths = docxWidths(words, names, TEXT_WIDTH, SIZE);
  const props = (borders: string) => widths.map((w) => `<w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${borders}</w:tcPr>`);
  const headerProps = props(`<w:tcBorders>${RULE}${THIN_BOTTOM}</w:tcBorders>`);
  const dataProps = props('');
  const info = { title: words.title, creator: 'CaseCoder', language, font: 'Times New Roman', size: SIZE, page: PAGE };
  return writeWordPackage(info, (write) => {
    write(paragraph(run(words.title, { bold: true, size: 22 }), { keepNext: true, after: 60 }));
    write(paragraph(run(`${filters.heading}: `, { italic: true }) + run(filters.text), { keepNext: true, after: 120 }));
    write(
      `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
        `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    );
    // The header row repeats on every page.
    write(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${DOCX_COLUMNS.map((c, i) => `<w:tc>${headerProps[i]}${paragraph(run(words[c], { bold: true }))}</w:tc>`).join('')}</w:tr>`);
    for (const row of each(pages)) {
      // The day as the document's language writes it, as the app shows it.
      const f = { ...fields(row), coded: formatDay(row.codedAt.slice(0, 10), formatLocale(language).locale) };
      // The quote, each memo and each name (of a case, a group, a document, a code, a coder) in
      // its own language (text-language.ts); numbers and dates have none.
      const mark = (text: string) => ({ language: markedLanguage(text, language) });
      const cell = (c: Column) => {
        if (c !== 'quote') return paragraph(run(String(f[c]), { language: markedName(String(f[c]), language) }), { align: typeof f[c] === 'number' ? 'right' : 'left' });
        // Each memo a paragraph under the quote, in italics, headed «Memo:» in the reader's language.
        return paragraph(run(row.quote, mark(row.quote)))
          + row.memos.map((memo) => paragraph(run(`${words.memo}: `, { italic: true, bold: true }) + run(memo, { italic: true, ...mark(memo) }), { before: 60 })).join('');
      };
      write(`<w:tr>${DOCX_COLUMNS.map((c, i) => `<w:tc>${dataProps[i]}${cell(c)}</w:tc>`).join('')}</w:tr>`);
    }
    write('</w:tbl>');
  });
}
