/**
 * The keys of a windowed table's grid: arrows by a cell, Home/End to the row's ends, Ctrl+Home/End
 * to the corners, Page Up/Down by a page; rows without cells (group headings) stepped over, and
 * nothing moved past an edge.
 */
import { describe, expect, it } from 'vitest';
import { moveInGrid, nearestRow, tabStop, type GridShape } from '../../../renderer/src/grid-keys.js';

// Rows 0 and 5 are group headings; 8 rows of 4 columns; a page is 3 rows.
const shape: GridShape = { rows: 8, columns: 4, pageRows: 3, hasCells: (r) => r !== 0 && r !== 5 };
const move = (key: string, row: number, column: number, ctrl = false) => moveInGrid(key, ctrl, { row, column }, shape);

describe('moveInGrid', () => {
  it('moves by one cell with the arrows, and stops at the edges', () => {
    expect(move('ArrowRight', 1, 0)).toEqual({ row: 1, column: 1 });
    expect(move('ArrowRight', 1, 3)).toEqual({ row: 1, column: 3 });
    expect(move('ArrowLeft', 1, 0)).toEqual({ row: 1, column: 0 });
    expect(move('ArrowDown', 7, 2)).toEqual({ row: 7, column: 2 });
  });

  it('steps over a heading row, and stays below the first one', () => {
    expect(move('ArrowDown', 4, 1)).toEqual({ row: 6, column: 1 });
    expect(move('ArrowUp', 6, 1)).toEqual({ row: 4, column: 1 });
    expect(move('ArrowUp', 1, 1)).toEqual({ row: 1, column: 1 });
  });

  it('goes to the row’s ends with Home and End, and to the corners with Ctrl', () => {
    expect(move('Home', 3, 2)).toEqual({ row: 3, column: 0 });
    expect(move('End', 3, 1)).toEqual({ row: 3, column: 3 });
    expect(move('Home', 6, 2, true)).toEqual({ row: 1, column: 0 });
    expect(move('End', 2, 1, true)).toEqual({ row: 7, column: 3 });
  });

  it('moves a page of rows, landing beside a heading rather than on it', () => {
    expect(move('PageDown', 1, 2)).toEqual({ row: 4, column: 2 });
    // Three below row 2 is the heading (5): the row before it, on the near side.
    expect(move('PageDown', 2, 2)).toEqual({ row: 4, column: 2 });
    expect(move('PageDown', 6, 2)).toEqual({ row: 7, column: 2 });
    expect(move('PageUp', 7, 2)).toEqual({ row: 4, column: 2 });
    expect(move('PageUp', 3, 2)).toEqual({ row: 1, column: 2 });
  });

  it('leaves other keys to the page', () => {
    expect(move('a', 1, 1)).toBeNull();
    expect(move('Tab', 1, 1)).toBeNull();
  });
});

describe('nearestRow', () => {
  it('looks the other way when nothing lies ahead, and finds nothing in a grid of headings', () => {
    expect(nearestRow(shape, 0, -1)).toBe(1);
    expect(nearestRow({ ...shape, hasCells: () => false }, 3, 1)).toBeNull();
  });
});

describe('tabStop', () => {
  it('is the focused cell while it is drawn and holds cells, else the first drawn cell of a row with cells', () => {
    expect(tabStop({ row: 3, column: 2 }, [0, 1, 2, 3, 4], [1, 2, 3], shape.hasCells)).toEqual({ row: 3, column: 2 });
    // Scrolled away from it: the first drawn cell, past the heading at row 5.
    expect(tabStop({ row: 3, column: 2 }, [5, 6, 7], [1, 2, 3], shape.hasCells)).toEqual({ row: 6, column: 1 });
    // The table built again with a heading where the focused cell was.
    expect(tabStop({ row: 0, column: 0 }, [0, 1, 2], [0, 1], shape.hasCells)).toEqual({ row: 1, column: 0 });
    expect(tabStop({ row: 0, column: 0 }, [0], [0, 1], shape.hasCells)).toBeNull();
  });
});
