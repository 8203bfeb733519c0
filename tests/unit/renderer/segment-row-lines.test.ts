/**
 * How many lines the segment table's rows take: one where the codes fit, else the fewest that
 * show them whole, with the names cut alike if that does it and else with the codes first; where
 * nothing does, the most with the codes as wide as the rest leaves them, or one line where that is
 * too narrow for a word of theirs. A width the user set for the codes rules. The widths are the
 * Russian demo's as the grid measured them («Предприниматели», «Позитивное, Технологические»):
 * at 1366 px they were cut on one line, «Позит…» in the codes.
 */
import { describe, expect, it } from 'vitest';
import { gridTemplate, type Fit, type Fits } from '../../../renderer/src/segment-columns.js';
import { rowHeight, rowLayout } from '../../../renderer/src/segment-row-lines.js';

const fit = (head: number, lines: [number, number, number], word: number, px = lines): Fit =>
  ({ head, text: px[0], lines: lines.map((need, i) => ({ need, px: px[i]! })), word });
const demo: Fits = {
  case: fit(57, [74, 74, 74], 74),
  group: fit(74, [155, 155, 155], 155),
  document: fit(97, [169, 93, 90], 90, [169, 113, 113]),
  codes: fit(63, [247, 151, 151], 151),
};
const shown = ['case', 'group', 'document', 'quote', 'codes', 'date'] as const;
const DATE = 104;

describe('the segment rows\' lines', () => {
  it('are as tall as their lines', () => {
    expect([1, 2, 3].map(rowHeight)).toEqual([26, 43, 60]);
  });

  it('stay one where the codes fit on one line, the names cut alike', () => {
    const wide = rowLayout(shown, {}, demo, 1600, DATE);
    expect([wide.lines, wide.cap, wide.widths]).toEqual([1, Infinity, {}]);
  });

  it('put the codes first on one line where the rest has room for its heads', () => {
    // 1000 px: the quote's two fifths (400), the date, the codes whole (247) and the others' heads (228) fit.
    const layout = rowLayout(shown, {}, demo, 1000, DATE);
    expect([layout.lines, layout.widths]).toEqual([1, { codes: 247 }]);
  });

  it('take two lines where one cuts the codes, the names cut alike if that shows them whole', () => {
    const shortGroup = { ...demo, group: fit(74, [80, 80, 80], 80) };
    const layout = rowLayout(shown, {}, shortGroup, 767, DATE);
    expect([layout.lines, layout.cap, layout.widths, layout.unbroken]).toEqual([2, Infinity, {}, []]);
    // The tracks of two lines: the document and codes at their widths in two, the quote's least for rows of two.
    expect(gridTemplate(shown, layout.widths, layout.fitted, layout.cap, layout.lines))
      .toBe('minmax(57px, 74px) minmax(74px, 80px) minmax(97px, 113px) minmax(max(150px, 18.75%), 1fr) minmax(63px, 151px) 7.4em');
  });

  it('put the codes first on two lines where the names cut alike would cut them, a name narrower than its word kept on one line', () => {
    // The demo at 1366 px in Russian, its group's track set by the user: the group and the codes cut alike; the codes first, whole at 151.
    const layout = rowLayout(shown, { group: 100 }, demo, 767, DATE);
    expect([layout.lines, layout.widths, layout.unbroken, layout.stacked]).toEqual([2, { group: 100, codes: 151 }, ['group'], false]);
  });

  it('stack the group under its case where side by side cuts either, in rows no taller', () => {
    // The demo at 1366 px in Russian: side by side «Предприниматели» was cut to «Предп…» in rows of two lines.
    const layout = rowLayout(shown, {}, demo, 767, DATE);
    expect([layout.lines, layout.stacked, layout.columns, layout.unbroken]).toEqual([2, true, ['case', 'document', 'quote', 'codes', 'date'], []]);
    // One track as wide as the wider name on one line, its head the wider head: every name and the codes whole.
    expect(gridTemplate(layout.columns, layout.widths, layout.fitted, layout.cap, layout.lines))
      .toBe('minmax(74px, 155px) minmax(97px, 113px) minmax(max(150px, 18.75%), 1fr) minmax(63px, 151px) 7.4em');
    // Rows of one line are not stacked, nor with the case hidden.
    expect(rowLayout(shown, {}, demo, 1600, DATE).stacked).toBe(false);
    expect(rowLayout(['group', 'document', 'quote', 'codes', 'date'], {}, demo, 767, DATE).stacked).toBe(false);
  });

  it('keep the group its own track where stacked would show fewer names whole', () => {
    // A long case's name (one line 190 px, three 100 px): side by side in rows of three lines it is
    // whole and the group cut; stacked, one line each in one track, both were cut.
    const longCase = { ...demo, case: fit(57, [190, 105, 100], 100) };
    expect(rowLayout(shown, {}, longCase, 767, DATE)).toMatchObject({ lines: 3, stacked: false });
    // With room for both on a line each, stacked shows both whole in rows of two.
    expect(rowLayout(shown, {}, longCase, 850, DATE)).toMatchObject({ lines: 2, stacked: true });
  });

  it('take the most lines with the codes as wide as the rest leaves them where none shows them whole, and one where that splits a word', () => {
    const long = { ...demo, codes: fit(63, [700, 400, 300], 130) };
    // The group's track set by the user, side by side: 767 − the others' heads and width (228) − the date − the quote's least on three lines (max(100, 20%) = 153).
    const most = rowLayout(shown, { group: 74 }, long, 767, DATE);
    expect([most.lines, most.widths]).toEqual([3, { group: 74, codes: 281 }]);
    // Stacked, the names take one track and the codes the other's room: 767 − 171 − 104 − 153.4.
    const longer = rowLayout(shown, {}, { ...demo, codes: fit(63, [900, 600, 400], 130) }, 767, DATE);
    expect([longer.lines, longer.widths, longer.stacked]).toEqual([3, { codes: 338 }, true]);
    expect(rowLayout(shown, {}, long, 560, DATE).lines).toBe(1);
  });

  it('follow a width the user set for the codes, and are one line with the codes hidden', () => {
    expect(rowLayout(shown, { codes: 160 }, demo, 767, DATE).lines).toBe(2);
    expect(rowLayout(shown, { codes: 120 }, demo, 767, DATE)).toMatchObject({ lines: 1, widths: { codes: 120 } });
    expect(rowLayout(['case', 'group', 'document', 'quote', 'date'], {}, demo, 767, DATE).lines).toBe(1);
  });
});
