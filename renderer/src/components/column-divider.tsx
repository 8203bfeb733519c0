import type { KeyboardEvent } from 'react';
import type { ColumnWidths, SideColumn } from '../column-widths.js';
import { t } from '../i18n/index.js';
import { useSplitterDrag } from '../splitter-drag.js';

const STEP = 16;

/**
 * The edge between a side column and the middle, a window splitter (WAI-ARIA): drag it, or focus
 * it and use the arrows (Home and End for the narrowest and widest); a double click gives the
 * column back its default width. It lies just inside the middle (for the case list) or the
 * codebook, never over a column's scroll bar.
 */
export function ColumnDivider({ column, widths }: { column: SideColumn; widths: ColumnWidths }) {
  const width = widths.width(column);
  const { min, max } = widths.limits(column);
  // Dragging right widens the case list and narrows the codebook.
  const sign = column === 'cases' ? 1 : -1;
  const dragging = useSplitterDrag(width, (next) => widths.resize(column, next), 'x', sign);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === 'ArrowRight' ? width + sign * STEP
      : e.key === 'ArrowLeft' ? width - sign * STEP
      : e.key === 'Home' ? min
      : e.key === 'End' ? max
      : null;
    if (next === null) return;
    e.preventDefault();
    widths.resize(column, next);
  };

  return (
    <div
      className={`column-divider ${column}`}
      style={column === 'cases' ? { left: width } : { right: width - 6 }}
      role="separator"
      aria-orientation="vertical"
      aria-label={t(column === 'cases' ? 'cases.resize' : 'codebook.resize')}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      title={t('common.resizeHint')}
      tabIndex={0}
      {...dragging}
      onDoubleClick={() => widths.reset(column)}
      onKeyDown={onKeyDown}
    />
  );
}
