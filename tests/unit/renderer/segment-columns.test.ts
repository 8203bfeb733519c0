/**
 * The segment table's column tracks: a width the user set replaces a column's default, within
 * limits; a name column fitted to its texts takes their width where there is room and gives way
 * down to its head's, the row growing past the pane only when it is narrower than that; the
 * names are cut to leave the quote two fifths of the row, which then takes the rest, never under a
 * quarter; the date keeps its day's width. The coder's column is hidden in a one-coder project
 * unless the user shows it.
 */
import { describe, expect, it } from 'vitest';
import {
  CODES_WITH_CODERS_MAX_PX, COLUMN_MAX_PX, COLUMN_MIN_PX, FITTED_MAX_PX, fittedWidths, gridMinWidth, gridTemplate, hiddenColumns, nameCap, toggledColumn, withWidth, type ColumnTexts, type Fits,
} from '../../../renderer/src/segment-columns.js';

describe('the segment table columns', () => {
  it('sets a width within the limits, never for the quote, and takes it back on null', () => {
    expect(withWidth({}, 'codes', 180.4)).toEqual({ codes: 180 });
    expect(withWidth({}, 'codes', 5)).toEqual({ codes: COLUMN_MIN_PX });
    expect(withWidth({}, 'codes', 5000)).toEqual({ codes: COLUMN_MAX_PX });
    expect(withWidth({}, 'quote', 400)).toEqual({});
    expect(withWidth({}, 'date', 400)).toEqual({});
    expect(withWidth({ codes: 180, case: 90 }, 'codes', null)).toEqual({ case: 90 });
  });

  it('lays out the columns shown, a set width as pixels', () => {
    expect(gridTemplate(['case', 'quote', 'codes'], { codes: 180 })).toBe('minmax(64px, 1fr) minmax(240px, 8fr) 180px');
    expect(gridTemplate(['quote', 'date'])).toBe('minmax(240px, 8fr) 7.4em');
  });

  it('gives a fitted column its head\'s to its texts\' width, a set width still ruling, and the quote the rest from a quarter', () => {
    expect(gridTemplate(['case', 'quote', 'codes', 'date'], { codes: 180 }, { case: { head: 60, text: 90 }, codes: { head: 70, text: 250 } }))
      .toBe('minmax(60px, 90px) minmax(max(200px, 25%), 1fr) 180px 7.4em');
  });

  it('cuts the longest names to one width where the names and two fifths of the row for the quote do not fit, short names and heads whole', () => {
    const fits: Fits = { case: { head: 50, text: 70 }, group: { head: 60, text: 120 }, codes: { head: 55, text: 190 }, coder: { head: 120, text: 130 } };
    const shown = ['case', 'group', 'quote', 'codes', 'coder', 'date'] as const;
    // A row of 1100 px: 440 for the quote, 100 for the date, 560 for names that need 510.
    expect(nameCap(shown, {}, fits, 1100, 100)).toBe(Infinity);
    // 900 px: 360 for the quote, 100 for the date, so 440 for the names: the case (70) and the
    // group (120) whole, the codes and the coder cut to 125 each. (With a quarter for the
    // quote they were whole, and the quote showed 25 characters at 1440 px in Russian.)
    const cap = nameCap(shown, {}, fits, 900, 100);
    expect(cap).toBe(125);
    expect(gridTemplate(shown, {}, fits, cap)).toBe('minmax(50px, 70px) minmax(60px, 120px) minmax(max(200px, 25%), 1fr) minmax(55px, 125px) minmax(120px, 125px) 7.4em');
    // A width the user set comes out of the room first: at 1000 px the codes are drawn at it, and the group cut to 110.
    expect(nameCap(shown, { codes: 200 }, fits, 1000, 100)).toBe(110);
    // Where even the heads leave the quote less, they are all the names get: the quote takes the rest, down to its quarter.
    expect(nameCap(shown, {}, fits, 600, 100)).toBe(0);
  });

  it('hides the coder in a one-coder project until the user shows it, and keeps what the user chose', () => {
    const none = { hidden: new Set<never>(), shown: new Set<never>() };
    expect([...hiddenColumns(none, 1)]).toEqual(['coder']);
    expect([...hiddenColumns(none, 2)]).toEqual([]);
    // Shown from the Columns menu, it stays shown; hidden again, it stays hidden with two coders too.
    const shown = toggledColumn(none, 'coder', 1);
    expect([...hiddenColumns(shown, 1)]).toEqual([]);
    const hidden = toggledColumn(shown, 'coder', 1);
    expect([...hiddenColumns(hidden, 1)]).toEqual(['coder']);
    expect([...hiddenColumns(hidden, 2)]).toEqual(['coder']);
    // Other columns as before.
    expect([...hiddenColumns(toggledColumn(none, 'group', 2), 2)]).toEqual(['group']);
    expect([...hiddenColumns(toggledColumn(toggledColumn(none, 'group', 2), 'group', 2), 2)]).toEqual([]);
  });

  it('keeps the rows as wide as the tracks at their least, fitted columns at their heads and the quote at a quarter beside them', () => {
    expect(gridMinWidth(['case', 'quote', 'codes'], { codes: 180 })).toBe('calc((64px + 180px) + 240px)');
    expect(gridMinWidth(['quote', 'date'])).toBe('calc((7.4em) + 240px)');
    expect(gridMinWidth(['quote'])).toBe('calc(0px + 240px)');
    expect(gridMinWidth(['case', 'quote', 'codes', 'date'], { codes: 180 }, { case: { head: 60, text: 90 } }))
      .toBe('calc((60px + 180px + 7.4em) + max(200px, (60px + 180px + 7.4em) / 3))');
  });

  it('fits each name column between its head and the longest of its texts or its sorted head, within limits, and never narrows it', () => {
    // A text's width as the test says: ten pixels a character, a head's twelve, a sort arrow's twenty.
    const texts = (cells: Partial<ColumnTexts['cells']>): ColumnTexts => ({
      heads: { case: 'Case', group: 'Group', document: 'Document', codes: 'Codes', coder: 'Coder' },
      cells: { case: [], group: [], document: [], codes: [], coder: [], ...cells },
      headPx: (text) => 12 * text.length,
      cellPx: (text) => 10 * text.length,
      arrowPx: 20,
    });
    const fitted = fittedWidths(texts({ case: ['Anna', 'Farida Nurlanovna'], group: ['Предприниматели'], document: ['x'.repeat(100)], codes: ['A, B'] }));
    // The longest case (170), the group (150), a document cut at the limit, codes at their least
    // (100), the coder's head with its arrow (80); each no narrower than its head.
    expect(fitted).toEqual({
      case: { head: 48, text: 170 }, group: { head: 60, text: 150 }, document: { head: 96, text: FITTED_MAX_PX }, codes: { head: 60, text: 100 }, coder: { head: 60, text: 80 },
    });
    // A page of shorter names leaves the columns as they were; a longer one widens its column.
    expect(fittedWidths(texts({ case: ['Anna'], group: ['Group of the longest name'] }), fitted)).toEqual({ ...fitted, group: { head: 60, text: 250 } });
    // Codes that name their coders may take more before they are cut; one coder's codes as before.
    const named = 'Негативное, Политические (Анна), Правовые (Ирина)';
    expect(fittedWidths({ ...texts({ codes: [named] }), codesNameCoders: true }).codes).toEqual({ head: 60, text: Math.min(CODES_WITH_CODERS_MAX_PX, 10 * named.length) });
    expect(fittedWidths(texts({ codes: [named] })).codes).toEqual({ head: 60, text: FITTED_MAX_PX });
    expect(10 * named.length).toBeGreaterThan(FITTED_MAX_PX);
  });

  it('fits the names to two and three lines too where their cells are measured so, codes up to the wider limit', () => {
    const texts: ColumnTexts = {
      heads: { case: 'Case', group: 'Group', document: 'Document', codes: 'Codes', coder: 'Coder' },
      cells: { case: [], group: [], document: [], codes: [], coder: [] },
      headPx: (text) => 12 * text.length,
      cellPx: (text) => 10 * text.length,
      arrowPx: 20,
      // A cell's width in so many lines as the grid measures it: the codes 900 px on one line, 450 on two, 300 on three; a word 150.
      // With their coders after them, 1200 px on one line, 600 on two, 400 on three.
      wrappedPx: (track, lines) => (track === 'codes' ? (lines === Infinity ? 150 : 900 / lines) : track === 'codesAndCoders' ? (lines === Infinity ? 150 : 1200 / lines) : 50),
    };
    const codes = fittedWidths(texts).codes!;
    // One line within the one-coder limit, two and three within the wider one; what they need kept, so a cut is known.
    expect(codes).toEqual({ head: 60, text: FITTED_MAX_PX, lines: [{ need: 900, px: FITTED_MAX_PX }, { need: 450, px: CODES_WITH_CODERS_MAX_PX }, { need: 300, px: 300 }], word: 150 });
    // The codes' track folding the coder's: the wider of the two heads, and named coders' limit on one line too.
    const folded = { ...texts, heads: { ...texts.heads, coder: 'Coder of segment' } };
    expect(fittedWidths(folded).codesAndCoders).toEqual({
      head: 12 * 'Coder of segment'.length, text: CODES_WITH_CODERS_MAX_PX, lines: [{ need: 1200, px: CODES_WITH_CODERS_MAX_PX }, { need: 600, px: CODES_WITH_CODERS_MAX_PX }, { need: 400, px: 400 }], word: 150,
    });
    // Measured only where the cells are measured in lines.
    expect(fittedWidths({ ...texts, wrappedPx: undefined }).codesAndCoders).toBeUndefined();
    // Never narrower than before, in any number of lines.
    expect(fittedWidths({ ...texts, wrappedPx: () => 10 }, { codes }).codes).toEqual(codes);
  });

  it('leaves the quote less of rows of two or three lines, which show more of it', () => {
    expect(gridTemplate(['case', 'quote'], {}, { case: { head: 60, text: 90 } }, Infinity, 3)).toBe('minmax(60px, 90px) minmax(max(100px, 12.5%), 1fr)');
    expect(gridMinWidth(['case', 'quote'], {}, { case: { head: 60, text: 90 } }, 2)).toBe('calc((60px) + max(150px, (60px) / 4.3333))');
    expect(nameCap(['case', 'quote'], {}, { case: { head: 60, text: 900 } }, 1000, 0, 3)).toBe(800);
  });

  it('cuts codes that name their coders to a width past the other names\' limit where the row has room for it', () => {
    const fits: Fits = { case: { head: 50, text: 70 }, codes: { head: 55, text: CODES_WITH_CODERS_MAX_PX } };
    // 1000 px: 400 for the quote, 100 for the date, 500 for names that need 510: the codes cut at 430.
    expect(nameCap(['case', 'quote', 'codes', 'date'], {}, fits, 1000, 100)).toBe(430);
  });
});
