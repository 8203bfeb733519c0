import type { CaseStatus } from '../../shared/method/selection.js';
import type { ExportLanguage, TableFilters } from '../../shared/tables.js';
import { listAttributes } from '../db/repos/attributes.js';
import { listDocuments } from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';

const WORDS: Record<ExportLanguage, {
  group: string; groups: string; coder: string; coders: string; documents: string;
  includes: (statuses: string) => string; and: string; all: string; status: Record<CaseStatus, string>;
}> = {
  en: {
    group: 'Group', groups: 'Groups', coder: 'Coder', coders: 'Coders', documents: 'Documents',
    includes: (statuses) => `Includes ${statuses} cases`, and: ' and ', all: 'All selected cases, documents and coders.',
    status: { candidate: 'candidate', selected: 'selected', excluded: 'excluded' },
  },
  ru: {
    group: 'Группа', groups: 'Группы', coder: 'Кодировщик', coders: 'Кодировщики', documents: 'Документы',
    includes: (statuses) => `Включены также ${statuses} случаи`, and: ' и ', all: 'Все отобранные случаи, документы и кодировщики.',
    status: { candidate: 'кандидатские', selected: 'отобранные', excluded: 'исключённые' },
  },
  kk: {
    group: 'Топ', groups: 'Топтар', coder: 'Кодтаушы', coders: 'Кодтаушылар', documents: 'Құжаттар',
    includes: (statuses) => `${statuses.charAt(0).toUpperCase()}${statuses.slice(1)} жағдайлар да қосылған`, and: ' және ', all: 'Барлық іріктелген жағдайлар, құжаттар мен кодтаушылар.',
    status: { candidate: 'үміткер', selected: 'іріктелген', excluded: 'алынып тасталған' },
  },
};

/** The filters in plain words, for table captions and notes ("Group: Programmers. Coder: Ada."), in the export's language. */
export function describeFilters(store: ReadStore, filters: TableFilters, language: ExportLanguage = 'en'): string {
  const w = WORDS[language];
  const parts: string[] = [];
  if (filters.groupIds?.length) {
    const groups = listGroups(store).filter((g) => filters.groupIds!.includes(g.id)).map((g) => g.name);
    parts.push(`${groups.length > 1 ? w.groups : w.group}: ${groups.join(', ')}`);
  }
  const attributes = listAttributes(store);
  for (const filter of filters.attributes ?? []) {
    const name = attributes.find((a) => a.id === filter.attributeId)?.name ?? `attribute ${filter.attributeId}`;
    parts.push(`${name}: ${filter.values.join(', ')}`);
  }
  if (filters.coders?.length) parts.push(`${filters.coders.length > 1 ? w.coders : w.coder}: ${filters.coders.join(', ')}`);
  if (filters.documentIds?.length) {
    const documents = listDocuments(store).filter((d) => filters.documentIds!.includes(d.id)).map((d) => d.name);
    parts.push(`${w.documents}: ${documents.join(', ')}`);
  }
  const others = (filters.statuses ?? ['selected']).filter((s) => s !== 'selected');
  if (others.length) parts.push(w.includes(others.map((s) => w.status[s]).join(w.and)));
  return parts.length ? `${parts.join('. ')}.` : w.all;
}
