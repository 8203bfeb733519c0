import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n/index.js';
import { COLUMN_MAX_PX, COLUMN_MIN_PX, type SegmentColumn } from '../segment-columns.js';
import { useSplitterDrag } from '../splitter-drag.js';

const STEP = 16;

/**
 * The right edge of a segment table column's head, a window splitter (WAI-ARIA): drag it, or focus
 * it and use the arrows; a double click gives the column back its default width. A column not yet
 * set starts from the width the grid gave it.
 */
export function SegmentColumnEdge({ column, name, width, onResize }: {
  column: SegmentColumn;
  /** The head's name: a stacked head's edge widens the track of both its columns, and says so. */
  name: string;
  width: number | undefined;
  onResize(column: SegmentColumn, width: number | null): void;
}) {
  const edge = useRef<HTMLDivElement>(null);
  const current = () => width ?? Math.round(edge.current?.parentElement?.getBoundingClientRect().width ?? COLUMN_MIN_PX);
  // A separator that takes the focus says its value: the width the grid gave, for a column not set.
  const [laidOut, setLaidOut] = useState<number>(COLUMN_MIN_PX);
  useLayoutEffect(() => setLaidOut(current()));
  const dragging = useSplitterDrag(current, (next) => onResize(column, next), 'x', 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? STEP : e.key === 'ArrowLeft' ? -STEP : null;
    if (step === null) return;
    e.preventDefault();
    onResize(column, current() + step);
  };
  return (
    <div
      ref={edge}
      className="column-edge"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('segments.resizeColumn', { column: name })}
      aria-valuemin={COLUMN_MIN_PX}
      aria-valuemax={COLUMN_MAX_PX}
      aria-valuenow={width ?? laidOut}
      title={t('common.resizeHint')}
      tabIndex={0}
      {...dragging}
      onDoubleClick={() => onResize(column, null)}
      onKeyDown={onKeyDown}
    />
  );
}
