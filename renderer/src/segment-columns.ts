/**
 * The segment table's columns: which the user has hidden and how wide they made the others (both
 * kept across reloads), and the grid's tracks for those shown. At 1400 px beside the side columns
 * every column but the quote sits at its minimum and cuts its words («Груп…», «Код…»): a column
 * can be widened by its edge, and what a study does not need (a single coder) hidden.
 */
import { storedPreference, storePreference } from './stored-preference.js';

export const segmentColumns = ['case', 'group', 'document', 'quote', 'codes', 'coder', 'date'] as const;
export type SegmentColumn = (typeof segmentColumns)[number];
/** The quote is what researchers read here: always shown. */
export const hideableColumns = segmentColumns.filter((c) => c !== 'quote');

/**
 * Every column but the date grows with the window in proportion, none below its minimum; the
 * quote takes most of what the others leave (about two fifths of the row at 1400 px, over half at
 * 1920 px). The date column fits a day in digits (the cell's title has the time).
 */
const TRACKS: Record<SegmentColumn, string> = {
  case: 'minmax(64px, 1fr)', group: 'minmax(72px, 1.2fr)', document: 'minmax(88px, 1.5fr)', quote: 'minmax(240px, 8fr)',
  codes: 'minmax(100px, 1.6fr)', coder: 'minmax(64px, 1fr)', date: '7.4em',
};

/** The quote takes what the others leave, and the date's track fits a day: neither is set by the user. */
export type ColumnWidths = Partial<Record<SegmentColumn, number>>;

export const COLUMN_MIN_PX = 48;
export const COLUMN_MAX_PX = 640;

export function gridTemplate(shown: readonly SegmentColumn[], widths: ColumnWidths = {}): string {
  return shown.map((column) => (widths[column] === undefined ? TRACKS[column] : `${widths[column]}px`)).join(' ');
}

/** A width within the limits, or none (the default track) for a column not to be set. */
export function withWidth(widths: ColumnWidths, column: SegmentColumn, width: number | null): ColumnWidths {
  const next = { ...widths };
  if (width === null || column === 'quote' || column === 'date') delete next[column];
  else next[column] = Math.round(Math.min(COLUMN_MAX_PX, Math.max(COLUMN_MIN_PX, width)));
  return next;
}

const KEY = 'casecoder.segmentTable.hiddenColumns';
const WIDTHS_KEY = 'casecoder.segmentTable.columnWidths';

export function storedHiddenColumns(): ReadonlySet<SegmentColumn> {
  const stored = storedPreference(KEY)?.split(',') ?? [];
  return new Set(hideableColumns.filter((column) => stored.includes(column)));
}

export function storeHiddenColumns(hidden: ReadonlySet<SegmentColumn>): void {
  storePreference(KEY, hidden.size === 0 ? null : [...hidden].join(','));
}

/** Widths kept from an earlier visit; anything else in storage (an old or edited value) is ignored. */
export function storedColumnWidths(): ColumnWidths {
  let stored: unknown;
  try {
    stored = JSON.parse(storedPreference(WIDTHS_KEY) ?? '{}');
  } catch {
    return {};
  }
  let widths: ColumnWidths = {};
  for (const column of hideableColumns) {
    const width = (stored as Record<string, unknown> | null)?.[column];
    if (typeof width === 'number' && Number.isFinite(width)) widths = withWidth(widths, column, width);
  }
  return widths;
}

export function storeColumnWidths(widths: ColumnWidths): void {
  storePreference(WIDTHS_KEY, Object.keys(widths).length === 0 ? null : JSON.stringify(widths));
}
