/**
 * How the spreadsheet dialog first reads a sheet, from the case table preview: as a case table
 * (a column per fact type, each becoming a code), an attribute sheet, or a survey. The dialog
 * shows the choice and the reason, and the user may pick another.
 */
import { nameKey } from './names.js';
import type { CaseTablePreview } from './sheets.js';

export type SheetReading =
  | { mode: 'caseTable' }
  /** `knownCases`: its first column names cases the project has; `values`: its columns hold a group and attributes. */
  | { mode: 'attributes'; reason: 'knownCases' | 'values' }
  /** Attributes and free text side by side: the text columns become documents, the rest attributes. */
  | { mode: 'survey'; textColumns: string[] };

/**
 * A header naming a code (Positive facts) keeps the sheet a case table, even when its cases'
 * names are taken: the seed study numbers each group's cases 1, 2, 3… A sheet whose first
 * column names cases the project has is their attributes. Otherwise the columns' looks decide:
 * none of free text, an attribute sheet (in a new project too: Группа, Профессия, Город are not
 * codes); free text beside a group or attributes, a survey; only free text, a case table.
 */
export function proposeSheetReading(preview: Pick<CaseTablePreview, 'columns' | 'sample'>, projectCaseNames: readonly string[]): SheetReading {
  if (preview.columns.some((c) => c.mapping.kind === 'code')) return { mode: 'caseTable' };
  const known = new Set(projectCaseNames.map(nameKey));
  const names = preview.sample.rows.map((row) => row[0] ?? '').filter((name) => name.trim() !== '');
  if (names.length > 0 && names.every((name) => known.has(nameKey(name)))) return { mode: 'attributes', reason: 'knownCases' };
  const text = preview.columns.filter((c) => c.looks === 'text').map((c) => c.header);
  if (text.length === 0) return { mode: 'attributes', reason: 'values' };
  if (text.length < preview.columns.length) return { mode: 'survey', textColumns: text };
  return { mode: 'caseTable' };
}
