/**
 * The cross-case tables researchers read and publish: the case matrix (the seed study's
 * Tables 1-2), the framework cross-tab (its Table 3), code × case counts and co-occurrence.
 * Every cell keeps the segments behind it, so any number can be traced to its quotes.
 */
import type { Code, Codebook, Framework } from '../../shared/entities.js';
import { TableRequest, type CellSegment, type CrossTable, type TableCell, type TableRow } from '../../shared/tables.js';
import { AppError } from '../errors.js';
import { attributeValues, listAttributes } from '../db/repos/attributes.js';
import { filteredCases, type CaseRef } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { listGroups } from '../db/repos/groups.js';
import type { ReadStore } from '../db/store.js';
import { codedSegments, type CodedSegment } from './coded-segments.js';
import { describeFilters } from './filter-note.js';

type Request = ReturnType<typeof TableRequest.parse>;

export function buildTable(store: ReadStore, input: TableRequest): CrossTable {
  const request = TableRequest.parse(input);
  const codebook = getCodebook(store);
  const segments = codedSegments(store, request.filters);
  const filterNote = describeFilters(store, request.filters);
  switch (request.kind) {
    case 'case-matrix':
      return caseMatrix(store, request, codebook, segments, filterNote);
    case 'crosstab':
      return crosstab(request, codebook, segments, filterNote);
    case 'code-case':
      return codeCase(store, request, codebook, segments, filterNote);
    case 'cooccurrence':
      return cooccurrence(request, codebook, segments, filterNote);
  }
}

function framework(codebook: Codebook, id: number | undefined, fallbackName: string): Framework {
  const found = id === undefined
    ? codebook.frameworks.find((f) => f.name.toLowerCase() === fallbackName.toLowerCase()) ?? codebook.frameworks[0]
    : codebook.frameworks.find((f) => f.id === id);
  if (!found) throw new AppError('frameworkNotFound', `No framework ${id ?? fallbackName}`, { framework: String(id ?? fallbackName) });
  return found;
}

/** A framework's codes in codebook order, parents before their children. */
function codesOf(codebook: Codebook, frameworkId: number | undefined): Code[] {
  const pool = codebook.codes.filter((c) => frameworkId === undefined || c.frameworkId === frameworkId);
  const ordered: Code[] = [];
  const visit = (parentId: number | null) => {
    for (const code of pool.filter((c) => c.parentId === parentId)) {
      ordered.push(code);
      visit(code.id);
    }
  };
  const ids = new Set(pool.map((c) => c.id));
  for (const root of pool.filter((c) => c.parentId === null || !ids.has(c.parentId))) {
    ordered.push(root);
    visit(root.id);
  }
  return ordered;
}

/** Segments grouped by a key, each group in the input's (document) order. */
function groupBy(segments: CodedSegment[], key: (s: CodedSegment) => number): Map<number, CodedSegment[]> {
  const groups = new Map<number, CodedSegment[]>();
  for (const segment of segments) {
    const list = groups.get(key(segment));
    if (list) list.push(segment);
    else groups.set(key(segment), [segment]);
  }
  return groups;
}

function evidence(segment: CodedSegment): CellSegment {
  const { id, caseName, documentId, start, end, quote } = segment;
  return { id, caseName, documentId, start, end, quote };
}

function cell(row: string, column: string, segments: CodedSegment[], count = segments.length): TableCell {
  return { row, column, count, segments: segments.map(evidence) };
}

/** Cases under headings (groups or attribute values) as the request asks. */
function caseSections(store: ReadStore, request: Request, cases: CaseRef[]): { heading: string | null; cases: CaseRef[] }[] {
  if (request.groupBy === 'none') return [{ heading: null, cases }];
  if (request.groupBy === 'group') {
    const groups = listGroups(store);
    const sections = groups.map((g) => ({ heading: g.name, cases: cases.filter((c) => c.groupId === g.id) }));
    sections.push({ heading: 'No group', cases: cases.filter((c) => c.groupId === null) });
    return sections.filter((s) => s.cases.length > 0);
  }
  const { attributeId } = request.groupBy;
  const attribute = listAttributes(store).find((a) => a.id === attributeId);
  if (!attribute) throw new AppError('notFound', `No attribute with id ${attributeId}`, { what: 'attribute', id: attributeId });
  const values = new Map<number, string>(attributeValues(store, attributeId).map((v) => [v.caseId, v.value]));
  const keys = [...new Set(cases.map((c) => values.get(c.id) ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  return keys.map((key) => ({
    heading: `${attribute.name}: ${key === '' ? '—' : key}`,
    cases: cases.filter((c) => (values.get(c.id) ?? '') === key),
  }));
}

function caseMatrix(store: ReadStore, request: Request, codebook: Codebook, segments: CodedSegment[], filterNote: string): CrossTable {
  const columnsFramework = framework(codebook, request.columnFramework, 'Valence');
  const codes = codesOf(codebook, columnsFramework.id);
  const columns = codes.map((c) => ({ key: String(c.id), label: c.name }));
  const rows: TableRow[] = [];
  const cells: TableCell[][] = [];
  const byCase = groupBy(segments, (s) => s.caseId);
  for (const section of caseSections(store, request, filteredCases(store, request.filters))) {
    if (section.heading !== null) {
      rows.push({ key: `heading:${section.heading}`, label: section.heading, role: 'heading' });
      cells.push(columns.map((col) => cell(section.heading!, col.label, [])));
    }
    for (const item of section.cases) {
      rows.push({ key: String(item.id), label: item.name, role: 'data' });
      const ofCase = byCase.get(item.id) ?? [];
      cells.push(codes.map((code) => cell(item.name, code.name, ofCase.filter((s) => s.codeIds.has(code.id)))));
    }
  }
  return {
    kind: 'case-matrix', title: `Cases × ${columnsFramework.name}`, rowHeader: 'Case', rows, columns, cells,
    display: 'quotes', tagCases: false, filterNote,
  };
}

/**
 * Rows: codes of one framework; columns: codes of another. A segment with a row code counts
 * for a column code carried by the segment itself or by a segment of the same document that
 * contains it (a STEEPL span inside a document coded Positive is a positive STEEPL fact).
 */
function crosstab(request: Request, codebook: Codebook, segments: CodedSegment[], filterNote: string): CrossTable {
  const rowFramework = framework(codebook, request.rowFramework, 'STEEPL');
  const columnFramework = framework(codebook, request.columnFramework, 'Valence');
  const rowCodes = codesOf(codebook, rowFramework.id);
  const columnCodes = codesOf(codebook, columnFramework.id);
  const columnIds = new Set(columnCodes.map((c) => c.id));
  const byDocument = groupBy(segments, (s) => s.documentId);
  const columnCodesOf = (segment: CodedSegment): Set<number> => {
    const found = new Set<number>();
    for (const other of byDocument.get(segment.documentId) ?? []) {
      if (other.start <= segment.start && other.end >= segment.end) {
        for (const id of other.codeIds) if (columnIds.has(id)) found.add(id);
      }
    }
    return found;
  };
  const rowSegments = new Map(rowCodes.map((code) => [code.id, segments.filter((s) => s.codeIds.has(code.id))]));
  const valences = new Map<number, Set<number>>();
  for (const list of rowSegments.values()) for (const s of list) if (!valences.has(s.id)) valences.set(s.id, columnCodesOf(s));
  return {
    kind: 'crosstab',
    title: `${rowFramework.name} × ${columnFramework.name}`,
    rowHeader: rowFramework.name,
    rows: rowCodes.map((c) => ({ key: String(c.id), label: c.name, role: 'data' as const })),
    columns: columnCodes.map((c) => ({ key: String(c.id), label: c.name })),
    cells: rowCodes.map((rowCode) =>
      columnCodes.map((columnCode) =>
        cell(rowCode.name, columnCode.name, rowSegments.get(rowCode.id)!.filter((s) => valences.get(s.id)!.has(columnCode.id))),
      ),
    ),
    display: request.countsOnly ? 'counts' : 'quotes',
    tagCases: true,
    filterNote,
  };
}

/** Cases (under group headings with subtotals, and a total) × codes: how many segments each. */
function codeCase(store: ReadStore, request: Request, codebook: Codebook, segments: CodedSegment[], filterNote: string): CrossTable {
  const codes = codesOf(codebook, request.columnFramework);
  const columns = codes.map((c) => ({ key: String(c.id), label: codeLabel(codebook, c, request.columnFramework === undefined) }));
  const rows: TableRow[] = [];
  const cells: TableCell[][] = [];
  const countRow = (key: string, label: string, role: TableRow['role'], of: CodedSegment[]) => {
    rows.push({ key, label, role });
    cells.push(codes.map((code, i) => cell(label, columns[i]!.label, of.filter((s) => s.codeIds.has(code.id)))));
  };
  const sections = caseSections(store, request.groupBy === 'none' ? { ...request, groupBy: 'group' } : request, filteredCases(store, request.filters));
  const byCase = groupBy(segments, (s) => s.caseId);
  for (const section of sections) {
    if (section.heading !== null) {
      rows.push({ key: `heading:${section.heading}`, label: section.heading, role: 'heading' });
      cells.push(columns.map((col) => cell(section.heading!, col.label, [])));
    }
    for (const item of section.cases) countRow(String(item.id), item.name, 'data', byCase.get(item.id) ?? []);
    if (section.heading !== null && sections.length > 1) {
      const ids = new Set(section.cases.map((c) => c.id));
      countRow(`subtotal:${section.heading}`, `Subtotal ${section.heading}`, 'subtotal', segments.filter((s) => ids.has(s.caseId)));
    }
  }
  countRow('total', 'Total', 'total', segments);
  return {
    kind: 'code-case', title: 'Code × case counts', rowHeader: 'Case', rows, columns, cells,
    display: 'counts', tagCases: true, filterNote,
  };
}

/**
 * Codes × codes: how many pairs of segments, one with each code, overlap in a document (a
 * segment carrying both codes is one pair). The diagonal counts each code's segments.
 */
function cooccurrence(request: Request, codebook: Codebook, segments: CodedSegment[], filterNote: string): CrossTable {
  const codes = codesOf(codebook, request.rowFramework ?? request.columnFramework);
  const labels = codes.map((c) => codeLabel(codebook, c, request.rowFramework === undefined && request.columnFramework === undefined));
  const byDocument = groupBy(segments, (s) => s.documentId);
  const cells = codes.map((a, r) =>
    codes.map((b, c) => {
      if (a.id === b.id) return cell(labels[r]!, labels[c]!, segments.filter((s) => s.codeIds.has(a.id)));
      let pairs = 0;
      const involved = new Map<number, CodedSegment>();
      for (const list of byDocument.values()) {
        const withA = list.filter((s) => s.codeIds.has(a.id));
        const withB = list.filter((s) => s.codeIds.has(b.id));
        for (const x of withA) {
          for (const y of withB) {
            if (x.start < y.end && y.start < x.end) {
              pairs++;
              involved.set(x.id, x);
              involved.set(y.id, y);
            }
          }
        }
      }
      const evidenceInOrder = segments.filter((s) => involved.has(s.id));
      return cell(labels[r]!, labels[c]!, evidenceInOrder, pairs);
    }),
  );
  return {
    kind: 'cooccurrence', title: 'Code co-occurrence', rowHeader: 'Code',
    rows: codes.map((c, i) => ({ key: String(c.id), label: labels[i]!, role: 'data' as const })),
    columns: codes.map((c, i) => ({ key: String(c.id), label: labels[i]! })),
    cells, display: 'counts', tagCases: true, filterNote,
  };
}

/** A code's name, with its framework when codes of several frameworks share the table. */
function codeLabel(codebook: Codebook, code: Code, withFramework: boolean): string {
  if (!withFramework) return code.name;
  const name = codebook.frameworks.find((f) => f.id === code.frameworkId)?.name;
  return name ? `${name}/${code.name}` : code.name;
}
