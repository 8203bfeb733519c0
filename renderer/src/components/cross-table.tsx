/**
 * A cross-case table on screen: counts shaded by size, or the quotes in each cell.
 *
 * A count table of more than WINDOWED_CELLS cells (code × case over 500 codes and 300 cases:
 * 150,000 cells) draws only the rows and columns in view, at fixed sizes, with the row labels and
 * the header kept in place while it scrolls: drawn whole, Chromium spent minutes laying out such
 * a table and the page answered nothing meanwhile. Smaller tables, and tables of quotes (whose
 * cells are as tall as their quotes; tables.ts leaves quotes out of large ones), are drawn whole.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { CellSegment, CrossTable, TableRow } from '../../../shared/tables.js';
import { moveInGrid, nearestRow, tabStop, type GridCell, type GridShape } from '../grid-keys.js';
import { t } from '../i18n/index.js';
import { useQuietVirtualizer } from '../quiet-virtualizer.js';
import { steppedRows } from '../segment-pages.js';

const WINDOWED_CELLS = 20_000;
/** Sizes of a windowed table, in CSS pixels (styles.css .cross-table.windowed draws them). */
const ROW_PX = 32;
const COLUMN_PX = 96;
const LABEL_PX = 240;
/**
 * Rows and columns are drawn in steps of these (steppedRows), so most frames of a scroll change
 * nothing in the page: a column scrolled in otherwise re-laid every row, ~35 ms a frame.
 */
const ROW_STEP = 8;
const COLUMN_STEP = 4;
/** Rows moved by Page Up and Page Down in a windowed table. */
const PAGE_ROWS = 10;

interface CrossTableProps {
  table: CrossTable;
  caption: ReactNode;
  /** The table's title, naming the scrolled region of a windowed table. */
  name: string;
  /** The largest count of a data row: the darkest shade. */
  maxCount: number;
  /** Opens the segments behind a cell. */
  openCell: (title: string, row: string, column: string) => void;
  /** Opens a quote where it lies. */
  openQuote: (segment: CellSegment) => void;
}

/** The label with a line-break opportunity after each slash. */
function withBreaks(label: string): ReactNode {
  const parts = label.split('/');
  return parts.map((part, i) => (i < parts.length - 1 ? <span key={i}>{part}/<wbr /></span> : part));
}

export function CrossTableView({ table, caption, name, maxCount, openCell, openQuote }: CrossTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const windowed = table.display === 'counts' && table.rows.length * table.columns.length > WINDOWED_CELLS;
  const rows = useQuietVirtualizer({
    count: table.rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 8, enabled: windowed,
    rangeExtractor: (range) => steppedRows(range, ROW_STEP),
  });
  const columns = useQuietVirtualizer({
    count: table.columns.length, getScrollElement: () => scroller.current, estimateSize: () => COLUMN_PX, overscan: 4, horizontal: true, enabled: windowed,
    rangeExtractor: (range) => steppedRows(range, COLUMN_STEP),
  });
  const grid = useGridFocus(table, scroller, (cell) => {
    rows.scrollToIndex(cell.row);
    columns.scrollToIndex(cell.column);
  });
  const all = (n: number) => Array.from({ length: n }, (_, index) => index);
  const rowIndexes = windowed ? rows.getVirtualItems().map((item) => item.index) : all(table.rows.length);
  const columnIndexes = windowed ? columns.getVirtualItems().map((item) => item.index) : all(table.columns.length);
  // The columns left out on either side of those drawn, as one empty cell each.
  const before = windowed ? (columns.getVirtualItems()[0]?.start ?? 0) : 0;
  const after = windowed ? columns.getTotalSize() - (columns.getVirtualItems().at(-1)?.end ?? 0) : 0;
  const spanned = columnIndexes.length + 1 + (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0);
  const gap = (width: number, key: string) => (width > 0 ? <td key={key} className="gap" aria-hidden="true" /> : null);

  const openAt = (r: number, c: number) => {
    const row = table.rows[r]!;
    if (table.cells[r]![c]!.count > 0) openCell(`${row.label} × ${table.columns[c]!.label}`, row.key, table.columns[c]!.key);
  };
  // The cell Tab lands on: the focused one while it is drawn, else the first drawn.
  const tabCell = windowed ? grid.tabStop(rowIndexes, columnIndexes) : null;

  const cell = (row: TableRow, r: number, c: number) => {
    const value = table.cells[r]![c]!;
    if (table.display === 'counts') {
      const heat = row.role === 'data' ? value.count / maxCount : 0;
      // A windowed table is a grid: one cell in the tab order, the arrow keys move between them
      // (useGridFocus), so its buttons are for the mouse.
      // Read by its row and column, not as a bare number.
      const cellName = t('tableCells.countIn', { row: row.label, column: table.columns[c]!.label, count: value.count });
      const gridCell = windowed
        ? { 'aria-colindex': c + 2, 'data-cell': `${r}:${c}`, tabIndex: tabCell?.row === r && tabCell.column === c ? 0 : -1, 'aria-label': cellName }
        : {};
      return (
        <td key={c} {...gridCell} className="count-cell" style={{ background: `rgba(47, 93, 158, ${(heat * 0.55).toFixed(3)})`, color: heat > 0.6 ? 'white' : undefined }}>
          <button className="link" aria-label={cellName} onClick={() => openAt(r, c)} disabled={value.count === 0} {...(windowed ? { tabIndex: -1 } : {})}>{value.count}</button>
        </td>
      );
    }
    return (
      <td key={c}>
        {value.segments.map((s) => (
          <button key={s.id} data-user-data className="link quote-in-cell" onClick={() => openQuote(s)}>
            {s.quote}{table.tagCases && <span className="case-tag"> ({s.caseLabel ?? s.caseName})</span>}
          </button>
        ))}
      </td>
    );
  };

  const row = (r: number) => {
    const line = table.rows[r]!;
    const aria = windowed ? { 'aria-rowindex': r + 2 } : {};
    if (line.role === 'heading') {
      return <tr key={line.key} {...aria} className="heading-row"><th colSpan={spanned} scope="rowgroup">{line.label}</th></tr>;
    }
    return (
      <tr key={line.key} {...aria} className={`${line.role}-row`}>
        {/* Data rows are named by cases or codes; subtotal and total rows by the builder's words. */}
        <th scope="row" {...(line.role === 'data' ? { 'data-user-data': '' } : {})} {...(windowed ? { title: line.label } : {})}>{line.label}</th>
        {gap(before, 'before')}
        {columnIndexes.map((c) => cell(line, r, c))}
        {gap(after, 'after')}
      </tr>
    );
  };

  const top = windowed ? (rows.getVirtualItems()[0]?.start ?? 0) : 0;
  const bottom = windowed ? rows.getTotalSize() - (rows.getVirtualItems().at(-1)?.end ?? 0) : 0;
  const gridProps = windowed
    ? {
      role: 'grid', 'aria-rowcount': table.rows.length + 1, 'aria-colcount': table.columns.length + 1, style: { width: LABEL_PX + columns.getTotalSize() },
      onKeyDown: (event: KeyboardEvent) => grid.onKeyDown(event, openAt), onFocus: grid.onFocus,
    }
    : {};
  return (
    // A windowed table is a region named by its title, holding the grid.
    <div className={`cross-table-wrap${windowed ? ' windowed' : ''}`} ref={scroller} {...(windowed ? { role: 'region', 'aria-label': name } : {})}>
      <table className={`cross-table${windowed ? ' windowed' : ''}`} data-testid="cross-table" {...gridProps}>
        {caption}
        {windowed && (
          <colgroup>
            <col style={{ width: LABEL_PX }} />
            {before > 0 && <col style={{ width: before }} />}
            {columnIndexes.map((c) => <col key={c} style={{ width: COLUMN_PX }} />)}
            {after > 0 && <col style={{ width: after }} />}
          </colgroup>
        )}
        <thead>
          <tr {...(windowed ? { 'aria-rowindex': 1 } : {})}>
            <th scope="col">{table.rowHeader}</th>
            {windowed && before > 0 && <th className="gap" aria-hidden="true" />}
            {columnIndexes.map((c) => {
              const { key, label } = table.columns[c]!;
              // A narrow column's «Framework/Code» breaks after the slash, not inside a word.
              return <th key={key} scope="col" {...(windowed ? { 'aria-colindex': c + 2, title: label } : {})} data-user-data>{windowed ? withBreaks(label) : label}</th>;
            })}
            {windowed && after > 0 && <th className="gap" aria-hidden="true" />}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr className="gap" aria-hidden="true" style={{ height: top }}><td colSpan={spanned} /></tr>}
          {rowIndexes.map(row)}
          {bottom > 0 && <tr className="gap" aria-hidden="true" style={{ height: bottom }}><td colSpan={spanned} /></tr>}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The focused cell of a windowed table, moved by the keys of the grid pattern (grid-keys.ts).
 * A cell drawn already is focused at once and scrolled into view; one further away is first
 * scrolled to, which draws it, and focused once drawn. Enter or Space opens the focused cell's
 * segments.
 */
function useGridFocus(table: CrossTable, scroller: RefObject<HTMLDivElement | null>, scrollTo: (cell: GridCell) => void) {
  const shape: GridShape = {
    rows: table.rows.length, columns: table.columns.length, pageRows: PAGE_ROWS, hasCells: (r) => table.rows[r]!.role !== 'heading',
  };
  const [active, setActive] = useState<GridCell>(() => ({ row: nearestRow(shape, 0, 1) ?? 0, column: 0 }));
  const pending = useRef<GridCell | null>(null);
  const cellAt = ({ row, column }: GridCell) => scroller.current?.querySelector<HTMLElement>(`td[data-cell="${row}:${column}"]`) ?? null;
  /**
   * Focuses a cell and scrolls it clear of the sticky header and row labels: focus() alone
   * leaves a cell that is partly in view where it is, under them.
   */
  const reveal = (cell: HTMLElement) => {
    cell.focus({ preventScroll: true });
    const wrap = scroller.current;
    const header = wrap?.querySelector('thead');
    if (wrap && header) wrap.style.scrollPadding = `${header.offsetHeight}px 0 0 ${LABEL_PX}px`;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  // After each drawing: focus the cell a key moved to once it is in the page.
  useEffect(() => {
    const target = pending.current && cellAt(pending.current);
    if (!target) return;
    pending.current = null;
    reveal(target);
  });

  return {
    tabStop: (rowIndexes: number[], columnIndexes: number[]) => tabStop(active, rowIndexes, columnIndexes, shape.hasCells),
    onFocus(event: FocusEvent) {
      const cell = (event.target as HTMLElement).closest<HTMLElement>('td[data-cell]')?.dataset.cell;
      if (!cell) return;
      const [row, column] = cell.split(':').map(Number) as [number, number];
      if (row !== active.row || column !== active.column) setActive({ row, column });
    },
    onKeyDown(event: KeyboardEvent, open: (row: number, column: number) => void) {
      if (!(event.target as HTMLElement).closest('td[data-cell]')) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open(active.row, active.column);
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
