/**
 * The names and codes a segment row cuts short, whole in a card under the row (over it near the
 * pane's foot) while the row is pointed at or has the keyboard's focus. At 1366 px beside the
 * codebook at its widest, a team's long codes were left a column of their head's width («Әле…»),
 * where no number of lines shows them whole, and a cell's title is seen by the mouse alone. The
 * cells hold the whole texts for screen readers: the card, a picture of them, is hidden from them.
 * It lets the pointer through, so the row under it is pointed at and opened as before.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ListedSegmentRow } from '../../../shared/entities.js';
import { fittedColumns, type FittedColumn } from '../segment-columns.js';
import { t } from '../i18n/index.js';
import { CodesCell } from './codes-cell.js';

/** Room kept between the card and the pane's edges. */
const EDGE_PX = 8;
/** The widest the card is, in ems: lines a reader takes in at a glance. */
const MOST_EM = 36;
/** How long the pointer rests on a row (after its last move) before its card shows: a pointer crossing the list flashes none. */
const POINTER_REST_MS = 400;

/** The name columns whose texts the row's cells cut (on their line or after their last). */
function cutColumns(row: HTMLElement): FittedColumn[] {
  return fittedColumns.filter((column) => {
    // A case's and group's names stacked in one cell (segment-table.tsx) are cut each on its own;
    // the coders after the codes in theirs are cut first, wherever that cell is (codes-cell.tsx).
    const cell = row.querySelector<HTMLElement>(`:scope > .cell > .stacked-${column}`) ?? row.querySelector<HTMLElement>(`:scope > .col-${column}`)
      ?? (column === 'coder' ? row.querySelector<HTMLElement>(':scope > .col-codes:has(> .folded-coders)') : null);
    return cell !== null && (cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight);
  });
}

export type PeekSource = 'pointer' | 'focus';

/**
 * The one row whose card shows: the one the pointer rests on, else the one focused (two cards
 * at once read as one row's). A scroll puts the pointer's away: the row under the pointer is
 * then another.
 */
export function usePeekedRow() {
  const [pointed, setPointed] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const rest = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(rest.current), []);
  const onPeek = useCallback((index: number, source: PeekSource, on: boolean) => {
    const unless = (current: number | null) => (current === index ? null : current);
    if (source === 'focus') setFocused((current) => (on ? index : unless(current)));
    else {
      clearTimeout(rest.current);
      if (on) rest.current = setTimeout(() => setPointed(index), POINTER_REST_MS);
      else setPointed(unless);
    }
  }, []);
  const onScroll = useCallback(() => {
    clearTimeout(rest.current);
    setPointed(null);
  }, []);
  return { peeked: pointed ?? focused, onPeek, onScroll };
}

/**
 * The columns a row's card shows while the row is the one peeked: those it cuts, measured each
 * time the row is drawn (its slot showing another segment, its lines changed) while it is.
 */
export function useCutColumns(peeked: boolean) {
  const row = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState<readonly FittedColumn[]>([]);
  useLayoutEffect(() => {
    const now = peeked && row.current ? cutColumns(row.current) : [];
    setCut((before) => (before.join() === now.join() ? before : now));
  });
  return { row, cut };
}

/** The card: each cut column's head and its whole text, under the row or, at the pane's foot, over it. */
export function RowPeek({ segment, columns, texts }: { segment: ListedSegmentRow; columns: readonly FittedColumn[]; texts: Record<string, string> }) {
  const card = useRef<HTMLDivElement>(null);
  // Inside the pane's visible part: from its first cut cell, moved back by its own width, and
  // over the row where under it would pass the pane's foot.
  useLayoutEffect(() => {
    const element = card.current;
    const row = element?.parentElement;
    const pane = row?.closest<HTMLElement>('.grid-body');
    if (!element || !row || !pane) return;
    const paneBox = pane.getBoundingClientRect();
    const rowBox = row.getBoundingClientRect();
    const headBottom = pane.querySelector('.grid-head')?.getBoundingClientRect().bottom ?? paneBox.top;
    const left = paneBox.left + EDGE_PX;
    const right = paneBox.left + pane.clientWidth - EDGE_PX;
    element.style.maxWidth = `min(${MOST_EM}em, ${right - left}px)`;
    const box = element.getBoundingClientRect();
    const from = row.querySelector(`:scope > .col-${columns[0]}`)?.getBoundingClientRect().left ?? left;
    element.style.left = `${Math.max(left, Math.min(from, right - box.width)) - rowBox.left}px`;
    const under = rowBox.bottom + box.height <= paneBox.top + pane.clientHeight - EDGE_PX || rowBox.top - box.height < headBottom;
    element.style.top = under ? '100%' : '';
    element.style.bottom = under ? '' : '100%';
  });
  return (
    <div ref={card} className="row-peek" aria-hidden="true">
      {columns.map((column) => (
        <p key={column}>
          <span className="peek-head">{t(`segments.${column}`)}</span>{' '}
          <span data-user-data={column}>{column === 'codes' ? <CodesCell row={segment} /> : texts[column]}</span>
        </p>
      ))}
    </div>
  );
}
