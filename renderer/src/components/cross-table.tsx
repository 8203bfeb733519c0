/**
 * A cross-case table on screen: counts shaded by size, or the quotes in each cell.
 *
 * A count table of more than WINDOWED_CELLS cells is a grid drawn a window at a time
 * (count-grid.tsx): drawn whole, Chromium spent minutes laying out code × case over 500 codes
 * and 300 cases, and the page answered nothing meanwhile. Smaller tables, and tables of quotes
 * (whose cells are as tall as their quotes; tables.ts leaves quotes out of large ones), are
 * drawn whole, as a table.
 */
import { memo, useRef, useState, type ReactNode } from 'react';
import type { CellSegment, Counting, CrossTable, TableCell } from '../../../shared/tables.js';
import { shownQuotes } from '../../../shared/passage-quotes.js';
import { cellNamer, type CellNamer } from '../cell-name.js';
import { CountGrid, shadeOf, type CountCellProps } from './count-grid.js';
import { moreToTheRight } from '../more-to-the-right.js';

const WINDOWED_CELLS = 20_000;

interface CrossTableProps {
  table: CrossTable;
  /** Where a large table's scroll position is kept while the view is left (kept-state.ts). */
  place: string;
  /** The table's caption: its number, title and filters. */
  caption: ReactNode;
  /** The table's title, naming the scrolled region of a large table. */
  name: string;
  /** The largest count of a data row: the darkest shade. */
  maxCount: number;
  /** Opens the segments behind a cell. */
  openCell: (title: string, row: string, column: string) => void;
  /** Opens a quote where it lies. */
  openQuote: (segment: CellSegment) => void;
}

export function CrossTableView({ table, place, caption, name, maxCount, openCell, openQuote }: CrossTableProps) {
  const openAt = (r: number, c: number) => {
    const row = table.rows[r]!;
    if (table.cells[r]![c]!.count > 0) openCell(`${row.label} × ${table.columns[c]!.label}`, row.key, table.columns[c]!.key);
  };
  // One pair of callbacks for the table's life, so that memo() keeps the rows whose data did not
  // change (typing the table's title draws the view again); the latest handlers are read when used.
  const latest = useRef({ openAt, openQuote });
  latest.current = { openAt, openQuote };
  const [actions] = useState<CellActions>(() => ({
    open: (r, c) => latest.current.openAt(r, c),
    openQuote: (segment) => latest.current.openQuote(segment),
  }));
  if (table.display === 'counts' && table.rows.length * table.columns.length > WINDOWED_CELLS) {
    // One grid per table asked (its place's key): switching the table kind or its frameworks kept
    // the last grid and its scroll, and a case matrix opened at its 273rd case and 120th code.
    return <CountGrid key={place} table={table} place={place} caption={caption} name={name} maxCount={maxCount} open={actions.open} />;
  }
  return (
    <div className="cross-table-wrap" ref={moreToTheRight}>
      <table className="cross-table" data-testid="cross-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map(({ key, label }) => <th key={key} scope="col" data-user-data>{label}</th>)}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((line, r) => <Row key={line.key} table={table} r={r} maxCount={maxCount} nameOf={cellNamer()} actions={actions} />)}
        </tbody>
      </table>
    </div>
  );
}

interface CellActions {
  open: (r: number, c: number) => void;
  openQuote: (segment: CellSegment) => void;
}

/** One row of the table, drawn again only when the table changes. */
const Row = memo(function Row({ table, r, maxCount, nameOf, actions }: { table: CrossTable; r: number; maxCount: number; nameOf: CellNamer; actions: CellActions }) {
  const line = table.rows[r]!;
  if (line.role === 'heading') {
    return <tr className="heading-row"><th colSpan={table.columns.length + 1} scope="rowgroup">{line.label}</th></tr>;
  }
  return (
    <tr className={`${line.role}-row`}>
      {/* Data rows are named by cases or codes; subtotal and total rows by the builder's words. */}
      <th scope="row" {...(line.role === 'data' ? { 'data-user-data': '' } : {})}>{line.label}</th>
      {table.cells[r]!.map((value, c) => (table.display === 'counts'
        ? <CountCell key={c} value={value} r={r} c={c} name={nameOf(line.label, table.columns[c]!.label, value.count)} heat={line.role === 'data' ? value.count / maxCount : 0} open={actions.open} />
        : <QuoteCell key={c} value={value} counting={table.counting} tagCases={table.tagCases} openQuote={actions.openQuote} />))}
    </tr>
  );
});

function CountCell({ value, r, c, name, heat, open }: CountCellProps) {
  return (
    <td className="count-cell" style={shadeOf(heat)}>
      <button className="link" aria-label={name} onClick={() => open(r, c)} disabled={value.count === 0}>
        {value.count}
      </button>
    </td>
  );
}

function QuoteCell({ value, counting, tagCases, openQuote }: { value: TableCell; counting: Counting | undefined; tagCases: boolean; openQuote: (segment: CellSegment) => void }) {
  return (
    <td>
      {shownQuotes(value.segments, counting).map((s) => (
        <button key={s.id} data-user-data className="link quote-in-cell" onClick={() => openQuote(s)}>
          {s.quote}{tagCases && <span className="case-tag"> ({s.caseLabel ?? s.caseName})</span>}
        </button>
      ))}
    </td>
  );
}
