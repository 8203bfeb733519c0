/**
 * Where a key moves the focused cell of a grid (WAI-ARIA's grid pattern, as spreadsheets do):
 * arrows by one cell, Home and End to the row's ends, Ctrl+Home and Ctrl+End to the grid's
 * corners, Page Up and Page Down by a page of rows. Rows that hold no cells (a group's heading)
 * are stepped over.
 */
export interface GridCell {
  row: number;
  column: number;
}

export interface GridShape {
  rows: number;
  columns: number;
  /** Rows moved by Page Up and Page Down. */
  pageRows: number;
  /** Whether a row holds cells to land on. */
  hasCells: (row: number) => boolean;
}

/** The cell a key moves to, or null for a key that does not move in the grid. */
export function moveInGrid(key: string, ctrl: boolean, at: GridCell, shape: GridShape): GridCell | null {
  const lastColumn = shape.columns - 1;
  const row = (to: number, step: 1 | -1) => nearestRow(shape, Math.min(shape.rows - 1, Math.max(0, to)), step) ?? at.row;
  switch (key) {
    case 'ArrowLeft': return { row: at.row, column: Math.max(0, at.column - 1) };
    case 'ArrowRight': return { row: at.row, column: Math.min(lastColumn, at.column + 1) };
    case 'ArrowUp': return { row: row(at.row - 1, -1), column: at.column };
    case 'ArrowDown': return { row: row(at.row + 1, 1), column: at.column };
    case 'PageUp': return { row: row(at.row - shape.pageRows, 1), column: at.column };
    case 'PageDown': return { row: row(at.row + shape.pageRows, -1), column: at.column };
    case 'Home': return ctrl ? { row: row(0, 1), column: 0 } : { row: at.row, column: 0 };
    case 'End': return ctrl ? { row: row(shape.rows - 1, -1), column: lastColumn } : { row: at.row, column: lastColumn };
    default: return null;
  }
}

/**
 * The first row with cells from `from` on in the direction `step`, else in the other: a page
 * that ends on a heading lands next to it, never on it.
 */
export function nearestRow(shape: GridShape, from: number, step: 1 | -1): number | null {
  for (const direction of [step, -step]) {
    for (let r = from; r >= 0 && r < shape.rows; r += direction) if (shape.hasCells(r)) return r;
  }
  return null;
}

/**
 * The cell Tab lands on in a grid drawn in part (the rows and columns given): the focused one
 * while it is drawn and holds cells (the table may have been built again since, with a heading
 * there, or fewer rows), else the first drawn that does; null when none is drawn.
 */
export function tabStop(active: GridCell, rows: readonly number[], columns: readonly number[], hasCells: (row: number) => boolean): GridCell | null {
  if (rows.includes(active.row) && columns.includes(active.column) && hasCells(active.row)) return active;
  const row = rows.find(hasCells);
  return row === undefined || columns.length === 0 ? null : { row, column: columns[0]! };
}
