/**
 * How many lines the segment table's rows take. One, where every code of the first page fits
 * its column on one line; else two, or three, as few as show the codes whole, every text but the
 * date then wrapping. Every row is as tall as the others: the list is virtualized by index (a
 * row's place is its index times the height), which rows of their own heights would break as
 * pages load. The names are fitted to that many lines, which leaves more of the row to the
 * codes, and so does the quote: across two or three lines it shows half as much again as on one,
 * in less of the row (segment-columns.ts, quoteRoom). «Негативное, Полити…» was what a 1920 px
 * window showed of a team's codes beside a quote of one line, and the demo's «Позитивное,
 * Технологические» read «Позит…» at 1366 px, cut alike with «Предприниматели». Where the codes
 * are not whole beside the coder's column, the coders follow the codes in their cell instead
 * (rowLayout): beside the search or memo drawer the coder's head alone took 119 of a team's
 * 572 px, and the codes were cut to «Нег…» on one line.
 */
import { capped, fittedColumns, MAX_ROW_LINES, nameCap, quoteWantedPx, type ColumnWidths, type Fit, type FittedColumn, type Fits, type FittedTrack, type SegmentColumn } from './segment-columns.js';

/**
 * A cell's line (styles.css, .body-row .cell's line-height), and a row of one line: the line, the
 * cell's padding (4 px above and below) and the row's border. Rows of 18 px lines and 7 px
 * padding were 70 px tall in three lines: a 1366×768 screen showed 8 of them.
 */
export const LINE_PX = 17;
const ONE_LINE_PX = 26;

export const rowHeight = (lines: number): number => ONE_LINE_PX + (lines - 1) * LINE_PX;

export interface RowLayout {
  lines: number;
  /** The fits to draw the tracks with: the names' at that many lines. */
  fitted: Fits;
  /** The widths to draw the tracks with: the user's, and the codes' where they come first. */
  widths: ColumnWidths;
  /** nameCap's for those fits and widths and the quote's share at that many lines. */
  cap: number;
  /** The name columns drawn narrower than a word of theirs: kept on one line and cut, as a word broken in two read badly («Програ / ммисты»). */
  unbroken: FittedColumn[];
  /** The columns drawn as tracks: those shown, but the group's where it is stacked. */
  columns: readonly SegmentColumn[];
  /** Whether each row's group is drawn on the line under its case, in the case's track (stackedFit). */
  stacked: boolean;
  /** Whether each row's coders follow its codes, in the codes' track (rowLayout). */
  folded: boolean;
}

/** The fits of names drawn in so many lines: each as wide as its texts need in them. */
function fitsInLines(fitted: Fits, lines: number): Fits {
  if (lines === 1) return fitted;
  const fits: Fits = {};
  for (const [column, fit] of Object.entries(fitted) as [FittedTrack, NonNullable<Fits[FittedTrack]>][]) {
    fits[column] = fit.lines ? { ...fit, text: fit.lines[lines - 1]!.px } : fit;
  }
  return fits;
}

/** How wide a fitted column is drawn in a layout. */
const drawn = (column: FittedColumn, { widths, fitted, cap }: RowLayout) => widths[column] ?? capped(fitted[column]!, cap);

/** Whether a fitted column's texts are drawn whole in a layout. */
const whole = (column: FittedColumn, layout: RowLayout) => {
  const fit = layout.fitted[column]!;
  return drawn(column, layout) >= (fit.lines?.[layout.lines - 1]?.need ?? fit.text);
};

/**
 * How much of the codes a layout's codes track shows, `codes` being their own fit (in a track
 * that folds the coders' they come first and take the lines they take alone): 2 whole, 1 broken
 * between words over its lines and cut after the last (rows of more than one line never break a
 * word of theirs), 0 cut on one line.
 */
function codesShown(layout: RowLayout, codes: Fit): number {
  if (drawn('codes', layout) >= codes.lines![layout.lines - 1]!.need) return 2;
  return layout.lines > 1 ? 1 : 0;
}

/**
 * placedLayout's, the coder's column its own; or, where that does not show the codes whole, the
 * coders after the codes in their track if that shows more of the codes (codesShown). The coders
 * then give way first: a cell cut after its last line cuts them before a code. The column said
 * little the codes do not, as they name a code's coders where the segment's differ
 * (codes-by-coder.ts), and its head «Кодировщик» alone took 119 of the 572 px the list had at
 * 1366 px beside the search drawer: the codes were cut to «Нег…» on one line, where one coder's
 * wrapped whole. A width the user set for the coder's column keeps it apart.
 */
export function rowLayout(shown: readonly SegmentColumn[], widths: ColumnWidths, fitted: Fits, rowPx: number, datePx: number): RowLayout {
  const apart = placedLayout(shown, widths, fitted, rowPx, datePx);
  const { codes, codesAndCoders, coder: _, ...names } = fitted;
  if (!shown.includes('codes') || !shown.includes('coder') || widths.coder !== undefined || !codes?.lines || !codesAndCoders?.lines) return apart;
  // The codes' own fit, not the track's: the coders after them may be cut, the codes not.
  if (codesShown(apart, codes) === 2) return apart;
  const folded = placedLayout(shown.filter((column) => column !== 'coder'), widths, { ...names, codes: codesAndCoders }, rowPx, datePx, codes);
  return codesShown(folded, codes) > codesShown(apart, codes) ? { ...folded, folded: true } : apart;
}

/**
 * The fewest lines, up to MAX_ROW_LINES, at which the codes are drawn whole in a row `rowPx`
 * wide whose date track is `datePx` (a width the user set ruling), and the tracks at that many:
 * with the names cut alike if that shows them whole, else with the codes first, the names they
 * cut alike cut further, down to their heads if need be, and those they kept whole kept so (a
 * short case or coder: «Farida» was cut). Fewer lines show more rows: the demo's
 * «Бағдарламашылар» whole took rows of three lines at 1366 px in Kazakh. Else the fewest lines at
 * which the codes first show them whole, whatever they cut. Where no number of lines does, the
 * most, with the codes as wide as the others' heads leave them; one line where that is too
 * narrow to break them between words, as taller rows would show no more of them. Where side by
 * side cuts the case's or the group's name or the codes, the group goes under its case in one
 * track (stackedFit) if that shows more of the codes (codesShown: whole where side by side cut
 * them, or broken between words where side by side cut them on one line), or else shows more of
 * the two names whole, in rows no taller, the codes no more cut. Beside the search drawer at
 * 1366 px a team's codes, folding their coders, were cut on one line side by side and broken
 * whole-worded over three stacked. The codes are judged by `codes`, their fit in a track that
 * folds the coders' (rowLayout): at 1440 px in Kazakh stacking showed every code whole there,
 * their coders cut after, and was refused as the coders were cut either way.
 */
function placedLayout(shown: readonly SegmentColumn[], widths: ColumnWidths, fitted: Fits, rowPx: number, datePx: number, codes = fitted.codes): RowLayout {
  const side = linesLayout(shown, widths, fitted, rowPx, datePx, 1);
  const caseFit = fitted.case;
  const groupFit = fitted.group;
  if (!shown.includes('case') || !shown.includes('group') || widths.group !== undefined || !caseFit?.lines || !groupFit?.lines) return side;
  const codesOf = (layout: RowLayout) => (shown.includes('codes') && codes?.lines ? codesShown(layout, codes) : 2);
  const wholeSide = (['case', 'group'] as const).filter((column) => whole(column, side)).length;
  if (wholeSide === 2 && codesOf(side) === 2) return side;
  const columns = shown.filter((column) => column !== 'group');
  const { group: _, ...others } = fitted;
  const stacked = linesLayout(columns, widths, { ...others, case: stackedFit(caseFit, groupFit) }, rowPx, datePx, 2);
  if (stacked.lines === 1) return side;
  // A name a line in the one track: how many of the two it shows whole, against side by side.
  const track = drawn('case', stacked);
  const wholeStacked = [caseFit, groupFit].filter((fit) => track >= fit.lines![0]!.need).length;
  // More of the codes than side by side; else rows no taller, the codes no more cut, and more names whole.
  if (codesOf(stacked) > codesOf(side)) return { ...stacked, stacked: true };
  const better = codesOf(stacked) === codesOf(side) && stacked.lines <= side.lines && wholeStacked > wholeSide;
  return better ? { ...stacked, stacked: true } : side;
}

/**
 * A case's and its group's names on a line each, in one track as wide as the wider, and their
 * heads likewise. At 1366 px beside a codebook of 500 codes both tracks were cut to their heads
 * («Се…», «Прог…») in rows of three lines, and the Russian demo's «Предприниматели» to «Предп…»
 * in rows of two: a group's name is one word, which no number of lines breaks.
 */
export function stackedFit(caseFit: Fit, groupFit: Fit): Fit {
  const [caseLine, groupLine] = [caseFit.lines![0]!, groupFit.lines![0]!];
  const line = { need: Math.max(caseLine.need, groupLine.need), px: Math.max(caseLine.px, groupLine.px) };
  return { head: Math.max(caseFit.head, groupFit.head), text: line.px, lines: Array.from({ length: MAX_ROW_LINES }, () => line) };
}

/** rowLayout's tracks at `fewest` lines or more, the group's track its own. */
function linesLayout(shown: readonly SegmentColumn[], widths: ColumnWidths, fitted: Fits, rowPx: number, datePx: number, fewest: number): RowLayout {
  const at = (lines: number, set: ColumnWidths): RowLayout => {
    const fits = fitsInLines(fitted, lines);
    const layout: RowLayout = { lines, fitted: fits, widths: set, cap: nameCap(shown, set, fits, rowPx, datePx, lines), unbroken: [], columns: shown, stacked: false, folded: false };
    if (lines > 1) layout.unbroken = fittedColumns.filter((column) => shown.includes(column) && fits[column] && drawn(column, layout) < (fits[column].word ?? 0));
    return layout;
  };
  const codes = fitted.codes;
  if (!shown.includes('codes') || !codes?.lines) return at(1, widths);
  const others = fittedColumns.filter((column) => column !== 'codes' && shown.includes(column) && fitted[column]);
  // What the codes may take beside the other names at their heads (or the widths set), the date and the quote's share.
  const least = others.reduce((sum, column) => sum + (widths[column] ?? fitted[column]!.head), 0);
  const room = (lines: number) => Math.floor(rowPx - least - (shown.includes('date') ? datePx : 0) - quoteWantedPx(rowPx, lines));
  const codesFirst = (lines: number) => {
    const { need, px } = codes.lines![lines - 1]!;
    return widths.codes === undefined && px >= need && px <= room(lines) ? at(lines, { ...widths, codes: px }) : null;
  };
  for (let lines = fewest; lines <= MAX_ROW_LINES; lines++) {
    const alike = at(lines, widths);
    if (whole('codes', alike)) return alike;
    const first = codesFirst(lines);
    if (first && others.every((column) => !whole(column, alike) || whole(column, first))) return first;
  }
  for (let lines = fewest; lines <= MAX_ROW_LINES; lines++) {
    const first = codesFirst(lines);
    if (first) return first;
  }
  if (widths.codes !== undefined) return at(1, widths);
  const most = Math.min(room(MAX_ROW_LINES), codes.lines[MAX_ROW_LINES - 1]!.px);
  return most >= (codes.word ?? 0) ? at(MAX_ROW_LINES, { ...widths, codes: most }) : at(1, widths);
}
