/** Cross-case comparison of groups or of an attribute's values (see shared/method/comparison.ts). */
import type { z } from 'zod';
import { compareParts, comparisonTable, type Comparison, type ComparisonRequest } from '../../shared/method/comparison.js';
import { presentTable, type TablePresentation } from '../../shared/method/presentation.js';
import type { CrossTable } from '../../shared/tables.js';
import { decodeAttributeValue, getAttribute, attributeValues } from '../db/repos/attributes.js';
import { caseCodeSegments } from '../db/repos/case-codes.js';
import { filteredCases } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { listGroups } from '../db/repos/groups.js';
import { caseIdsWithStatus } from '../db/repos/selection.js';
import { codePaths } from './code-by-quote.js';
import { notFound, type ServiceContext } from './context.js';

type ParsedRequest = z.output<typeof ComparisonRequest>;

const NONE = '';

export function compareCases({ store }: ServiceContext, request: ParsedRequest): Comparison {
  const codebook = getCodebook(store);
  if (request.frameworkId !== undefined && !codebook.frameworks.some((f) => f.id === request.frameworkId)) {
    throw notFound('framework', request.frameworkId);
  }
  const statuses = new Set(caseIdsWithStatus(store, request.statuses));
  const cases = filteredCases(store, {}).filter((c) => statuses.has(c.id));
  let by: string;
  let partOf: (c: (typeof cases)[number]) => string;
  let parts: { key: string; label: string }[];
  if (request.by === 'group') {
    by = 'group';
    const groups = listGroups(store);
    partOf = (c) => (c.groupId === null ? NONE : String(c.groupId));
    // A group with none of the cases (all excluded, say) would be a column of dashes.
    const present = new Set(cases.map(partOf));
    parts = groups.filter((g) => present.has(String(g.id))).map((g) => ({ key: String(g.id), label: g.name }));
    if (cases.some((c) => c.groupId === null)) parts.push({ key: NONE, label: 'No group' });
  } else {
    const attribute = getAttribute(store, request.by.attributeId);
    if (!attribute) throw notFound('attribute', request.by.attributeId);
    by = attribute.name;
    const values = new Map(
      attributeValues(store, attribute.id).map(({ caseId, value }) => [caseId, String(decodeAttributeValue(attribute.type, value))]),
    );
    partOf = (c) => values.get(c.id) ?? NONE;
    const seen = [...new Set(cases.map(partOf))];
    const order = attribute.type === 'choice' ? attribute.choices : [...seen].sort(collate(attribute.type === 'number'));
    parts = order.filter((v) => v !== NONE && seen.includes(v)).map((v) => ({ key: v, label: v }));
    if (seen.includes(NONE)) parts.push({ key: NONE, label: 'No value' });
  }
  const paths = codePaths(codebook);
  const codes = codebook.codes
    .filter((c) => request.frameworkId === undefined || c.frameworkId === request.frameworkId)
    .map((c) => ({ id: c.id, path: paths.get(c.id)! }));
  return compareParts(by, parts, cases.map((c) => ({ id: c.id, name: c.name, part: partOf(c) })), codes, caseCodeSegments(store));
}

export function comparisonCrossTable(ctx: ServiceContext, request: ParsedRequest, presentation: TablePresentation = {}): CrossTable {
  return presentTable(comparisonTable(compareCases(ctx, request)), presentation);
}

function collate(numeric: boolean): (a: string, b: string) => number {
  return numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b);
}
