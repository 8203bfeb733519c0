/**
 * A count table too large to draw whole (cross-table.tsx decides): code × case over 500 codes
 * and 300 cases is 150,000 cells. An ARIA grid of fixed-size cells, of which only the rows and
 * columns in view are in the page, with the header and the row labels held in place.
 *
 * Not a <table>: a table lays out all its drawn rows again when a column is drawn or taken away,
 * ~40 ms a step across a 500-code table, so it scrolled sideways at 15 fps (the bench's code ×
 * case figure). Here each row is placed by its top and is a flex line whose cells stand in
 * column order (CSS order) after a spacer as wide as the columns left out; rows and cells are
 * keyed by slot (an index modulo the most drawn at once), so the column scrolled in takes over
 * the elements of the column scrolled out, and a step gives a few cells new counts.
 * - Rows are not placed by a transform: that made each a stacking context and, under its sticky
 *   label, a composited layer as wide as the table (35 of them in view).
 * - Cells are not positioned one by one: each would be a layer of its own, which every frame's
 *   hit test and compositing went through.
 * - A cell holds its count, not a button: buttons doubled the elements laid out, painted and
 *   hit-tested at every step. One handler on the grid opens the cell clicked.
 *
 * In the page the rows and cells stand in slot order: CSS reading-flow gives them to assistive
 * technology in the order they are seen (Chromium ≥ 137), and aria-rowindex and aria-colindex
 * say where each is.
 */
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { CrossTable, TableCell } from '../../../shared/tables.js';
import { cellNamer, type CellNamer } from '../cell-name.js';
import { useKeptScroll } from '../kept-state.js';
import { moveInGrid, nearestRow, tabStop, type GridCell, type GridShape } from '../grid-keys.js';
import { useQuietVirtualizer, useSlots, useSteppedRange } from '../quiet-virtualizer.js';
import { inSlotOrder } from '../segment-pages.js';
import { headingColumnPx, headingWordPx } from '../heading-width.js';
import { useMoreToTheRight } from '../more-to-the-right.js';

/** Sizes in CSS pixels (styles.css .count-grid draws them); a column's is the table's (heading-width.ts). */
const ROW_PX = 32;
const LABEL_PX = 240;
const HEADER_PX = 92;
/** Rows and columns are drawn in steps of these (steadySteppedRows), so most frames of a scroll change nothing in the page. */
const ROW_STEP = 4;
const COLUMN_STEP = 2;
/** Rows moved by Page Up and Page Down. */
const PAGE_ROWS = 10;

interface CountGridProps {
  table: CrossTable;
  /** Where its scroll position is kept while the view is left (kept-state.ts). */
  place: string;
  /** The table's caption: its number, title and filters. */
  caption: ReactNode;
  /** The table's title, naming the scrolled region. */
  name: string;
  /** The largest count of a data row: the darkest shade. */
  maxCount: number;
  /** Opens the segments behind a cell (CrossTableView's, which opens none for a count of 0). */
  open: (row: number, column: number) => void;
}

/** The label with a line-break opportunity after each slash. */
function withBreaks(label: string): ReactNode {
  const parts = label.split('/');
  return parts.map((part, i) => (i < parts.length - 1 ? <span key={i}>{part}/<wbr /></span> : part));
}

/**
 * A code row's «Framework/Parent/Code» with its path cut before its code's name («Migration t…/Визы
 * и документы 1»): cut at its end, 240 px showed «Migration themes/Визы и доку…» on every row of a
 * table of all frameworks, the code itself cut. Rows of cases (whose names may hold a slash, as a
 * date does) and labels without a path are cut at their end as before.
 */
function pathCutFirst(label: string, codeRows: boolean): ReactNode {
  const slash = codeRows ? label.lastIndexOf('/') : -1;
  if (slash <= 0 || slash === label.length - 1) return label;
  return (
    <>
      <span className="label-path">{label.slice(0, slash)}</span>
      <span className="label-name">{label.slice(slash)}</span>
    </>
  );
}

export function CountGrid({ table, place, caption, name, maxCount, open }: CountGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const watchScroller = useMoreToTheRight(scroller);
  // Left for a quote and come back to, the grid is where it was (it came back at its top-left corner).
  const keepScroll = useKeptScroll(scroller, place, true);
  const captionId = useId();
  const drawnRows = useSteppedRange(ROW_STEP);
  const drawnColumns = useSteppedRange(COLUMN_STEP);
  const columnPx = useMemo(() => headingColumnPx(table.columns.map((c) => c.label), headingWordPx), [table.columns]);
  const rows = useQuietVirtualizer({
    count: table.rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 5, rangeExtractor: drawnRows,
  });
  const columns = useQuietVirtualizer({
    count: table.columns.length, getScrollElement: () => scroller.current, estimateSize: () => columnPx, overscan: 2, horizontal: true, rangeExtractor: drawnColumns,
  });
  // Sizes are kept per column index: another table of as many columns would keep the last one's.
  useLayoutEffect(() => columns.measure(), [columns, columnPx]);
  const rowItems = rows.getVirtualItems();
  const columnItems = columns.getVirtualItems();
  const rowSlots = useSlots(rowItems.length);
  const columnSlots = useSlots(columnItems.length);
  const gridElement = useRef<HTMLDivElement>(null);
  const grid = useGridFocus(table, scroller, gridElement, (cell) => {
    rows.scrollToIndex(cell.row);
    columns.scrollToIndex(cell.column);
  });
  // The cell Tab lands on: the focused one while it is drawn, else the first in view (not one
  // drawn above or left of the view, which Tab would scroll to). Rows in view start below the
  // header and columns right of the labels: each is as far in as the body and columns start.
  // In view below the sticky header and right of the row labels (the items' places leave both
  // out): by the scroll offset, not by the range, which the drawn steps start rows earlier.
  const inView = (items: { index: number; end: number }[], offset: number | null) =>
    items.filter((item) => item.end > (offset ?? 0)).map((item) => item.index);
  const tabCell = grid.tabStop(inView(rowItems, rows.scrollOffset), inView(columnItems, columns.scrollOffset));
  const first = columnItems[0]?.index ?? 0;
  const last = columnItems.at(-1)?.index ?? -1;
  // The drawn columns in slot order, the order of their elements in every row: built once per
  // step for the header and all rows, and the same array until the next, for the rows' memo().
  const columnOrder = useMemo(
    () => inSlotOrder(Array.from({ length: last - first + 1 }, (_, i) => ({ index: first + i })), columnSlots).map((item) => item.index),
    [first, last, columnSlots],
  );
  const width = LABEL_PX + table.columns.length * columnPx;
  // A click on a count opens its segments (a click also focuses the cell, as any focusable element).
  const openClicked = (event: MouseEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
    if (!cell) return;
    const [row, column] = cell.split(':').map(Number) as [number, number];
    open(row, column);
  };

  return (
    <div className="count-grid-frame">
      <div className="count-grid-caption" id={captionId}>{caption}</div>
      {/* A region named by the table's title, which the keyboard scrolls, holding the grid. */}
      <div className="count-grid-wrap" ref={watchScroller} role="region" aria-label={name} onScroll={keepScroll}>
        <div
          ref={gridElement} className="count-grid" role="grid" data-testid="cross-table" aria-labelledby={captionId} tabIndex={-1}
          aria-rowcount={table.rows.length + 1} aria-colcount={table.columns.length + 1}
          style={{ width, height: HEADER_PX + table.rows.length * ROW_PX, '--column-px': `${columnPx}px` } as CSSProperties}
          onKeyDown={(event) => grid.onKeyDown(event, open)} onFocus={grid.onFocus} onClick={openClicked}
        >
          <div className="count-grid-head" role="rowgroup">
            <div role="row" aria-rowindex={1}>
              <div role="columnheader" aria-colindex={1} className="corner">{table.rowHeader}</div>
              <div className="before" style={{ width: first * columnPx }} />
              {columnOrder.map((c) => {
                const { label } = table.columns[c]!;
                // A narrow column's «Framework/Code» breaks after the slash, not inside a word.
                return (
                  <div key={c % columnSlots} role="columnheader" aria-colindex={c + 2} title={label} data-user-data style={{ order: c }}>
                    <span className="clamp">{withBreaks(label)}</span>
                  </div>
                );
              })}
            </div>
          </div>
          <div className="count-grid-body" role="rowgroup" style={{ height: table.rows.length * ROW_PX }}>
            {inSlotOrder(rowItems, rowSlots).map(({ index: r }) => (
              <GridRow
                key={r % rowSlots} table={table} r={r} first={first} columnPx={columnPx} columnOrder={columnOrder} columnSlots={columnSlots} maxCount={maxCount} nameOf={cellNamer()}
                tabColumn={tabCell?.row === r ? tabCell.column : null}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

interface GridRowProps {
  table: CrossTable;
  r: number;
  /** The first column drawn, the columns' width, and all drawn in slot order. */
  first: number;
  columnPx: number;
  columnOrder: number[];
  columnSlots: number;
  maxCount: number;
  nameOf: CellNamer;
  /** The column whose cell is the grid's tab stop, if that cell is in this row. */
  tabColumn: number | null;
}

/** A row of the grid, drawn again only when its row, its columns or its tab stop change. */
const GridRow = memo(function GridRow({ table, r, first, columnPx, columnOrder, columnSlots, maxCount, nameOf, tabColumn }: GridRowProps) {
  const line = table.rows[r]!;
  // Its place on screen, and in the reading order of assistive technology (styles.css reading-flow):
  // in the page the rows stand in slot order. A string: React would write a number as "38px".
  const place = { top: r * ROW_PX, readingOrder: String(r) } as CSSProperties;
  if (line.role === 'heading') {
    return (
      <div role="row" aria-rowindex={r + 2} className="heading-row" style={place}>
        <div role="rowheader" aria-colindex={1} className="label" aria-colspan={table.columns.length + 1} title={line.label}>{line.label}</div>
      </div>
    );
  }
  return (
    <div role="row" aria-rowindex={r + 2} className={`${line.role}-row`} style={place}>
      {/* Data rows are named by cases or codes; subtotal and total rows by the builder's words. */}
      {/* Named by its label as written: its path and name in two boxes were read with a space between. */}
      <div role="rowheader" aria-colindex={1} className="label" title={line.label} aria-label={line.label} {...(line.role === 'data' ? { 'data-user-data': '' } : {})}>{pathCutFirst(line.label, table.kind === 'crosstab' || table.kind === 'cooccurrence')}</div>
      <div className="before" style={{ width: first * columnPx }} />
      {columnOrder.map((c) => {
        const value = table.cells[r]![c]!;
        return (
          <CountCell
            key={c % columnSlots} value={value} r={r} c={c} name={nameOf(line.label, table.columns[c]!.label, value.count)}
            heat={line.role === 'data' ? value.count / maxCount : 0} tabStop={tabColumn === c}
          />
        );
      })}
    </div>
  );
});

/** A count cell, in the grid or in a table drawn whole (cross-table.tsx). */
export interface CountCellProps {
  value: TableCell;
  r: number;
  c: number;
  /** Read by its row and column, not as a bare number. */
  name: string;
  /** The count's share of the largest: the shade. */
  heat: number;
  open: (r: number, c: number) => void;
}

/** A count's shade: the larger, the darker, with white figures on the darkest. */
export function shadeOf(heat: number): CSSProperties {
  return { background: `rgba(47, 93, 158, ${(heat * 0.55).toFixed(3)})`, color: heat > 0.6 ? 'white' : undefined };
}

/**
 * One count. The grid has one cell in the tab order and the arrow keys move between cells
 * (useGridFocus); Enter opens the focused cell's segments, a click the cell clicked (CountGrid).
 */
const CountCell = memo(function CountCell({ value, r, c, name, heat, tabStop }: Omit<CountCellProps, 'open'> & { tabStop: boolean }) {
  return (
    <div
      role="gridcell" aria-colindex={c + 2} data-cell={`${r}:${c}`} tabIndex={tabStop ? 0 : -1} aria-label={name}
      className={value.count === 0 ? 'count-cell empty' : 'count-cell'} style={{ order: c, ...shadeOf(heat) }}
    >
      {value.count}
    </div>
  );
});

/**
 * The focused cell of the grid, moved by the keys of the grid pattern (grid-keys.ts). A cell
 * drawn already is focused at once and scrolled into view; one further away is first scrolled
 * to, which draws it, and focused once drawn. Enter or Space opens the focused cell's segments.
 */
function useGridFocus(table: CrossTable, scroller: RefObject<HTMLDivElement | null>, gridElement: RefObject<HTMLDivElement | null>, scrollTo: (cell: GridCell) => void) {
  const shape: GridShape = {
    rows: table.rows.length, columns: table.columns.length, pageRows: PAGE_ROWS, hasCells: (r) => table.rows[r]!.role !== 'heading',
  };
  const [active, setActive] = useState<GridCell>(() => ({ row: nearestRow(shape, 0, 1) ?? 0, column: 0 }));
  const pending = useRef<GridCell | null>(null);
  const cellAt = ({ row, column }: GridCell) => scroller.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`) ?? null;
  /**
   * Focuses a cell and scrolls it clear of the sticky header and row labels: focus() alone
   * leaves a cell that is partly in view where it is, under them.
   */
  const reveal = (cell: HTMLElement) => {
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  // After each drawing: focus the cell a key moved to once it is in the page.
  useEffect(() => {
    const target = pending.current && cellAt(pending.current);
    if (!target) return;
    pending.current = null;
    reveal(target);
  });

  // Cells are kept by slot: as the view scrolls, the focused element is handed to the cell
  // scrolled in, and Enter would open the cell it became. Before that frame is painted, focus goes
  // back to the focused cell where it is drawn, else to the grid, which still takes the keys
  // (they move on from the focused cell).
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const grid = gridElement.current;
    if (!grid || !(focused instanceof HTMLElement) || focused === grid || !grid.contains(focused)) return;
    if (focused.closest<HTMLElement>('[data-cell]')?.dataset.cell === `${active.row}:${active.column}`) return;
    (cellAt(active) ?? grid).focus({ preventScroll: true });
  });

  return {
    tabStop: (rowIndexes: number[], columnIndexes: number[]) => tabStop(active, rowIndexes, columnIndexes, shape.hasCells),
    onFocus(event: FocusEvent) {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]')?.dataset.cell;
      if (!cell) return;
      const [row, column] = cell.split(':').map(Number) as [number, number];
      if (row !== active.row || column !== active.column) setActive({ row, column });
    },
    onKeyDown(event: KeyboardEvent, openAt: (row: number, column: number) => void) {
      if (event.target !== gridElement.current && !(event.target as HTMLElement).closest('[data-cell]')) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        openAt(active.row, active.column);
        return;
      }
      const next = moveInGrid(event.key, event.ctrlKey || event.metaKey, active, shape);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      const drawn = cellAt(next);
      if (drawn) reveal(drawn);
      else {
        pending.current = next;
        scrollTo(next);
      }
    },
  };
}
