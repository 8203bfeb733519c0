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
import { readLater, type JsonText } from '../jobs/passed-json.js';

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
 * tableOf's cells written straight to JSON, byte for byte as JSON.stringify writes them, without
 * an object per cell: each label is escaped and encoded once, not once per cell, and the cells
 * are copied as UTF-8 into one buffer of the size they take (as strings joined, then encoded, a
 * co-occurrence table of 500 codes took twice as long).
 */
export function packTable({ table, counts, fuller }: TableParts): PackedTable {
  const width = table.columns.length;
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const rowHeads = table.rows.map((row) => utf8(`{"row":${JSON.stringify(row.label)}`));
  const columnPieces = table.columns.map((column) => utf8(`,"column":${JSON.stringify(column.label)},"count":`));
  const tails = new Map(fuller.map(([r, c, list]) => [r * width + c, utf8(`,"segments":${JSON.stringify(list)}}`)]));
  const noSegments = utf8(',"segments":[]}');
  const columnBytes = columnPieces.reduce((sum, piece) => sum + piece.length, 0);
  // "[" and "]", the rows' "[" "]" and commas between them, the commas between a row's cells.
  let size = 2 + Math.max(0, rowHeads.length - 1) + rowHeads.length * (2 + Math.max(0, width - 1));
  rowHeads.forEach((head, r) => {
    size += head.length * width + columnBytes;
    for (let c = 0; c < width; c++) size += numberLength(counts[r * width + c]!) + (tails.get(r * width + c) ?? noSegments).length;
  });
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  const put = (piece: Uint8Array) => {
    out.set(piece, at);
    at += piece.length;
  };
  const COMMA = 0x2c;
  out[at++] = 0x5b;
  rowHeads.forEach((head, r) => {
    if (r > 0) out[at++] = COMMA;
    out[at++] = 0x5b;
    for (let c = 0; c < width; c++) {
      if (c > 0) out[at++] = COMMA;
      const i = r * width + c;
      put(head);
      put(columnPieces[c]!);
      at = writeNumber(out, at, counts[i]!);
      put(tails.get(i) ?? noSegments);
    }
    out[at++] = 0x5d;
  });
  out[at++] = 0x5d;
  // A view of its own, so the bytes move to the main thread whole (passed-json.ts).
  const cells: JsonText<TableCell[][]> = { passedJson: new Uint8Array(out.buffer, out.byteOffset, at) };
  return { table: { ...table, cells }, counts: Float64Array.from(counts), fuller };
}

/** Bytes of a count's JSON: its digits when a whole number, as counts are. */
function numberLength(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return Buffer.byteLength(JSON.stringify(n));
  let length = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    length++;
  }
  return length;
}

/** Writes a count's JSON at `at`; returns where it ends. */
function writeNumber(out: Buffer, at: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return at + out.write(JSON.stringify(n), at, 'latin1');
  const end = at + numberLength(n);
  let i = end;
  do {
    out[--i] = 0x30 + (n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  return end;
}

/** The table on the main thread: its cells are built (tableOf) only if something there reads them. */
export function unpackTable({ table: { cells, ...frame }, counts, fuller }: PackedTable): CrossTable {
  const table = { ...frame } as CrossTable;
  readLater(table, 'cells', cells, () => tableOf({ table: frame, counts, fuller }).cells);
  return table;
}
