/**
 * A built table as it crosses from a job's worker thread to the main process (main/jobs). A
 * table of the reference corpus has 150,000-260,000 cells: cloned as objects they cost the main
 * thread some 300 ms, and built there from a typed array of counts still 40-55 ms; a front door
 * then spent 250-800 ms more writing them out (browser mode's JSON, Electron's clone), with
 * nothing else answered meanwhile. So the worker also writes the cells as their JSON text, which
 * the main thread passes on unread (jobs/passed-json.ts); they are built from the counts only if
 * something in the main process reads them.
 */
import type { CellSegment, CrossTable, TableCell } from '../../shared/tables.js';
import { jsonTextOf, readLater, type JsonText } from '../jobs/passed-json.js';

/** A table without its cells. */
export type TableFrame = Omit<CrossTable, 'cells'>;

/** A table as counted: its frame, a count per cell, and the segments of the cells that keep them. */
export interface TableParts {
  table: TableFrame;
  /** counts[r * columns + c]: the count of row r's cell in column c. */
  counts: ArrayLike<number>;
  /** The cells with segments: [row, column, segments]. */
  fuller: [number, number, CellSegment[]][];
}

/**
 * The table as it leaves the worker: its parts (the counts in one typed array), and tableOf's
 * cells as JSON inside the frame, where runJob hands them over unread for unpackTable.
 */
export interface PackedTable extends TableParts {
  table: TableFrame & { cells: JsonText<TableCell[][]> };
}

// The cells without segments share one empty list, frozen so that no reader can fill it: a
// list each cost as much again as the cells.
const NO_SEGMENTS = Object.freeze([]) as unknown as CellSegment[];

/** The table with its cells, each named by its row's and column's labels (an export's, built where it is written). */
export function tableOf({ table, counts, fuller }: TableParts): CrossTable {
  const width = table.columns.length;
  const cells = table.rows.map((row, r) =>
    table.columns.map((column, c) => ({ row: row.label, column: column.label, count: counts[r * width + c]!, segments: NO_SEGMENTS })),
  );
  for (const [r, c, segments] of fuller) cells[r]![c]!.segments = segments;
  return { ...table, cells };
}

/**
 * tableOf's cells written straight to JSON, exactly as JSON.stringify writes them, without an
 * object per cell: each label is escaped once, not once per cell.
 */
export function packTable({ table, counts, fuller }: TableParts): PackedTable {
  const width = table.columns.length;
  const segments = new Map(fuller.map(([r, c, list]) => [r * width + c, JSON.stringify(list)]));
  const columns = table.columns.map((column) => `,"column":${JSON.stringify(column.label)},"count":`);
  const rows = table.rows.map((row, r) => {
    const head = `{"row":${JSON.stringify(row.label)}`;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      cells.push(`${head}${columns[c]}${JSON.stringify(counts[i])},"segments":${segments.get(i) ?? '[]'}}`);
    }
    return `[${cells.join(',')}]`;
  });
  const cells = jsonTextOf<TableCell[][]>(`[${rows.join(',')}]`);
  return { table: { ...table, cells }, counts: Float64Array.from(counts), fuller };
}

/** The table on the main thread: its cells are built (tableOf) only if something there reads them. */
export function unpackTable({ table: { cells, ...frame }, counts, fuller }: PackedTable): CrossTable {
  const table = { ...frame } as CrossTable;
  readLater(table, 'cells', cells, () => tableOf({ table: frame, counts, fuller }).cells);
  return table;
}
