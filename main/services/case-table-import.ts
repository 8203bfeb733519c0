/**
 * The case table import: each row a case (matched by name within the group, else created),
 * each non-empty cell a document of that case coded whole with its column's code (by the case
 * table's coder, shared/case-table-coder.ts, not the user), or a value of the case's attribute where its column holds short values (a city, a profession). The user
 * sees the proposed mapping of each column first (previewCaseTable) and may change it.
 */
import { findByName } from '../../shared/names.js';
import { codePointLength, normalizeText } from '../../shared/offsets.js';
import type { SheetCaseMatching } from '../../shared/sheet-cases.js';
import type { CaseTablePreview, ColumnLook, ColumnMapping, GroupMap, SheetImportReport } from '../../shared/sheets.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as attributes from '../db/repos/attributes.js';
import * as codebook from '../db/repos/codebook.js';
import { tableCoder } from './coders.js';
import * as documents from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import * as segments from '../db/repos/segments.js';
import type { WriteStore } from '../db/store.js';
import { caseTableFromRows, type CaseTable } from '../import/case-table.js';
import { inferType } from '../import/attribute-sheet.js';
import { columnLooks } from '../import/column-looks.js';
import { proposeMapping, type CodeChoice } from '../import/header-mapping.js';
import { encodeAttributeValue } from './attributes.js';
import { ensureGroup } from './cases.js';
import { columnCode } from './column-codes.js';
import { notFound, type ServiceContext } from './context.js';
import { columnValues, ensureAttribute, type AttributeColumn } from './sheet-attributes.js';
import { resolveGroupMap } from './sheet-group-map.js';
import { caseFinder, distinctCases, emptyReport, encodingOf, groupFinder, readSheetOrRefuse, sampleOf, type SheetReadOptions } from './sheet-import.js';

export interface CaseTablePreviewOptions extends SheetReadOptions {
  /**
   * The fact column the user mapped to the group (its index among them; null: none), so the
   * cases previewed carry the groups the import will give them; left out, the proposed one.
   */
  groupColumn?: number | null | undefined;
}

export async function previewCaseTable(
  ctx: ServiceContext, fileName: string, bytes: Uint8Array, options: CaseTablePreviewOptions = {},
): Promise<CaseTablePreview> {
  const sheet = await readSheetOrRefuse(fileName, bytes, options);
  const table = caseTableFromRows(sheet.rows, fileName);
  const looks = factColumnLooks(ctx, table, sheet.rows);
  const mapping = proposedMapping(ctx, table, looks);
  const { groupColumn } = options;
  if (groupColumn !== undefined && groupColumn !== null && groupColumn >= table.factColumns.length) {
    throw new AppError('sheetMappingLength', `${fileName} has ${table.factColumns.length} fact columns; column ${groupColumn + 1} cannot give the group`, {
      file: fileName, columns: table.factColumns.length, mapped: groupColumn + 1,
    });
  }
  const groupIndex = groupColumn === undefined ? mapping.findIndex((m) => m.kind === 'group') : groupColumn ?? -1;
  return {
    caseColumn: table.caseColumn,
    columns: table.factColumns.map((header, i) => ({ header, mapping: mapping[i]!, looks: looks[i]! })),
    sample: sampleOf(sheet.rows),
    rowCount: table.rows.length,
    cases: distinctCases(table.rows.map((row) => {
      const group = groupCell(row, groupIndex);
      return { name: row.caseName, ...(group === null ? {} : { group }) };
    })),
    ...encodingOf(sheet),
  };
}

export interface CaseTableOptions extends SheetReadOptions, SheetCaseMatching {
  groupName?: string | undefined;
  /** The rows' group when neither groupName nor a column gives one; the report names it when taken. */
  defaultGroup?: string | undefined;
  /** One per fact column; the proposed mapping when left out. */
  mapping?: ColumnMapping[] | undefined;
  /** The framework for codes made for columns, in the user's language (column-codes.ts). */
  columnFramework?: string | undefined;
  /** The name of the coder of the cells' pre-coding, in the user's language, should the import make it (services/coders.ts tableCoder). */
  tableCoder?: string | undefined;
  /** The groups of the group's column the user put into groups of the project (sheet-group-map.ts). */
  groupMap?: GroupMap | undefined;
}

export async function importCaseTableSheet(
  ctx: ServiceContext, fileName: string, bytes: Uint8Array, options: CaseTableOptions = {},
): Promise<SheetImportReport> {
  const { store } = ctx;
  const sheet = await readSheetOrRefuse(fileName, bytes, options);
  const table = caseTableFromRows(sheet.rows, fileName);
  const mapping = options.mapping ?? proposedMapping(ctx, table, factColumnLooks(ctx, table, sheet.rows));
  checkMapping(ctx, table, mapping, fileName);
  const attributeColumns = attributeColumnsOf(ctx, table, mapping);
  // Every value is checked before the project changes: one bad cell refuses the whole file.
  const values = attributeColumns.map(({ column, index }) =>
    columnValues(column, table.rows.map((row) => row.cells[index]), fileName, (r) => table.rows[r]!.sheetRow));
  const groupIndex = mapping.findIndex((m) => m.kind === 'group');
  const defaultGroup = options.groupName === undefined && groupIndex === -1 ? options.defaultGroup : undefined;
  const groupName = options.groupName ?? defaultGroup;
  const mappedGroups = resolveGroupMap(ctx, options.groupMap, table.rows.flatMap((row) => groupCell(row, groupIndex) ?? []), fileName);
  const report = emptyReport(sheet);
  const origin = documents.documentOrigin({ file: fileName, format: 'case-table', encoding: sheet.encoding });

  // The step keeps the label the UI translates (renderer/src/i18n: history.step).
  recordStep(store, 'documents.importCaseTable', () => {
    const groupId = groupName ? ensureGroup(ctx, groupName).id : null;
    const columnCodes = mapping.map((m) => resolveMapping(store, m, report, options.columnFramework));
    const coderId = tableCoder(store, options.tableCoder);
    const caseOf = caseFinder(store, report, options);
    const groupOf = groupFinder(ctx, mappedGroups);
    const columnAttributes = attributeColumns.map(({ column }, i) => ensureAttribute(ctx, column, values[i]!, report));
    table.rows.forEach((row, r) => {
      const cell = groupCell(row, groupIndex);
      const caseId = caseOf(row.caseName, cell === null ? groupId : groupOf(cell));
      columnAttributes.forEach((attribute, i) => {
        const value = values[i]![r];
        if (value === undefined) return;
        attributes.setAttributeValue(store, caseId, attribute.id, encodeAttributeValue(attribute, value));
        report.valuesSet++;
      });
      row.cells.forEach((cell, i) => {
        const codeId = columnCodes[i];
        if (cell === null || codeId === null) return;
        const body = normalizeText(cell);
        // The same table imported again: its cells are documents of their cases already.
        if (documents.findDocumentWithText(store, caseId, body) !== undefined) {
          report.documentsSkipped++;
          return;
        }
        const documentId = documents.insertDocument(store, caseId, `${row.caseName} — ${table.factColumns[i]}`, body, origin);
        report.documentsCreated++;
        const segmentId = segments.insertSegment(store, { documentId, start: 0, end: codePointLength(body), quote: body, coderId });
        segments.insertCoding(store, segmentId, codeId!, coderId);
        report.segmentsCreated++;
      });
    });
  });
  if (report.documentsSkipped > 0) {
    report.warnings.push({ code: 'alreadyImported', params: { count: report.documentsSkipped } });
  }
  return defaultGroup === undefined ? report : { ...report, defaultGroup };
}

/** How each fact column looks (column-looks.ts), the project's groups telling a group's column by its values. */
function factColumnLooks({ store }: ServiceContext, table: CaseTable, rows: readonly (readonly string[])[]): ColumnLook[] {
  return columnLooks([table.caseColumn, ...table.factColumns], rows.slice(1), listGroups(store).map((g) => g.name));
}

/**
 * Each column's proposed mapping: the group's column gives the group; a header naming a code
 * maps to it (header-mapping.ts); a column of short values (column-looks.ts) is an attribute
 * of the existing attribute's type, else of the type its values suggest; the rest new codes.
 */
function proposedMapping(ctx: ServiceContext, table: CaseTable, looks: readonly ColumnLook[]): ColumnMapping[] {
  const codes = codeChoices(ctx);
  const existing = attributes.listAttributes(ctx.store);
  return table.factColumns.map((header, i): ColumnMapping => {
    if (looks[i] === 'group') return { kind: 'group' };
    const proposed = proposeMapping(header, codes);
    if (proposed.kind === 'code' || looks[i] !== 'attribute') return proposed;
    const type = findByName(existing, header)?.type ?? inferType(table.rows.map((row) => row.cells[i] ?? ''));
    return { kind: 'attribute', type };
  });
}

/**
 * The columns mapped to attributes, each named by its header; one of an existing attribute's
 * name must keep its type, which the import cannot change (as an attribute sheet's cannot).
 */
function attributeColumnsOf(ctx: ServiceContext, table: CaseTable, mapping: readonly ColumnMapping[]): { column: AttributeColumn; index: number }[] {
  const existing = attributes.listAttributes(ctx.store);
  return mapping.flatMap((m, index) => {
    if (m.kind !== 'attribute') return [];
    const header = table.factColumns[index]!;
    const attribute = findByName(existing, header);
    if (attribute && attribute.type !== m.type) {
      throw new AppError('attributeTypeFixed', `The attribute ${header} exists as ${attribute.type}; its type cannot change on import`, {
        attribute: header, type: attribute.type,
      });
    }
    return [{ column: { header, type: m.type, existing: attribute }, index }];
  });
}

/** The row's group from the fact column at `index` (-1: none), when its cell is filled. */
function groupCell(row: CaseTable['rows'][number], index: number): string | null {
  return index < 0 ? null : row.cells[index] ?? null;
}

function codeChoices({ store }: ServiceContext): CodeChoice[] {
  const { frameworks, codes } = codebook.getCodebook(store);
  const order = new Map(frameworks.map((f, i) => [f.id, i]));
  const names = new Map(frameworks.map((f) => [f.id, f.name]));
  return [...codes]
    .sort((a, b) => order.get(a.frameworkId)! - order.get(b.frameworkId)!)
    .map((c) => ({ id: c.id, name: c.name, frameworkName: names.get(c.frameworkId)! }));
}

/** Refuses a mapping that does not fit the table, before anything is written. */
function checkMapping({ store }: ServiceContext, table: CaseTable, mapping: ColumnMapping[], fileName: string): void {
  if (mapping.length !== table.factColumns.length) {
    throw new AppError('sheetMappingLength', `${fileName} has ${table.factColumns.length} fact columns but the mapping names ${mapping.length}`, {
      file: fileName, columns: table.factColumns.length, mapped: mapping.length,
    });
  }
  const groups = mapping.filter((m) => m.kind === 'group').length;
  if (groups > 1) {
    throw new AppError('sheetGroupColumnTwice', `${fileName}: ${groups} columns are mapped to the group; one at most can be`, { file: fileName });
  }
  for (const m of mapping) {
    if (m.kind === 'code' && !codebook.getCode(store, m.codeId)) {
      throw notFound('code', m.codeId);
    }
  }
}

/** The code a column's cells are coded with; null for a skipped column, the group's or an attribute's. */
function resolveMapping(store: WriteStore, mapping: ColumnMapping, report: SheetImportReport, columnFramework: string | undefined): number | null {
  if (mapping.kind === 'skip' || mapping.kind === 'group' || mapping.kind === 'attribute') return null;
  if (mapping.kind === 'code') return mapping.codeId;
  return columnCode(store, mapping.name, columnFramework, report.warnings);
}
