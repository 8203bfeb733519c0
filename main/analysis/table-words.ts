/**
 * Every word the table builder writes (titles, row headers, group headings, subtotals, totals,
 * filter notes) in the request's language: the Tables tab shows them as built, and exports
 * print them beside the captions of main/export/journal.ts. Names from the project (cases,
 * codes, frameworks, groups, attributes) are data and stay as they are.
 */
import type { CaseStatus } from '../../shared/method/selection.js';
import type { ExportLanguage } from '../../shared/tables.js';

export interface TableWords {
  caseMatrixTitle: (framework: string) => string;
  codeCaseTitle: string;
  cooccurrenceTitle: string;
  case: string;
  code: string;
  total: string;
  subtotal: (heading: string) => string;
  noGroup: string;
  /** An export's memos (main/export/table-memos.ts): its heading and sheet, what a memo is on, its columns. */
  memos: { heading: string; sheet: string; project: string; case: string; code: string; on: string; title: string; text: string };
  /** The filter note (filter-note.ts). */
  filters: {
    group: string; groups: string; noGroup: string; coder: string; coders: string; documents: string; attribute: (id: number) => string;
    includes: (statuses: string) => string; and: string; all: string; status: Record<CaseStatus, string>;
    /** No filters, said where a table does not count every segment (filter-note.ts), so `all` would mislead. */
    none: string;
  };
}

const WORDS: Record<ExportLanguage, TableWords> = {
  en: {
    caseMatrixTitle: (framework) => `Cases × ${framework}`,
    codeCaseTitle: 'Case × code counts',
    cooccurrenceTitle: 'Code co-occurrence',
    case: 'Case',
    code: 'Code',
    total: 'Total',
    subtotal: (heading) => `Subtotal ${heading}`,
    noGroup: 'No group',
    memos: { heading: 'Memos', sheet: 'Memos', project: 'Project', case: 'Case', code: 'Code', on: 'Memo on', title: 'Title', text: 'Memo' },
    filters: {
      group: 'Group', groups: 'Groups', noGroup: 'no group', coder: 'Coder', coders: 'Coders', documents: 'Documents', attribute: (id) => `attribute ${id}`,
      includes: (statuses) => `Includes ${statuses} cases`, and: ' and ', all: 'All selected cases, documents and coders.', none: 'No filters (selected cases only).',
      status: { candidate: 'candidate', selected: 'selected', excluded: 'excluded' },
    },
  },
  ru: {
    caseMatrixTitle: (framework) => `Кейсы × ${framework}`,
    codeCaseTitle: 'Частоты кодов по кейсам',
    cooccurrenceTitle: 'Совместная встречаемость кодов',
    case: 'Кейс',
    code: 'Код',
    total: 'Итого',
    subtotal: (heading) => `Промежуточный итог: ${heading}`,
    noGroup: 'Без группы',
    memos: { heading: 'Мемо', sheet: 'Мемо', project: 'Проект', case: 'Кейс', code: 'Код', on: 'Объект мемо', title: 'Заголовок', text: 'Текст мемо' },
    filters: {
      group: 'Группа', groups: 'Группы', noGroup: 'без группы', coder: 'Кодировщик', coders: 'Кодировщики', documents: 'Документы', attribute: (id) => `атрибут ${id}`,
      includes: (statuses) => `Включены также ${statuses}`, and: ' и ', all: 'Учтены все отобранные кейсы, документы и кодировщики.', none: 'Фильтров нет (только отобранные кейсы).',
      status: { candidate: 'кейсы-кандидаты', selected: 'отобранные кейсы', excluded: 'исключённые кейсы' },
    },
  },
  kk: {
    caseMatrixTitle: (framework) => `Кейстер × ${framework}`,
    codeCaseTitle: 'Кодтардың кейстер бойынша жиілігі',
    cooccurrenceTitle: 'Кодтардың бірге кездесуі',
    case: 'Кейс',
    code: 'Код',
    total: 'Барлығы',
    subtotal: (heading) => `Аралық жиынтық: ${heading}`,
    noGroup: 'Топсыз',
    memos: { heading: 'Мемолар', sheet: 'Мемолар', project: 'Жоба', case: 'Кейс', code: 'Код', on: 'Мемо нысаны', title: 'Тақырыбы', text: 'Мемо мәтіні' },
    filters: {
      group: 'Топ', groups: 'Топтар', noGroup: 'топсыз', coder: 'Кодтаушы', coders: 'Кодтаушылар', documents: 'Құжаттар', attribute: (id) => `${id} атрибуты`,
      includes: (statuses) => `${statuses.charAt(0).toUpperCase()}${statuses.slice(1)} кейстер де қосылған`, and: ' және ', all: 'Барлық іріктелген кейстер, құжаттар мен кодтаушылар ескерілген.', none: 'Сүзгі жоқ (тек іріктелген кейстер).',
      status: { candidate: 'үміткер', selected: 'іріктелген', excluded: 'алынып тасталған' },
    },
  },
};

export function tableWords(language: ExportLanguage = 'en'): TableWords {
  return WORDS[language];
}
