import { describe, expect, it } from 'vitest';
import { inSlotOrder, joinPages, pagesAround, steadySteppedRows, steppedRows, withPage, type LoadedPages } from '../../../renderer/src/segment-pages.js';

describe('pagesAround', () => {
  it('takes the pages of the rows on screen and of the rows just ahead of them', () => {
    // Rows 150–190 of pages of 100, 50 rows ahead: rows 100–240, pages 1 and 2.
    expect(pagesAround(150, 190, 1000, 100, 50)).toEqual([1, 2]);
  });

  it('fetches ahead in both directions, within the table', () => {
    expect(pagesAround(0, 30, 1000, 100, 200)).toEqual([0, 1, 2]);
    expect(pagesAround(980, 999, 1000, 100, 200)).toEqual([7, 8, 9]);
  });

  it('wants nothing from an empty table', () => {
    expect(pagesAround(0, 0, 0, 100, 200)).toEqual([]);
  });
});

describe('joinPages', () => {
  const a = ['a1', 'a2'];
  const b = ['b1'];

  it('joins the fetched pages in order, leaving out the ones not fetched yet', () => {
    const pages = new Map([[0, a], [2, b]]);
    expect(joinPages(pages, 0, 2, null).rows).toEqual(['a1', 'a2', 'b1']);
  });

  it('returns the same list while the same pages are joined, so the rows drawn from it stay', () => {
    const first = joinPages(new Map([[0, a], [1, b]]), 0, 1, null);
    expect(joinPages(new Map([[0, a], [1, b], [5, ['c']]]), 0, 1, first)).toBe(first);
  });

  it('makes a new list when a page in it arrives or the range moves', () => {
    const first = joinPages(new Map([[0, a]]), 0, 1, null);
    const arrived = joinPages(new Map([[0, a], [1, b]]), 0, 1, first);
    expect(arrived).not.toBe(first);
    expect(arrived.rows).toEqual(['a1', 'a2', 'b1']);
    expect(joinPages(new Map([[0, a], [1, b]]), 1, 1, arrived).rows).toEqual(['b1']);
  });
});

describe('withPage', () => {
  const start: LoadedPages<string> = { generation: 1, pages: new Map([[0, ['old0']], [1, ['old1']]]) };

  it('keeps the pages already fetched for this generation, whatever order the answers come in', () => {
    // Page 1 answers before page 0 (which also counts the rows, so it is slower).
    const one = withPage(start, 2, 1, ['new1']);
    const both = withPage(one, 2, 0, ['new0']);
    expect([...both.pages].sort()).toEqual([[0, ['new0']], [1, ['new1']]]);
  });

  it('shows the older generation until the first answer of the new one, then none of it', () => {
    const next = withPage(start, 2, 3, ['new3']);
    expect([...next.pages]).toEqual([[3, ['new3']]]);
  });

  it('drops a late answer to an older generation', () => {
    const next = withPage(start, 2, 0, ['new0']);
    expect(withPage(next, 1, 1, ['late'])).toBe(next);
  });
});

describe('steppedRows', () => {
  const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex, overscan: 4, count: 1000 });

  it('draws the visible rows and at least the overscan around them, in whole steps', () => {
    // Visible 20–30, with overscan 16–34, widened to steps of 10: 10–39.
    expect(steppedRows(range(20, 30), 10)).toEqual(Array.from({ length: 30 }, (_, i) => 10 + i));
  });

  it('draws the same rows while the view moves within a step, and moves a step at a time', () => {
    expect(steppedRows(range(21, 31), 10)).toEqual(steppedRows(range(23, 33), 10));
    // Past row 39 the next step is drawn; below row 30 nothing is needed any more.
    expect(steppedRows(range(36, 46), 10)).toEqual(Array.from({ length: 30 }, (_, i) => 30 + i));
  });

  it('draws as many rows wherever the view is, so rows scrolled in can take over the ones scrolled out', () => {
    for (let start = 4; start < 200; start++) expect(steppedRows(range(start, start + 10), 10)).toHaveLength(30);
  });

  it('stays within the table', () => {
    expect(steppedRows(range(0, 5), 10)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(steppedRows({ startIndex: 990, endIndex: 999, overscan: 4, count: 1000 }, 10).at(-1)).toBe(999);
    expect(steppedRows({ startIndex: 0, endIndex: 0, overscan: 4, count: 0 }, 10)).toEqual([]);
  });
});

describe('steadySteppedRows', () => {
  it('draws as many rows at every offset once the widest view has been seen, though the view is a row longer at some offsets', () => {
    // 7 columns of 96 px in a view of 690 px: 8 cut by its edges at some offsets, 9 at others.
    const seen = { widest: 0 };
    const drawn = (start: number, visible: number) => steadySteppedRows({ startIndex: start, endIndex: start + visible - 1, overscan: 2, count: 500 }, 2, seen).length;
    drawn(0, 9);
    const lengths = new Set<number>();
    for (let start = 3; start < 200; start++) lengths.add(drawn(start, start % 3 === 0 ? 8 : 9));
    expect([...lengths]).toHaveLength(1);
    // steppedRows alone draws two counts here: each change of count creates or removes a column of cells.
    const plain = new Set<number>();
    for (let start = 3; start < 200; start++) plain.add(steppedRows({ startIndex: start, endIndex: start + (start % 3 === 0 ? 7 : 8), overscan: 2, count: 500 }, 2).length);
    expect(plain.size).toBe(2);
  });

  it('draws fewer once the view is made smaller, and as many at every offset again', () => {
    const seen = { widest: 0 };
    const drawn = (start: number, visible: number) => steadySteppedRows({ startIndex: start, endIndex: start + visible - 1, overscan: 2, count: 500 }, 2, seen).length;
    const large = drawn(0, 30);
    const lengths = new Set<number>();
    for (let start = 3; start < 200; start++) lengths.add(drawn(start, start % 3 === 0 ? 8 : 9));
    expect([...lengths].every((n) => n < large / 2)).toBe(true);
    // After the first offsets of the smaller view, one count again.
    lengths.clear();
    for (let start = 200; start < 300; start++) lengths.add(drawn(start, start % 3 === 0 ? 8 : 9));
    expect([...lengths]).toHaveLength(1);
  });

  it('stays within the table', () => {
    const seen = { widest: 0 };
    const rows = steadySteppedRows({ startIndex: 490, endIndex: 499, overscan: 2, count: 500 }, 2, seen);
    expect(rows.at(-1)).toBe(499);
    expect(steadySteppedRows({ startIndex: 0, endIndex: 0, overscan: 2, count: 0 }, 2, seen)).toEqual([]);
  });
});

describe('inSlotOrder', () => {
  const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ index: from + i }));
  const keys = (items: { index: number }[], slots: number) => inSlotOrder(items, slots).map((item) => item.index % slots);

  it('keeps each slot in its place as the view scrolls a step, so no element moves in the page', () => {
    // 30 slots: rows 0–29, then 10–39 (rows 30–39 take the slots of rows 0–9).
    expect(keys(rows(0, 29), 30)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(keys(rows(10, 39), 30)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(inSlotOrder(rows(10, 39), 30).slice(0, 3).map((item) => item.index)).toEqual([30, 31, 32]);
  });

  it('leaves out no row and keeps the slots in order when fewer rows are drawn', () => {
    const drawn = inSlotOrder(rows(95, 99), 30);
    expect(drawn.map((item) => item.index).sort((a, b) => a - b)).toEqual([95, 96, 97, 98, 99]);
    expect(keys(rows(95, 99), 30)).toEqual([5, 6, 7, 8, 9]);
  });
});
