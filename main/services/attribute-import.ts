/**
 * Attribute sheets and surveys: one row per case (or respondent). The first column (a
 * survey's case column) names the case, a Group/Группа/Топ column sets its group, a survey's
 * text columns become documents of the case named by the column, and every other column a
 * case attribute of the type its values suggest, which the user may change before import.
 */
import type { Attribute, AttributeType } from '../../shared/entities.js';
import { findByName, nameKey } from '../../shared/names.js';
import { normalizeText } from '../../shared/offsets.js';
import type { SheetCase, SheetCaseMatching } from '../../shared/sheet-cases.js';
import type { AttributeSheetPreview, ColumnType, GroupColumn, GroupMap, SheetImportReport, SurveyColumns } from '../../shared/sheets.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as attributes from '../db/repos/attributes.js';
import * as cases from '../db/repos/cases.js';
import * as documents from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import { groupColumnIndex } from '../import/column-looks.js';
import { inferType, isEmptyCell } from '../import/attribute-sheet.js';
import { encodeAttributeValue } from './attributes.js';
import type { ServiceContext } from './context.js';
import { columnValues, ensureAttribute, type AttributeColumn } from './sheet-attributes.js';
import { resolveGroupMap } from './sheet-group-map.js';
import { caseFinder, distinctCases, emptyReport, encodingOf, groupFinder, readSheetOrRefuse, sampleOf, type SheetReadOptions } from './sheet-import.js';

type Role = AttributeSheetPreview['columns'][number]['role'];

interface PlannedColumn {
  header: string;
  index: number;
  role: Role;
  type?: ColumnType;
  existing?: Attribute;
}

export interface AttributeSheetOptions extends SheetReadOptions, SheetCaseMatching {
  groupName?: string | undefined;
  survey?: SurveyColumns | undefined;
  /** The column the user chose to give the group (null: none); left out, found by header or values. */
  groupColumn?: GroupColumn | undefined;
  /** Types chosen by the user, by column header; "skip" leaves a column out. */
  types?: Record<string, ColumnType> | undefined;
  /** The sheet's groups the user put into groups of the project (sheet-group-map.ts). */
  groupMap?: GroupMap | undefined;
}

export async function previewAttributeSheet(
  ctx: ServiceContext, fileName: string, bytes: Uint8Array, options: Pick<AttributeSheetOptions, 'survey' | 'groupColumn' | 'workerUrl'> = {},
): Promise<AttributeSheetPreview> {
  const sheet = await readSheetOrRefuse(fileName, bytes, options);
  const { header, body } = split(sheet.rows, fileName);
  const columns = planColumns(ctx, header, body, options, fileName);
  return {
    columns: columns.map((c) => ({
      header: c.header, role: c.role, ...(c.type ? { type: c.type } : {}), ...(c.role === 'attribute' ? { existing: !!c.existing } : {}),
    })),
    sample: sampleOf(sheet.rows),
    rowCount: body.length,
    cases: rowCases(columns, body),
    ...encodingOf(sheet),
  };
}

export async function importAttributeSheet(
  ctx: ServiceContext, fileName: string, bytes: Uint8Array, options: AttributeSheetOptions = {},
): Promise<SheetImportReport> {
  const { store } = ctx;
  const sheet = await readSheetOrRefuse(fileName, bytes, options);
  const { header, body } = split(sheet.rows, fileName);
  const columns = applyTypes(planColumns(ctx, header, body, options, fileName), options.types ?? {}, fileName);
  const caseColumn = columns.find((c) => c.role === 'case')!;
  const groupColumn = columns.find((c) => c.role === 'group');
  const textColumns = columns.filter((c) => c.role === 'text');
  const attributeColumns = columns.filter((c) => c.role === 'attribute' && c.type !== 'skip');
  // Every value is checked before the project changes: one bad cell refuses the whole file.
  const values = attributeColumns.map((column) => columnValues(asAttribute(column), body.map((row) => row[column.index]), fileName, (r) => r + 2));
  const mappedGroups = resolveGroupMap(ctx, options.groupMap, rowCases(columns, body).flatMap((c) => c.group ?? []), fileName);
  const report = emptyReport(sheet);
  const origin = documents.documentOrigin({ file: fileName, format: 'survey', encoding: sheet.encoding });
  const casesBefore = cases.countCases(store);

  recordStep(store, options.survey ? 'sheets.importSurvey' : 'sheets.importAttributes', () => {
    const columnAttributes = attributeColumns.map((column, i) => ensureAttribute(ctx, asAttribute(column), values[i]!, report));
    const caseOf = caseFinder(store, report, options);
    const groupOf = groupFinder(ctx, mappedGroups);
    body.forEach((row, r) => {
      const caseName = (row[caseColumn.index] ?? '').trim();
      if (caseName === '') return;
      const groupName = groupCellOf(row, groupColumn) ?? options.groupName;
      const caseId = caseOf(caseName, groupName ? groupOf(groupName) : null);
      attributeColumns.forEach((_, i) => {
        const value = values[i]![r];
        if (value === undefined) return;
        const attribute = columnAttributes[i]!;
        attributes.setAttributeValue(store, caseId, attribute.id, encodeAttributeValue(attribute, value));
        report.valuesSet++;
      });
      for (const column of textColumns) {
        const cell = row[column.index];
        if (isEmptyCell(cell)) continue;
        const text = normalizeText(cell!.trim());
        if (documents.findDocumentWithText(store, caseId, text) !== undefined) {
          report.documentsSkipped++;
          continue;
        }
        documents.insertDocument(store, caseId, column.header, text, origin);
        report.documentsCreated++;
      }
    });
  });
  if (report.documentsSkipped > 0) {
    report.warnings.push({ code: 'alreadyImported', params: { count: report.documentsSkipped } });
  }
  // Said, as the app's preview says it before: the command line made 14 empty cases beside the
  // project's own, named P1… against 1…, without a word (review-cli-1208 #5).
  if (casesBefore > 0 && report.casesMatched === 0 && report.casesCreated > 0) {
    report.warnings.push({ code: 'noCaseMatched', params: { existing: casesBefore, created: report.casesCreated } });
  }
  return report;
}

/** The row's Group cell, when the sheet has one and it is filled. */
function groupCellOf(row: string[], groupColumn: PlannedColumn | undefined): string | undefined {
  const cell = groupColumn ? row[groupColumn.index] : undefined;
  return cell !== undefined && !isEmptyCell(cell) ? cell.trim() : undefined;
}

/** The cases the rows name, as the import finds them (rows without a name are left out). */
function rowCases(columns: PlannedColumn[], body: string[][]): SheetCase[] {
  const caseColumn = columns.find((c) => c.role === 'case')!;
  const groupColumn = columns.find((c) => c.role === 'group');
  const named = body.filter((row) => (row[caseColumn.index] ?? '').trim() !== '');
  return distinctCases(named.map((row) => {
    const group = groupCellOf(row, groupColumn);
    return { name: row[caseColumn.index]!.trim(), ...(group === undefined ? {} : { group }) };
  }));
}

function split(rows: string[][], fileName: string): { header: string[]; body: string[][] } {
  const [first, ...body] = rows;
  const header = (first ?? []).map((h, i) => h.trim() || `Column ${i + 1}`);
  if (header.length < 2) {
    throw new AppError('sheetShape', `${fileName} needs a header row with a case column and at least one more column`, { file: fileName });
  }
  if (body.length === 0) throw new AppError('caseTableEmpty', `${fileName} has no rows of cases`, { file: fileName });
  return { header, body };
}

function columnIndex(header: string[], name: string, fileName: string): number {
  const index = header.findIndex((h) => nameKey(h) === nameKey(name));
  if (index < 0) {
    throw new AppError('sheetColumnNotFound', `${fileName} has no column named ${name} (columns: ${header.join(', ')})`, {
      file: fileName, column: name,
    });
  }
  return index;
}

/** Each column's role and, for attributes, its type: an existing attribute's, else the inferred one. */
function planColumns(
  ctx: ServiceContext, header: string[], body: string[][], { survey, groupColumn }: Pick<AttributeSheetOptions, 'survey' | 'groupColumn'>, fileName: string,
): PlannedColumn[] {
  const caseIndex = survey ? columnIndex(header, survey.caseColumn, fileName) : 0;
  const textIndexes = new Set(survey?.textColumns.map((name) => columnIndex(header, name, fileName)) ?? []);
  if (textIndexes.has(caseIndex)) {
    throw new AppError('sheetColumnTwice', `${header[caseIndex]} cannot both name the case and hold its text`, { column: header[caseIndex]! });
  }
  const groupIndex = groupColumn === null ? -1
    : groupColumn === undefined ? groupColumnIndex(header, body, listGroups(ctx.store).map((g) => g.name), new Set([caseIndex, ...textIndexes]))
    : columnIndex(header, groupColumn, fileName);
  if (groupIndex === caseIndex || textIndexes.has(groupIndex)) {
    throw new AppError('sheetColumnTwice', `${header[groupIndex]} cannot both give the group and name the case or hold its text`, { column: header[groupIndex]! });
  }
  const existing = attributes.listAttributes(ctx.store);
  return header.map((h, index): PlannedColumn => {
    if (index === caseIndex) return { header: h, index, role: 'case' };
    if (index === groupIndex) return { header: h, index, role: 'group' };
    if (textIndexes.has(index)) return { header: h, index, role: 'text' };
    const attribute = findByName(existing, h);
    if (attribute) return { header: h, index, role: 'attribute', type: attribute.type, existing: attribute };
    return { header: h, index, role: 'attribute', type: inferType(body.map((row) => row[index] ?? '')) };
  });
}

/** The user's types over the proposed ones; an existing attribute keeps its type (or is skipped). */
function applyTypes(columns: PlannedColumn[], types: Record<string, ColumnType>, fileName: string): PlannedColumn[] {
  for (const name of Object.keys(types)) {
    if (!columns.some((c) => c.role === 'attribute' && nameKey(c.header) === nameKey(name))) {
      throw new AppError('sheetColumnNotFound', `${fileName} has no attribute column named ${name}`, { file: fileName, column: name });
    }
  }
  return columns.map((column) => {
    const chosen = Object.entries(types).find(([name]) => nameKey(name) === nameKey(column.header))?.[1];
    if (chosen === undefined || column.role !== 'attribute' || chosen === column.type) return column;
    if (column.existing && chosen !== 'skip') {
      throw new AppError('attributeTypeFixed', `The attribute ${column.header} exists as ${column.existing.type}; its type cannot change on import`, {
        attribute: column.header, type: column.existing.type,
      });
    }
    return { ...column, type: chosen };
  });
}

/** An attribute column as sheet-attributes.ts takes it (skipped columns are left out before). */
function asAttribute(column: PlannedColumn): AttributeColumn {
  return { header: column.header, type: column.type as AttributeType, existing: column.existing };
}
