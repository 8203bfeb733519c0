/**
 * How many lines the segment table's rows take: one where the codes fit, else the fewest that
 * show them whole, with the names cut alike if that does it and else with the codes first; where
 * nothing does, the most with the codes as wide as the rest leaves them, or one line where that is
 * too narrow for a word of theirs. A width the user set for the codes rules. The widths are the
 * Russian demo's as the grid measured them («Предприниматели», «Позитивное, Технологические»):
 * at 1366 px they were cut on one line, «Позит…» in the codes. With two coders, the coders go
 * after the codes in their track where their own column leaves the codes cut.
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
    // 560 px: side by side the codes have less than a word (130) and are cut on one line; the
    // group stacked leaves them 560 − 171 − 104 − 112 = 173, broken between words in three lines.
    expect(rowLayout(shown, {}, long, 560, DATE)).toMatchObject({ lines: 3, stacked: true, widths: { codes: 173 } });
    // 500 px: stacked too leaves them less than a word (125), and taller rows would show no more.
    expect(rowLayout(shown, {}, long, 500, DATE).lines).toBe(1);
  });

  it('follow a width the user set for the codes, and are one line with the codes hidden', () => {
    expect(rowLayout(shown, { codes: 160 }, demo, 767, DATE).lines).toBe(2);
    expect(rowLayout(shown, { codes: 120 }, demo, 767, DATE)).toMatchObject({ lines: 1, widths: { codes: 120 } });
    expect(rowLayout(['case', 'group', 'document', 'quote', 'date'], {}, demo, 767, DATE).lines).toBe(1);
  });
});

describe('the segment rows\' lines with two coders', () => {
  // A team's review (1208 #5) as the grid measured it in Russian: the demo coded again by a second
  // coder, the codes naming their coders where the two differ (Вера's «Негативное (Демо-кодировщик),
  // Позитивное (Бекзат), Экономические (Демо-кодировщик)»), the coders «Бекзат, Демо-кодировщик»,
  // and the codes' track with the coders after the codes.
  const team: Fits = {
    case: fit(53, [70, 70, 70], 70),
    group: fit(70, [151, 151, 151], 151),
    document: fit(93, [165, 89, 86], 86, [165, 109, 109]),
    codes: fit(59, [690, 350, 280], 147, [440, 350, 280]),
    coder: fit(119, [209, 117, 106], 106, [209, 135, 135]),
    codesAndCoders: fit(119, [899, 489, 345], 147, [440, 440, 345]),
  };
  const all = ['case', 'group', 'document', 'quote', 'codes', 'coder', 'date'] as const;

  it('put the coders after the codes where their column leaves the codes less than a word: beside the search drawer at 1366 px', () => {
    // 572 px: the coder's head (119) and the others' left the codes less than «Социокультурные»
    // (147) in any number of lines, and they were cut on one line: «Нег…», «Поз…».
    const layout = rowLayout(all, {}, team, 572, DATE);
    expect([layout.lines, layout.folded, layout.stacked, layout.columns]).toEqual([3, true, true, ['case', 'document', 'quote', 'codes', 'date']]);
    // The codes broken between words in 572 − 70 (case and group) − 93 − 104 − 114.4 (the quote's fifth) px.
    expect(layout.widths).toEqual({ codes: 190 });
    expect(gridTemplate(layout.columns, layout.widths, layout.fitted, layout.cap, layout.lines))
      .toBe('minmax(70px, 70px) minmax(93px, 93px) minmax(max(100px, 12.5%), 1fr) 190px 7.4em');
    // A width the user set for the coder's column keeps it: the codes cut on one line, as before.
    expect(rowLayout(all, { coder: 119 }, team, 572, DATE)).toMatchObject({ lines: 1, folded: false });
  });

  it('put the coders after the codes where that shows every code whole that their column cut: at 1366 px beside the codebook', () => {
    // Beside the coder's column Вера's three codes took more than three lines of the 227 px left them.
    expect(rowLayout(all, {}, team, 767, DATE)).toMatchObject({ lines: 3, folded: true, stacked: true, widths: { codes: 345 } });
  });

  it('keep the coder\'s column where the codes are whole beside it', () => {
    expect(rowLayout(all, {}, team, 841, DATE)).toMatchObject({ lines: 3, folded: false, widths: { codes: 280 }, columns: ['case', 'document', 'quote', 'codes', 'coder', 'date'] });
    expect(rowLayout(all, {}, team, 1321, DATE)).toMatchObject({ lines: 2, folded: false, stacked: false, columns: all });
  });

  it('stack the group where that shows the codes whole in a track with their coders, the coders cut after them', () => {
    // Kazakh, beside the search drawer at 1440 px: side by side the codes had 253 px, under the
    // 280 they need; stacked, 294. Judged by the track (the codes and coders, 345) both cut, and the group stayed apart.
    const kazakh = { ...team, group: fit(42, [151, 151, 151], 151), document: fit(65, [165, 89, 86], 86, [165, 89, 88]), coder: fit(100, [209, 117, 106], 106, [209, 117, 116]), codesAndCoders: fit(100, [899, 489, 345], 147, [440, 440, 345]) };
    expect(rowLayout(all, {}, kazakh, 646, DATE)).toMatchObject({ lines: 3, folded: true, stacked: true, widths: { codes: 294 } });
  });
});
