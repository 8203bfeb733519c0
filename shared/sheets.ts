/**
 * What the spreadsheet imports (case table, attribute sheet, survey) preview and take: the
 * proposed meaning of each column, which the user may change before anything is written.
 */
import { z } from 'zod';
import { attributeTypes, ImportWarning } from './entities.js';

/**
 * The framework that receives the codes made for a case table's columns that no code matches.
 * The app names it in the user's language (`columnFramework`); this is the name otherwise.
 */
export const DEFAULT_COLUMN_FRAMEWORK = 'Case table columns';

/**
 * Where a case table's column goes: an existing code, a new code of that name, nowhere,
 * (one column at most) each row's group, as an attribute sheet's Group column gives it, or a
 * case attribute named by the column's header, of that type (short values such as a city or a
 * profession are the case's facts, not spans to code).
 */
export const ColumnMapping = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('code'), codeId: z.number().int().positive() }),
  z.object({ kind: z.literal('new'), name: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('group') }),
  z.object({ kind: z.literal('attribute'), type: z.enum(attributeTypes) }),
]);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** The sheet's header row and a few first rows under it, so the user sees what the columns hold. */
const sample = z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) });

/** How a CSV's bytes were read (absent for XLSX), and whether that was a guess to check. */
const textEncoding = { encoding: z.string().optional(), encodingUnsure: z.boolean().optional() };

/**
 * The distinct cases the rows name, in row order, each with the group its row's Group cell
 * gives (absent: the import's group applies), so the dialog can say which exist and which the
 * import makes (sheet-cases.ts) as the user picks the group.
 */
const sheetCases = z.array(z.object({ name: z.string(), group: z.string().optional() }));

/**
 * What a column looks like by its header and values (main/import/column-looks.ts): the cases'
 * group, an attribute (numbers, dates, yes/no, short values), or free text (answers, facts).
 */
export const columnLooks = ['group', 'attribute', 'text'] as const;
export const ColumnLook = z.enum(columnLooks);
export type ColumnLook = z.infer<typeof ColumnLook>;

export const CaseTablePreview = z.object({
  caseColumn: z.string(),
  /** One per column after the case column, in order; `looks` says how the dialog may read the sheet instead. */
  columns: z.array(z.object({ header: z.string(), mapping: ColumnMapping, looks: ColumnLook })),
  sample,
  rowCount: z.number().int(),
  cases: sheetCases,
  ...textEncoding,
});
export type CaseTablePreview = z.infer<typeof CaseTablePreview>;

/** A column's type as an attribute, or "skip" to leave it out. */
export const columnTypes = [...attributeTypes, 'skip'] as const;
export const ColumnType = z.enum(columnTypes);
export type ColumnType = z.infer<typeof ColumnType>;

export const columnRoles = ['case', 'group', 'text', 'attribute'] as const;

export const AttributeSheetPreview = z.object({
  columns: z.array(
    z.object({
      header: z.string(),
      role: z.enum(columnRoles),
      /** For attribute columns: the type inferred from the values (or the existing attribute's). */
      type: ColumnType.optional(),
      /** True when an attribute of that name exists already; its type is then kept. */
      existing: z.boolean().optional(),
    }),
  ),
  sample,
  rowCount: z.number().int(),
  cases: sheetCases,
  ...textEncoding,
});
export type AttributeSheetPreview = z.infer<typeof AttributeSheetPreview>;

/** A survey: which column names the respondent, which columns hold answers to read as documents. */
export const SurveyColumns = z.object({
  caseColumn: z.string().trim().min(1).max(500),
  textColumns: z.array(z.string().trim().min(1).max(500)).min(1).max(1000),
});
export type SurveyColumns = z.infer<typeof SurveyColumns>;

/**
 * The column that gives each row's group, as the user chose it: a header, or null for none.
 * Left out, the services find it (a Group/Группа/Топ header, else the project's group names).
 */
export const GroupColumn = z.string().trim().min(1).max(500).nullable();
export type GroupColumn = z.infer<typeof GroupColumn>;

/**
 * The sheet's groups put into groups of the project, as the user chose them: `from` as the
 * sheet's group cells name it (capitals and spaces aside), `to` a group the project has. A
 * sheet's group left out is the project's group of that name, or a new one, as before: a
 * sheet written in English (Programmers) thus fills the project's Бағдарламашылар.
 */
export const GroupMap = z.array(z.object({ from: z.string().trim().min(1).max(500), to: z.string().trim().min(1).max(500) })).max(1000);
export type GroupMap = z.infer<typeof GroupMap>;

export const SheetImportReport = z.object({
  casesCreated: z.number().int(),
  casesMatched: z.number().int(),
  documentsCreated: z.number().int(),
  /** Cells whose text is already a document of their case: not imported again. */
  documentsSkipped: z.number().int(),
  segmentsCreated: z.number().int(),
  attributesCreated: z.number().int(),
  valuesSet: z.number().int(),
  encoding: z.string().optional(),
  warnings: z.array(ImportWarning),
  /** The case table's rows went to the import's default group, named here: no column gave their groups. */
  defaultGroup: z.string().optional(),
});
export type SheetImportReport = z.infer<typeof SheetImportReport>;

export type SheetFormat = 'csv' | 'xlsx';

/**
 * Bytes of a table file an import reads at most, CSV and XLSX alike (main/import/limits.ts); the
 * import dialog refuses a larger one before sending it.
 */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

/** How a file is read as a table, by its extension (.tsv as CSV); null: it is no table CaseCoder reads. */
export function sheetFormat(fileName: string): SheetFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'tsv' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
}

/**
 * The group a case table's rows go to when no column gives theirs and none is typed: its file's
 * name (Programmers.csv: Programmers), as the import dialog proposes and `casecoder import` takes.
 * Without it a second table numbering its cases 1, 2, 3… would add to the first one's cases.
 */
export function caseTableGroup(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/** How a case is named where its group's list is not around it: "Entrepreneurs · 4". */
export function caseLabel(caseName: string, groupName: string | null | undefined): string {
  return groupName ? `${groupName} · ${caseName}` : caseName;
}

/**
 * Cases named in a list of names alone (a QCA solution's cases): a name that two of them share
 * (each group's cases numbered 1…n) with its group, every other name as it is.
 */
export function distinctCaseNames<C extends { name: string; groupId: number | null }>(
  cases: readonly C[], groups: readonly { id: number; name: string }[],
): Map<C, string> {
  const uses = new Map<string, number>();
  for (const c of cases) uses.set(c.name, (uses.get(c.name) ?? 0) + 1);
  const groupName = (id: number | null) => groups.find((g) => g.id === id)?.name;
  return new Map(cases.map((c) => [c, uses.get(c.name)! > 1 ? caseLabel(c.name, groupName(c.groupId)) : c.name]));
}
