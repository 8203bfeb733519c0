import type { TableFilters } from '../../shared/tables.js';
import { listAttributes } from '../db/repos/attributes.js';
import { listDocuments } from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';

/** The filters in plain words, for table captions and notes ("Group: Programmers. Coder: Ada."). */
export function describeFilters(store: ReadStore, filters: TableFilters): string {
  const parts: string[] = [];
  if (filters.groupIds?.length) {
    const groups = listGroups(store).filter((g) => filters.groupIds!.includes(g.id)).map((g) => g.name);
    parts.push(`${groups.length > 1 ? 'Groups' : 'Group'}: ${groups.join(', ')}`);
  }
  const attributes = listAttributes(store);
  for (const filter of filters.attributes ?? []) {
    const name = attributes.find((a) => a.id === filter.attributeId)?.name ?? `attribute ${filter.attributeId}`;
    parts.push(`${name}: ${filter.values.join(', ')}`);
  }
  if (filters.coders?.length) parts.push(`${filters.coders.length > 1 ? 'Coders' : 'Coder'}: ${filters.coders.join(', ')}`);
  if (filters.documentIds?.length) {
    const documents = listDocuments(store).filter((d) => filters.documentIds!.includes(d.id)).map((d) => d.name);
    parts.push(`Documents: ${documents.join(', ')}`);
  }
  const others = (filters.statuses ?? ['selected']).filter((s) => s !== 'selected');
  if (others.length) parts.push(`Includes ${others.join(' and ')} cases`);
  return parts.length ? `${parts.join('. ')}.` : 'All selected cases, documents and coders.';
}
