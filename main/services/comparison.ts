/** Cross-case comparison of groups or of an attribute's values (see shared/method/comparison.ts). */
import type { z } from 'zod';
import {
  compareParts, comparisonTable, type ComparedCase, type Comparison, type ComparisonCellRequest, type ComparisonRequest, type EvidenceSegment,
} from '../../shared/method/comparison.js';
import { presentTable, type TablePresentation } from '../../shared/method/presentation.js';
import type { CrossTable } from '../../shared/tables.js';
import { decodeAttributeValue, getAttribute, attributeValues } from '../db/repos/attributes.js';
import { caseCodePairs, caseCodeSegments, codeSegmentsByCase } from '../db/repos/case-codes.js';
import { filteredCases } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { listGroups } from '../db/repos/groups.js';
import { caseIdsWithStatus } from '../db/repos/selection.js';
import { codePaths } from './code-paths.js';
import type { ReadStore } from '../db/store.js';
import { notFound } from './context.js';
import { methodTableWords } from '../analysis/method-table-words.js';
import { rangeIndex, rangeKey, rangeLabel, rangesFor, readValue, type ValueRange } from '../../shared/method/value-ranges.js';

export type ParsedComparisonRequest = z.output<typeof ComparisonRequest>;
type ParsedRequest = ParsedComparisonRequest;
type ParsedCellRequest = z.output<typeof ComparisonCellRequest>;

const NONE = '';

type ComparedPart = { key: string; label: string; range?: ValueRange };

/** The compared cases (those of the request's statuses) with the part each falls in, and the parts in order. */
function comparedCases(store: ReadStore, request: ParsedRequest): {
  by: string; parts: ComparedPart[]; cases: ComparedCase[]; ranging?: Comparison['ranging']; valueType?: Comparison['valueType'];
} {
  const statuses = new Set(caseIdsWithStatus(store, request.statuses));
  const cases = filteredCases(store, {}).filter((c) => statuses.has(c.id));
  let by: string;
  let valueType: Comparison['valueType'];
  let partOf: (c: (typeof cases)[number]) => string;
  let parts: ComparedPart[];
  let ranging: Comparison['ranging'];
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
    // Yes/no and days are worded by each reader (the view, an export): «true» headed a Russian column.
    if (attribute.type === 'boolean' || attribute.type === 'date') valueType = attribute.type;
    // An empty value is no value, as it always was here (its part was the one keyed '').
    const stored = attributeValues(store, attribute.id).filter(({ value }) => value !== '');
    const values = new Map(stored.map(({ caseId, value }) => [caseId, String(decodeAttributeValue(attribute.type, value))]));
    const raw = new Map(stored.map(({ caseId, value }) => [caseId, value]));
    const ranged = rangesFor(attribute.type, cases.flatMap((c) => raw.get(c.id) ?? []));
    if (ranged) {
      // Ranges of the compared cases' values, in order; the cases without a value still apart.
      const { kind, distinct, ranges } = ranged;
      partOf = (c) => {
        const value = raw.get(c.id);
        return value === undefined ? NONE : rangeKey(ranges[rangeIndex(ranges, readValue(kind, value)!)]!);
      };
      parts = ranges.map((range) => ({ key: rangeKey(range), label: rangeLabel(kind, range, 'en'), range }));
      ranging = { kind, distinct, ranges: ranges.length };
    } else {
      partOf = (c) => values.get(c.id) ?? NONE;
      const seen = [...new Set(cases.map(partOf))];
      const order = attribute.type === 'choice' ? attribute.choices : [...seen].sort(collate(attribute.type === 'number'));
      parts = order.filter((v) => v !== NONE && seen.includes(v)).map((v) => ({ key: v, label: v }));
    }
    if (cases.some((c) => !values.has(c.id))) parts.push({ key: NONE, label: 'No value' });
  }
  return { by, parts, cases: cases.map((c) => ({ id: c.id, name: c.name, part: partOf(c) })), ...(ranging ? { ranging } : {}), ...(valueType ? { valueType } : {}) };
}

function comparedCodes(store: ReadStore, request: ParsedRequest): { id: number; path: string }[] {
  const codebook = getCodebook(store);
  if (request.frameworkId !== undefined && !codebook.frameworks.some((f) => f.id === request.frameworkId)) {
    throw notFound('framework', request.frameworkId);
  }
  const paths = codePaths(codebook);
  return codebook.codes
    .filter((c) => request.frameworkId === undefined || c.frameworkId === request.frameworkId)
    .map((c) => ({ id: c.id, path: paths.get(c.id)! }));
}

export function compareCases({ store }: { store: ReadStore }, request: ParsedRequest): Comparison {
  return comparing(store, request).comparison;
}

/** The comparison with the codes and cases it compared (an export gathers their segments). */
function comparing(store: ReadStore, request: ParsedRequest) {
  const codes = comparedCodes(store, request);
  const { by, parts, cases, ranging, valueType } = comparedCases(store, request);
  const comparison = compareParts(by, parts, cases, codes, caseCodePairs(store), ranging);
  return { codes, parts, cases, comparison: valueType ? { ...comparison, valueType } : comparison };
}

/** One cell's evidence: the code's segments in the cases of the part, in document order. */
export function comparisonCellEvidence({ store }: { store: ReadStore }, { request, codeId, part }: ParsedCellRequest): EvidenceSegment[] {
  if (!comparedCodes(store, request).some((c) => c.id === codeId)) throw notFound('code', codeId);
  const caseName = new Map(comparedCases(store, request).cases.filter((c) => c.part === part).map((c) => [c.id, c.name]));
  return codeSegmentsByCase(store, codeId).flatMap((s) => {
    const name = caseName.get(s.caseId);
    return name === undefined ? [] : [{ id: s.segmentId, caseId: s.caseId, caseName: name, documentId: s.documentId, start: s.start, end: s.end, quote: s.quote }];
  });
}

/** The comparison as a table for export, every cell with its segments. */
export function comparisonCrossTable({ store }: { store: ReadStore }, request: ParsedRequest, presentation: TablePresentation = {}): CrossTable {
  const { codes, parts, cases, comparison } = comparing(store, request);
  const partIndex = new Map(parts.map((p, i) => [p.key, i]));
  const caseOf = new Map(cases.map((c) => [c.id, { name: c.name, part: partIndex.get(c.part) ?? -1 }]));
  const evidence = new Map<string, EvidenceSegment[]>();
  for (const s of caseCodeSegments(store, codes.map((c) => c.id))) {
    const c = caseOf.get(s.caseId);
    if (!c || c.part < 0) continue;
    const key = `${s.codeId}:${c.part}`;
    const segment = { id: s.segmentId, caseId: s.caseId, caseName: c.name, documentId: s.documentId, start: s.start, end: s.end, quote: s.quote };
    const list = evidence.get(key);
    if (list) list.push(segment);
    else evidence.set(key, [segment]);
  }
  const words = methodTableWords(presentation.language).comparison;
  return presentTable(comparisonTable(comparison, (codeId, part) => evidence.get(`${codeId}:${part}`) ?? [], words), presentation);
}

function collate(numeric: boolean): (a: string, b: string) => number {
  return numeric ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b);
}
