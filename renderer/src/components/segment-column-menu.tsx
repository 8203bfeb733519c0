import { t } from '../i18n/index.js';
import { hideableColumns, type SegmentColumn } from '../segment-columns.js';
import { DropMenu } from './drop-menu.js';

/** Which of the segment table's columns are shown: a box per column, the menu open while ticking several. */
export function SegmentColumnMenu({ hidden, onToggle }: { hidden: ReadonlySet<SegmentColumn>; onToggle(column: SegmentColumn): void }) {
  return (
    <DropMenu label={t('segments.columns')} className="column-menu">
      {hideableColumns.map((column) => (
        // A click on a box is not a chosen action: the menu stays open for the next.
        <label key={column} onClick={(event) => event.stopPropagation()}>
          <input type="checkbox" checked={!hidden.has(column)} onChange={() => onToggle(column)} /> {t(`segments.${column}`)}
        </label>
      ))}
    </DropMenu>
  );
}
