/**
 * The segment list's filters in plain words, written with the exported list (in DOCX under its
 * title, in XLSX on a sheet of its own), in the export's language: a list exported filtered said
 * nothing of it, where an exported table states its filters. Each filter is named as the list's
 * column is, and a code by its path, as the list's filter shows it.
 */
import { codeTree } from '../../shared/code-tree.js';
import type { SegmentQuery } from '../../shared/entities.js';
import { formatDay, formatLocale } from '../../shared/locale-format.js';
import type { ExportLanguage } from '../../shared/tables.js';
import { tableWords } from '../analysis/table-words.js';
import { getCase } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { documentNames } from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';

interface FilterWords {
  heading: string;
  none: string;
  quote: (text: string) => string;
  coded: (from: string, to: string) => string;
  codedFrom: (day: string) => string;
  codedTo: (day: string) => string;
  case: string;
  document: string;
  code: string;
}

const WORDS: Record<ExportLanguage, FilterWords> = {
  en: {
    heading: 'Filters', none: 'none (every coded segment of the project)',
    quote: (text) => `quote contains “${text}”`, coded: (from, to) => `coded ${from}–${to}`,
    codedFrom: (day) => `coded on or after ${day}`, codedTo: (day) => `coded on or before ${day}`,
    case: 'Case', document: 'Document', code: 'Code',
  },
  ru: {
    heading: 'Фильтры', none: 'нет (все закодированные сегменты проекта)',
    quote: (text) => `цитата содержит «${text}»`, coded: (from, to) => `закодированы ${from}–${to}`,
    codedFrom: (day) => `закодированы не раньше ${day}`, codedTo: (day) => `закодированы не позже ${day}`,
    case: 'Кейс', document: 'Документ', code: 'Код',
  },
  kk: {
    heading: 'Сүзгілер', none: 'жоқ (жобаның барлық кодталған үзінділері)',
    quote: (text) => `үзіндіде «${text}» бар`, coded: (from, to) => `кодталған күні ${from}–${to}`,
    codedFrom: (day) => `${day} бастап кодталған`, codedTo: (day) => `${day} дейін кодталған`,
    case: 'Кейс', document: 'Құжат', code: 'Код',
  },
};

/** The list's filters: «Filters» and «Case: Anna; Code: Valence/Negative; quote contains “rent”.», or that there are none. */
export interface SegmentFilters {
  heading: string;
  text: string;
}

export function describeSegmentFilters(store: ReadStore, query: SegmentQuery, language: ExportLanguage): SegmentFilters {
  const w = WORDS[language];
  const table = tableWords(language).filters;
  const day = (value: string) => formatDay(value, formatLocale(language).locale);
  const parts: string[] = [];
  if (query.caseId !== undefined) parts.push(`${w.case}: ${getCase(store, query.caseId)?.name ?? query.caseId}`);
  if (query.groupId !== undefined) {
    parts.push(`${table.group}: ${query.groupId === null ? table.noGroup : (listGroups(store).find((g) => g.id === query.groupId)?.name ?? query.groupId)}`);
  }
  if (query.documentId !== undefined) parts.push(`${w.document}: ${documentNames(store, [query.documentId]).join('') || query.documentId}`);
  if (query.codeId !== undefined) parts.push(`${w.code}: ${codeTree(getCodebook(store)).entry(query.codeId)?.path ?? query.codeId}`);
  if (query.coder !== undefined) parts.push(`${table.coder}: ${query.coder}`);
  if (query.quote?.trim()) parts.push(w.quote(query.quote.trim()));
  if (query.dateFrom && query.dateTo) parts.push(w.coded(day(query.dateFrom), day(query.dateTo)));
  else if (query.dateFrom) parts.push(w.codedFrom(day(query.dateFrom)));
  else if (query.dateTo) parts.push(w.codedTo(day(query.dateTo)));
  return { heading: w.heading, text: `${parts.length ? parts.join('; ') : w.none}.` };
}
