/**
 * `casecoder import --case-table | --attributes | --survey`: the spreadsheet branches of the
 * import command, one per mode, each onto its sheets.* method.
 */
import type { ColumnType, GroupMap, SheetImportReport } from '../../shared/sheets.js';
import { caseTableGroup, columnTypes } from '../../shared/sheets.js';
import { UsageError } from './args.js';
import type { Words } from '../../shared/i18n/error-text.js';
import { counted, warningMessage } from './messages.js';
import type { Call } from './call.js';

export interface SheetOptions {
  caseTable: boolean;
  attributes: boolean;
  survey: boolean;
  caseColumn: string | undefined;
  textColumns: string | undefined;
  types: string | undefined;
  caseName: string | undefined;
  groupName: string | undefined;
  byNumber: boolean;
  /** --map-group SHEET=GROUP, each as given. */
  groupMap: string[];
}

type SheetImporter = (call: Call, fileName: string, content: Uint8Array) => Promise<{ summary: string; warnings: string[]; failed?: boolean }>;

/** The importer for a spreadsheet mode, or undefined when no spreadsheet flag is given. */
export function sheetImporterFor(options: SheetOptions, words: Words): SheetImporter | undefined {
  const modes = [options.caseTable && '--case-table', options.attributes && '--attributes', options.survey && '--survey'].filter((m) => m !== false);
  if (modes.length > 1) throw new UsageError('excludeEachOther', { first: modes[0]!, second: modes[1]! });
  if (modes.length === 0) {
    if (options.caseColumn !== undefined || options.textColumns !== undefined) throw new UsageError('surveyColumnsNeedSurvey');
    if (options.types !== undefined) throw new UsageError('typesNeedMode');
    if (options.byNumber) throw new UsageError('byNumberNeedsSheet');
    if (options.groupMap.length > 0) throw new UsageError('mapGroupNeedsSheet');
    return undefined;
  }
  if (options.caseName !== undefined) throw new UsageError('caseNotForSheet', { mode: modes[0]! });
  const { groupName, byNumber } = options;
  // The import checks the groups named against the sheet's and the project's, before it writes.
  const groupMap = parseGroupMap(options.groupMap);
  if (options.caseTable) {
    if (options.types !== undefined) throw new UsageError('typesNotForCaseTable');
    // Columns no code matches become codes of a framework named as the app names it.
    const columnFramework = words.t('import.columnFramework');
    const tableCoder = words.t('import.tableCoder');
    return async (call, fileName, content) => {
      // As the app's dialog: with no group given and no column giving the rows' groups, the
      // table's cases go to a group named after its file, not among cases of no group, which
      // another table's 1, 2, 3… would be matched to. Said on stderr, as --group changes it.
      const defaultGroup = groupName === undefined ? caseTableGroup(fileName) : undefined;
      const report = await call('sheets.importCaseTable', { fileName, content, groupName, defaultGroup, columnFramework, tableCoder, byNumber, groupMap });
      const described = describeSheet(words, report);
      if (report.defaultGroup !== undefined) described.warnings.unshift(words.t('commandLineResults.tableGroup', { group: report.defaultGroup }));
      return described;
    };
  }
  const types = parseTypes(options.types);
  let survey: { caseColumn: string; textColumns: string[] } | undefined;
  if (options.survey) {
    const textColumns = (options.textColumns ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    if (options.caseColumn === undefined || textColumns.length === 0) throw new UsageError('surveyNeedsColumns');
    survey = { caseColumn: options.caseColumn, textColumns };
  } else if (options.caseColumn !== undefined || options.textColumns !== undefined) {
    throw new UsageError('surveyColumnsNeedSurvey');
  }
  return async (call, fileName, content) => describeSheet(words, await call('sheets.importAttributes', { fileName, content, groupName, survey, types, byNumber, groupMap }));
}

/** "Age=number,Region=skip" as a record of column types. */
function parseTypes(text: string | undefined): Record<string, ColumnType> | undefined {
  if (text === undefined) return undefined;
  const types: Record<string, ColumnType> = {};
  for (const part of text.split(',').filter((p) => p.trim())) {
    const [column, type] = part.split('=').map((s) => s.trim());
    if (!column || !(columnTypes as readonly string[]).includes(type ?? '')) {
      throw new UsageError('typesPairs', { types: columnTypes.join(', '), got: part.trim() });
    }
    types[column] = type as ColumnType;
  }
  return types;
}

/** "Programmers=Бағдарламашылар", each split at its first =; undefined for none. */
function parseGroupMap(pairs: readonly string[]): GroupMap | undefined {
  if (pairs.length === 0) return undefined;
  return pairs.map((pair) => {
    const at = pair.indexOf('=');
    const from = pair.slice(0, at).trim();
    const to = pair.slice(at + 1).trim();
    if (at < 0 || !from || !to) throw new UsageError('mapGroupPairs', { got: pair.trim() });
    return { from, to };
  });
}

function describeSheet(words: Words, report: SheetImportReport): { summary: string; warnings: string[] } {
  const made = [counted(words, 'case', report.casesCreated), counted(words, 'document', report.documentsCreated)];
  if (report.segmentsCreated) made.push(counted(words, 'segment', report.segmentsCreated));
  const parts = [words.t('commandLineResults.sheetCreated', { counts: made.join(', ') })];
  if (report.casesMatched) parts.push(words.t('commandLineResults.casesMatched', { cases: counted(words, 'case', report.casesMatched) }));
  if (report.attributesCreated || report.valuesSet) {
    parts.push(words.t('commandLineResults.valuesSet', { attributes: counted(words, 'newAttribute', report.attributesCreated), values: counted(words, 'value', report.valuesSet) }));
  }
  if (report.documentsSkipped) parts.push(words.t('commandLineResults.cellsSkipped', { cells: counted(words, 'cell', report.documentsSkipped) }));
  return { summary: `${parts.join(', ')}${report.encoding ? ` (${report.encoding})` : ''}`, warnings: report.warnings.map((w) => warningMessage(words, w)) };
}
