/**
 * The exported segment list's columns and their widths in XLSX and DOCX. A column of names is
 * never narrower than its header's longest word in bold, nor than the longest word of any name it
 * can show (the project's: the list is written as it is read, its widths set before its first
 * row): a word wider than its cell is broken between two letters («Предпринимател|и» in Word),
 * or, in a spreadsheet, wraps onto a line the row's height does not show. The quote takes what
 * the others leave.
 */
import type { SegmentListNames } from '../db/repos/segment-list-names.js';
import { largest } from '../../shared/extremes.js';
import { longestWord } from './docx-columns.js';
import { boldWidth } from './xlsx.js';

export type Column = 'case' | 'group' | 'document' | 'start' | 'end' | 'quote' | 'codes' | 'coders' | 'coded' | 'memos';
/** A spreadsheet's columns (XLSX, CSV): the memos last, where a column of long text leaves the rest readable. */
export const COLUMNS: readonly Column[] = ['case', 'group', 'document', 'start', 'end', 'quote', 'codes', 'coders', 'coded', 'memos'];
/** A Word table's: the memos are set under their quote, which leaves the quote the width it needs to read as sentences. */
export const DOCX_COLUMNS: readonly Column[] = COLUMNS.filter((c) => c !== 'memos');

/**
 * The words each column can show besides its header. A code's coders follow it in brackets
 * (shared/codes-by-coder.ts), and the coders column parts names by semicolons. A position of
 * up to seven digits; a day as 2026-12-06.
 */
function shownTexts(names: SegmentListNames): Record<Column, readonly string[]> {
  return {
    case: names.cases, group: names.groups, document: names.documents, start: ['1234567'], end: ['1234567'], quote: [], memos: [],
    codes: [...names.codes, ...names.coders.map((coder) => `(${coder}),`)], coders: names.coders.map((coder) => `${coder};`), coded: ['2026-12-06'],
  };
}

// XLSX, in Excel's units (digits of Arial 10); the quote's column is the widest, the memos' next.
const XLSX_QUOTE = 70;
const XLSX_MEMOS = 50;
const XLSX_LEAST: Record<Exclude<Column, 'quote' | 'memos'>, number> = { case: 8, group: 12, document: 16, start: 7, end: 7, codes: 22, coders: 12, coded: 11 };
/** A name wider than this wraps where it can, or is broken: a column as wide as any name could push the quote off the page. */
const XLSX_MOST = 36;

/** The columns' widths in a workbook, in COLUMNS order. */
export function xlsxWidths(headers: Record<Column, string>, names: SegmentListNames): number[] {
  const texts = shownTexts(names);
  const words = (text: string) => text.split(/\s+/).map(boldWidth);
  return COLUMNS.map((c) => {
    if (c === 'quote') return XLSX_QUOTE;
    if (c === 'memos') return XLSX_MEMOS;
    const need = Math.ceil(largest([headers[c], ...texts[c]].flatMap(words), 0)) + 2;
    return Math.min(XLSX_MOST, Math.max(XLSX_LEAST[c], need));
  });
}

// DOCX, in twips of a fixed-layout table.
const DOCX_LEAST: Record<Exclude<Column, 'quote' | 'memos'>, number> = { case: 900, group: 1100, document: 1300, start: 650, end: 650, codes: 1700, coders: 1200, coded: 1100 };
/** The quote is left at least 7 cm, so that it reads as sentences; past that the widest names give way first, down to their headers' words. */
const DOCX_QUOTE_LEAST = 3970;
/** A cell's margins, 60 twips either side (segment-list.ts), and 40 for the measure's rounding. */
const DOCX_MARGINS = 160;

/** The columns' widths in a Word table of this width, its text at `size` half-points, in DOCX_COLUMNS order. */
export function docxWidths(headers: Record<Column, string>, names: SegmentListNames, textWidth: number, size: number): number[] {
  const texts = shownTexts(names);
  const others = DOCX_COLUMNS.filter((c): c is Exclude<Column, 'quote' | 'memos'> => c !== 'quote');
  // longestWord measures bold letters, a little generously: names in the regular face fit too.
  const need = (text: string) => longestWord(text, size) + DOCX_MARGINS;
  const floors = others.map((c) => Math.max(DOCX_LEAST[c], need(headers[c])));
  const needs = others.map((c, i) => Math.max(floors[i]!, largest(texts[c].map(need), 0)));
  // The widest columns are cut to the same width, the most that leaves the quote its least.
  const room = textWidth - DOCX_QUOTE_LEAST;
  const widthsAt = (most: number) => needs.map((w, i) => Math.max(floors[i]!, Math.min(w, most)));
  const sum = (widths: number[]) => widths.reduce((total, w) => total + w, 0);
  let [low, high] = [0, largest(needs, 0)];
  while (low < high) {
    const most = Math.ceil((low + high) / 2);
    if (sum(widthsAt(most)) <= room) low = most;
    else high = most - 1;
  }
  const widths = new Map<Column, number>(others.map((c, i) => [c, widthsAt(low)[i]!]));
  const quote = textWidth - sum([...widths.values()]);
  return DOCX_COLUMNS.map((c) => (c === 'quote' ? quote : widths.get(c)!));
}
