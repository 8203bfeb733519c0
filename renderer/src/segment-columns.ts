/**
 * The segment table's columns: which the user has hidden and how wide they made the others (both
 * kept across reloads), and the grid's tracks for those shown. Each name column (case, group,
 * document, codes, coder) is as wide as the longest of its texts on the first page shown, within
 * limits, and the quote takes the rest. In proportional tracks they cut their words even at
 * 1920 px («Предпри…», «Негативное, Эк…») while the quote had room to spare. Where the pane is
 * too narrow for all the names and two fifths of the row for the quote, the longest names are cut
 * to one width (nameCap), none below its head's: the quote is what researchers read here, and
 * with a quarter it showed 25 characters at 1440 px in Russian («There are quite a lot of R…»).
 * Kept whole, names ran the coder and the date past the pane's right edge at 1400 px in English;
 * cut, each says itself whole on hover. Where even the heads leave the quote less than two
 * fifths it takes what they leave, down to a quarter; only a pane too narrow for that scrolls
 * sideways. A column can be narrowed or widened by its edge, and hidden; the coder's is hidden
 * until shown while the project has one coder, whose name it would say on every row. Codes cut
 * to one line were not read at a glance («Негативное, Полити…» at 1920 px): the names are also
 * fitted to two and three lines, which rows of that height show (segment-row-lines.ts).
 */
import { storedPreference, storePreference } from './stored-preference.js';

export const segmentColumns = ['case', 'group', 'document', 'quote', 'codes', 'coder', 'date'] as const;
export type SegmentColumn = (typeof segmentColumns)[number];
/** The quote is what researchers read here: always shown. */
export const hideableColumns = segmentColumns.filter((c) => c !== 'quote');

/** The columns fitted to their texts: all but the quote, which takes the rest, and the date, which fits a day. */
export const fittedColumns = ['case', 'group', 'document', 'codes', 'coder'] as const;
export type FittedColumn = (typeof fittedColumns)[number];

/** The date's track, in ems of the grid's font: a day in digits. */
export const DATE_EM = 7.4;

/**
 * Until their texts are measured, every column but the date grows with the window in proportion,
 * none below its least width. The date column fits a day in digits (the cell's title has the time).
 */
const TRACKS: Record<SegmentColumn, string> = {
  case: 'minmax(64px, 1fr)', group: 'minmax(72px, 1.2fr)', document: 'minmax(88px, 1.5fr)', quote: 'minmax(240px, 8fr)',
  codes: 'minmax(100px, 1.6fr)', coder: 'minmax(64px, 1fr)', date: `${DATE_EM}em`,
};
const LEAST_PX: Record<FittedColumn, number> = { case: 64, group: 72, document: 88, codes: 100, coder: 64 };
/** Beside fitted columns the quote takes what they leave, never under a quarter of the row nor this. */
const QUOTE_LEAST_PX = 200;
const QUOTE_SHARE = 0.25;
/** The share of the row the names are cut to leave the quote, their heads permitting. */
const QUOTE_WANTED_SHARE = 0.4;
/** How much more of the quote rows of several lines show than one line at its share and least. */
const QUOTE_WRAPPED_GAIN = 1.5;

/**
 * The quote's wanted share of rows of `lines` lines, and its least, in pixels and as a share of
 * the row. Across two or three lines each is less, the quote still showing half as much again as
 * on one (segment-row-lines.ts): the codes and names take the rest.
 */
export function quoteRoom(lines: number): { wanted: number; leastPx: number; least: number } {
  const scale = lines === 1 ? 1 : QUOTE_WRAPPED_GAIN / lines;
  return { wanted: QUOTE_WANTED_SHARE * scale, leastPx: Math.round(QUOTE_LEAST_PX * scale), least: QUOTE_SHARE * scale };
}

/** The quote's wanted width in a row `rowPx` wide of `lines` lines. */
export const quoteWantedPx = (rowPx: number, lines: number): number => Math.max(quoteRoom(lines).leastPx, rowPx * quoteRoom(lines).wanted);

/** The quote takes what the others leave, and the date's track fits a day: neither is set by the user. */
export type ColumnWidths = Partial<Record<SegmentColumn, number>>;

/** The most lines a row of the segment table takes, for codes that one line cuts. */
export const MAX_ROW_LINES = 3;

/** The width a column's texts need in so many lines (`need`), and the width fitted to it within the limits (`px`). */
export interface LinesFit {
  need: number;
  px: number;
}

/**
 * A name column's measured widths: its head's, the least it is squeezed to, and its longest
 * text's, the most it takes; also in 1…MAX_ROW_LINES lines (`lines`), and its longest word's
 * (`word`: narrower, its texts are cut rather than broken inside a word), where measured so.
 */
export interface Fit {
  head: number;
  text: number;
  lines?: readonly LinesFit[];
  word?: number;
}
/**
 * The fitted tracks: the name columns, and the codes' with the segment's coders after its codes,
 * where the coder's column is folded into it (segment-row-lines.ts, rowLayout).
 */
export type FittedTrack = FittedColumn | 'codesAndCoders';
export type Fits = Partial<Record<FittedTrack, Fit>>;

export const COLUMN_MIN_PX = 48;
export const COLUMN_MAX_PX = 640;
/** The widest a column's texts make it: a long document name is cut rather than crowd out the quote. */
export const FITTED_MAX_PX = 280;
/**
 * The widest the codes make their column where a page names their coders («Негативное, Политические
 * (Анна), Правовые (Ирина)»): who applied which is what a team reads there, and at 280 px even a
 * 1920 px window showed «Негативное, Полити…». A page of one coder's codes keeps FITTED_MAX_PX on
 * one line; on two or three, where the quote's share is less (segment-row-lines.ts), this too:
 * at 280 px three long codes took a fourth line.
 */
export const CODES_WITH_CODERS_MAX_PX = 440;

const fitOf = (fitted: Fits, column: SegmentColumn): Fit | undefined => (column === 'quote' || column === 'date' ? undefined : fitted[column]);

/**
 * The tracks: a width the user set, else one fitted to the column's texts (`fitted`) and no wider
 * than `cap` (nameCap's) unless its head needs it, else the proportional default; the quote's
 * least that of rows of `lines` lines.
 */
export function gridTemplate(shown: readonly SegmentColumn[], widths: ColumnWidths = {}, fitted: Fits = {}, cap = Infinity, lines = 1): string {
  const anyFitted = shown.some((column) => fitOf(fitted, column) !== undefined);
  const { leastPx, least } = quoteRoom(lines);
  return shown.map((column) => {
    if (widths[column] !== undefined) return `${widths[column]}px`;
    if (column === 'quote') return anyFitted ? `minmax(max(${leastPx}px, ${least * 100}%), 1fr)` : TRACKS.quote;
    const fit = fitOf(fitted, column);
    // Down to its head where the pane is narrower than the cap reckoned (the grid takes that room from each alike).
    return fit === undefined ? TRACKS[column] : `minmax(${fit.head}px, ${capped(fit, cap)}px)`;
  }).join(' ');
}

/** How wide a fitted column is drawn under `cap` (nameCap's), if the pane has room for the heads. */
export const capped = (fit: Fit, cap: number) => Math.min(fit.text, Math.max(fit.head, cap));

/**
 * The widest a name column is drawn in a row `rowPx` wide, whose date track is `datePx`: where the
 * names' texts and the quote's wanted share do not fit, the longest names are cut to one width, so the
 * short ones (a coder, a case) stay whole. Shared out by the grid alone, in equal steps from each
 * head's width, the coder was cut at 1366 px and the codes went down to «Positiv…» in Russian.
 * No cap (Infinity) where every name fits. The quote's share is that of rows of `lines` lines.
 */
export function nameCap(shown: readonly SegmentColumn[], widths: ColumnWidths, fitted: Fits, rowPx: number, datePx: number, lines = 1): number {
  const fits: Fit[] = [];
  let room = rowPx - quoteWantedPx(rowPx, lines);
  for (const column of shown) {
    const fit = fitOf(fitted, column);
    if (widths[column] !== undefined) room -= widths[column];
    else if (column === 'date') room -= datePx;
    else if (fit) fits.push(fit);
  }
  const drawn = (cap: number) => fits.reduce((sum, fit) => sum + capped(fit, cap), 0);
  if (drawn(Infinity) <= room) return Infinity;
  // The widest cap whose columns fit the room, to the pixel: drawn() grows with the cap.
  let [low, high] = [0, fits.reduce((widest, fit) => Math.max(widest, fit.text), 0)];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (drawn(middle) <= room) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The least width of the rows: every track at its least (gridTemplate's), a fitted column at its
 * head's width, a width set at it (the user's, or the codes' in the rows' layout,
 * segment-row-lines.ts). Narrower than this the tracks run past the row, so rows and head are
 * kept this wide and the list scrolls sideways (a row's hover and border, and the head, had
 * stopped at the pane's edge). Without the codes' width, the rows drawn for a wider pane ran past
 * their boxes as the pane narrowed, and as no box changed size when they were drawn anew the fade
 * of a list with more to the right stayed (more-to-the-right.ts).
 */
export function gridMinWidth(shown: readonly SegmentColumn[], widths: ColumnWidths = {}, fitted: Fits = {}, lines = 1): string {
  const others = shown.filter((column) => column !== 'quote').map((column) => {
    if (widths[column] !== undefined) return `${widths[column]}px`;
    if (column === 'date') return TRACKS.date;
    return `${fitOf(fitted, column)?.head ?? LEAST_PX[column as FittedColumn]}px`;
  });
  const rest = others.length > 0 ? `(${others.join(' + ')})` : '0px';
  // Beside fitted columns the quote's least is its least share of the row (a quarter of a row of one line: a third of the others' least).
  const { leastPx, least } = quoteRoom(lines);
  const quote = shown.some((column) => fitOf(fitted, column) !== undefined) ? `max(${leastPx}px, ${rest} / ${Number(((1 - least) / least).toFixed(4))})` : '240px';
  return `calc(${rest} + ${quote})`;
}

/** A width within the limits, or none (the default track) for a column not to be set. */
export function withWidth(widths: ColumnWidths, column: SegmentColumn, width: number | null): ColumnWidths {
  const next = { ...widths };
  if (width === null || column === 'quote' || column === 'date') delete next[column];
  else next[column] = Math.round(Math.min(COLUMN_MAX_PX, Math.max(COLUMN_MIN_PX, width)));
  return next;
}

/** A name column's head and the texts of its cells, and how wide each is drawn, padding included. */
export interface ColumnTexts {
  heads: Record<FittedColumn, string>;
  cells: Record<FittedColumn, Iterable<string>>;
  headPx(text: string): number;
  cellPx(text: string): number;
  /** What a head's sort arrow adds to it. */
  arrowPx: number;
  /** Whether the codes' texts name coders (CODES_WITH_CODERS_MAX_PX). */
  codesNameCoders?: boolean;
  /**
   * The widest of a track's cells drawn in at most so many lines, padding (and the codes' memo
   * marks) included: where given, the columns are fitted to 1…MAX_ROW_LINES lines by it, and so is
   * the codes' track with the coders after the codes. In any number of lines (Infinity), the
   * widest word.
   */
  wrappedPx?(track: FittedTrack, lines: number): number;
}

/**
 * The width each name column's head needs, and the width it needs for the longest of its texts
 * and its head with a sort arrow, within limits; never narrower than `before`, so a filter that
 * leaves shorter names does not make the columns jump. The least leaves the arrow out: with it the
 * Russian heads alone were wider than the pane at 1366 px, and only a sorted head squeezed that far
 * loses its arrow (aria-sort still says how it is sorted).
 */
export function fittedWidths({ heads, cells, headPx, cellPx, arrowPx, codesNameCoders = false, wrappedPx }: ColumnTexts, before: Fits = {}): Fits {
  const fits: Fits = {};
  const within = (px: number, most = FITTED_MAX_PX) => Math.min(most, Math.ceil(px));
  const headOf = (column: FittedColumn) => Math.max(within(headPx(heads[column])), before[column]?.head ?? 0);
  /** A track fitted to its cells in 1…MAX_ROW_LINES lines, between `head` (its sort arrow added) and `most(lines)`. */
  const inLines = (track: FittedTrack, head: number, least: number, most: (lines: number) => number, measured: (track: FittedTrack, lines: number) => number): Fit => {
    const lines: LinesFit[] = [];
    for (let n = 1; n <= MAX_ROW_LINES; n++) {
      const earlier = before[track]?.lines?.[n - 1];
      const need = Math.max(Math.ceil(measured(track, n)), earlier?.need ?? 0);
      lines.push({ need, px: Math.max(within(Math.max(least, head + arrowPx, need), most(n)), earlier?.px ?? 0) });
    }
    const word = Math.max(Math.ceil(measured(track, Infinity)), before[track]?.word ?? 0);
    return { head, text: Math.max(lines[0]!.px, before[track]?.text ?? 0), lines, word };
  };
  for (const column of fittedColumns) {
    const head = headOf(column);
    const most = (lines: number) => (column === 'codes' && (codesNameCoders || lines > 1) ? CODES_WITH_CODERS_MAX_PX : FITTED_MAX_PX);
    if (wrappedPx) {
      fits[column] = inLines(column, head, LEAST_PX[column], most, wrappedPx);
      continue;
    }
    let widest = 0;
    for (const text of new Set(cells[column])) widest = Math.max(widest, cellPx(text));
    fits[column] = { head, text: Math.max(within(Math.max(LEAST_PX[column], head + arrowPx, widest), most(1)), before[column]?.text ?? 0) };
  }
  // The codes and their coders in one track: as wide as the wider head, and named coders' limit.
  if (wrappedPx) fits.codesAndCoders = inLines('codesAndCoders', Math.max(headOf('codes'), headOf('coder')), LEAST_PX.codes, () => CODES_WITH_CODERS_MAX_PX, wrappedPx);
  return fits;
}

const KEY = 'casecoder.segmentTable.hiddenColumns';
const SHOWN_KEY = 'casecoder.segmentTable.shownColumns';
const WIDTHS_KEY = 'casecoder.segmentTable.columnWidths';

/** The columns the user hid and those the user showed, of those hidden unless shown (the coder's). */
export interface ColumnChoices {
  hidden: ReadonlySet<SegmentColumn>;
  shown: ReadonlySet<SegmentColumn>;
}

/** The columns hidden: those the user hid, and the coder's in a one-coder project unless the user showed it. */
export function hiddenColumns(choices: ColumnChoices, coderCount: number): ReadonlySet<SegmentColumn> {
  if (coderCount !== 1 || choices.shown.has('coder')) return choices.hidden;
  return new Set([...choices.hidden, 'coder']);
}

/** The choices after the user ticked or unticked a column in the Columns menu. */
export function toggledColumn(choices: ColumnChoices, column: SegmentColumn, coderCount: number): ColumnChoices {
  const hidden = new Set(choices.hidden);
  const shown = new Set(choices.shown);
  if (hiddenColumns(choices, coderCount).has(column)) {
    hidden.delete(column);
    shown.add(column);
  } else {
    hidden.add(column);
    shown.delete(column);
  }
  return { hidden, shown };
}

const storedSet = (key: string) => {
  const stored = storedPreference(key)?.split(',') ?? [];
  return new Set(hideableColumns.filter((column) => stored.includes(column)));
};
const storeSet = (key: string, columns: ReadonlySet<SegmentColumn>) => storePreference(key, columns.size === 0 ? null : [...columns].join(','));

export function storedColumnChoices(): ColumnChoices {
  return { hidden: storedSet(KEY), shown: storedSet(SHOWN_KEY) };
}

export function storeColumnChoices(choices: ColumnChoices): void {
  storeSet(KEY, choices.hidden);
  storeSet(SHOWN_KEY, choices.shown);
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
