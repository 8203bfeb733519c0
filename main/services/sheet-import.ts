/**
 * What the three spreadsheet imports share: reading the file within the sheet limits, a few
 * sample rows for the preview, and finding each row's case by name within its group.
 */
import { nameKey } from '../../shared/names.js';
import { SheetCaseIndex, type SheetCase, type SheetCaseMatching } from '../../shared/sheet-cases.js';
import type { SheetImportReport } from '../../shared/sheets.js';
import * as cases from '../db/repos/cases.js';
import type { WriteStore } from '../db/store.js';
import { ImportRefusal } from '../import/refusal.js';
import type { Sheet } from '../import/sheet.js';
import { readSheetInWorker } from '../import/worker-client.js';
import { ensureGroup } from './cases.js';
import type { ServiceContext } from './context.js';

const SAMPLE_ROWS = 5;
/** Sample cells are cut here: the preview shows what a column holds, not whole answers. */
const SAMPLE_CELL_CHARS = 200;

export interface SheetReadOptions {
  /** The built worker entry, for tests that run the TypeScript sources. */
  workerUrl?: URL | undefined;
}

/**
 * The sheet, read in the import worker (time and heap capped, the window never blocked), or
 * the refusal (which names the limit crossed) thrown before anything is written.
 */
export async function readSheetOrRefuse(fileName: string, bytes: Uint8Array, options: SheetReadOptions = {}): Promise<Sheet> {
  const result = await readSheetInWorker(fileName, bytes, options.workerUrl ? { workerUrl: options.workerUrl } : {});
  if (!result.ok) throw new ImportRefusal(result.refusal.reason, result.refusal.message, result.refusal.params);
  return result.sheet;
}

export function sampleOf(rows: string[][]): { header: string[]; rows: string[][] } {
  const cut = (row: string[]) => row.map((cell) => (cell.length > SAMPLE_CELL_CHARS ? `${cell.slice(0, SAMPLE_CELL_CHARS)}…` : cell));
  return { header: cut(rows[0] ?? []), rows: rows.slice(1, 1 + SAMPLE_ROWS).map(cut) };
}

/** What a preview says of the sheet's encoding: a CSV's, and whether it was a guess. */
export function encodingOf(sheet: Sheet): { encoding?: string; encodingUnsure?: boolean } {
  if (!sheet.encoding) return {};
  return { encoding: sheet.encoding, encodingUnsure: sheet.warnings.some((w) => w.code === 'encodingUnsure') };
}

export function emptyReport(sheet: Sheet): SheetImportReport {
  return {
    casesCreated: 0, casesMatched: 0, documentsCreated: 0, documentsSkipped: 0, segmentsCreated: 0, attributesCreated: 0, valuesSet: 0,
    ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
    warnings: [...sheet.warnings],
  };
}

/**
 * Finds rows' cases by name within their group (a case's name is unique there), or ungrouped and
 * put into the row's group, or by the number in their name when asked (SheetCaseIndex), creating
 * the missing ones; each case is counted once as created or matched, however many rows name it.
 */
export function caseFinder(
  store: WriteStore, report: SheetImportReport, matching: SheetCaseMatching,
): (name: string, groupId: number | null) => number {
  const index = new SheetCaseIndex(cases.listCases(store), { byNumber: matching.byNumber });
  const counted = new Set<number>();
  return (name, groupId) => {
    const found = index.find(name, groupId);
    if (!found) {
      const id = cases.insertCase(store, name, groupId);
      index.add(name, groupId, id);
      counted.add(id);
      report.casesCreated++;
      return id;
    }
    if (found.grouped) cases.setCaseGroup(store, found.id, groupId);
    if (!counted.has(found.id)) report.casesMatched++;
    counted.add(found.id);
    return found.id;
  };
}

/**
 * The id of the group a row's cell names: the project's group the user mapped it onto (by the
 * cell's nameKey, sheet-group-map.ts), else found or made once per name (capitals aside) for the
 * whole import.
 */
export function groupFinder(ctx: ServiceContext, mapped: ReadonlyMap<string, number>): (name: string) => number {
  const ids = new Map(mapped);
  return (name) => {
    const key = nameKey(name);
    if (!ids.has(key)) ids.set(key, ensureGroup(ctx, name).id);
    return ids.get(key)!;
  };
}

/** The distinct cases of a preview, in row order: one per name and Group cell. */
export function distinctCases(rows: SheetCase[]): SheetCase[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${nameKey(row.group ?? '')}\u0000${nameKey(row.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
