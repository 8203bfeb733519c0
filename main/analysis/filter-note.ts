import { attributeValueLabel } from '../../shared/attribute-value.js';
import { rangeLabel } from '../../shared/method/value-ranges.js';
import type { ExportLanguage, TableFilters } from '../../shared/tables.js';
import { listAttributes } from '../db/repos/attributes.js';
import { documentNames } from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';
import { tableWords } from './table-words.js';

/**
 * The filters in plain words, for table captions and notes ("Group: Programmers. Coder: Ada."), in
 * the export's language. With none, a table that counts every selected segment says it counts all;
 * one that leaves some out (`everyCounted` false, uncounted-note.ts) only that nothing is filtered.
 */
export function describeFilters(store: ReadStore, filters: TableFilters, language: ExportLanguage = 'en', everyCounted = true): string {
  const w = tableWords(language).filters;
  const parts: string[] = [];
  if (filters.groupIds?.length) {
    const groups = listGroups(store).filter((g) => filters.groupIds!.includes(g.id)).map((g) => g.name);
    if (filters.groupIds.includes(null)) groups.push(w.noGroup);
    parts.push(`${groups.length > 1 ? w.groups : w.group}: ${groups.join(', ')}`);
  }
  const attributes = listAttributes(store);
  for (const filter of filters.attributes ?? []) {
    const attribute = attributes.find((a) => a.id === filter.attributeId);
    const name = attribute?.name ?? w.attribute(filter.attributeId);
    if ('range' in filter) {
      // The range as the grouping's heading and the filter's list name it («26–31», «01.10.2022–05.10.2022»).
      parts.push(`${name}: ${rangeLabel(filter.range.kind, filter.range, language)}`);
      continue;
    }
    // As the filter list words them («05.03.2026», «да»), not as stored (2026-03-05, true).
    const values = attribute ? filter.values.map((value) => attributeValueLabel(attribute.type, value, language)) : filter.values;
    parts.push(`${name}: ${values.join(', ')}`);
  }
  if (filters.coders?.length) parts.push(`${filters.coders.length > 1 ? w.coders : w.coder}: ${filters.coders.join(', ')}`);
  if (filters.documentIds?.length) {
    parts.push(`${w.documents}: ${documentNames(store, filters.documentIds).join(', ')}`);
  }
  const others = (filters.statuses ?? ['selected']).filter((s) => s !== 'selected');
  if (others.length) parts.push(w.includes(others.map((s) => w.status[s]).join(w.and)));
  if (parts.length) return `${parts.join('. ')}.`;
  return everyCounted ? w.all : w.none;
}
