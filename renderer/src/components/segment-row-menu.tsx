/**
 * The segment list row's menu (a right-click on the row, or the context-menu key or Shift+F10
 * on it): the segment's memos, and a memo on each coding the row shows (why this code here), as
 * the text's coding menu offers them. The row names its codes, not its codings: they are asked
 * for as the menu opens.
 */
import { useEffect, useState } from 'react';
import type { ListedSegmentRow, SegmentCoding } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { CodingNoteItems, ItemMemoMark } from './coding-note-items.js';
import { PopupMenu } from './popup-menu.js';

export interface RowMenuRequest {
  row: ListedSegmentRow;
  at: { x: number; y: number };
}

export function SegmentRowMenu({ request: { row, at }, onClose, onSegmentMemo, onCodingMemo }: {
  request: RowMenuRequest;
  onClose(): void;
  onSegmentMemo(row: ListedSegmentRow): void;
  onCodingMemo(row: ListedSegmentRow, coding: SegmentCoding): void;
}) {
  const { showError } = useApp();
  const [codings, setCodings] = useState<SegmentCoding[] | null>(null);
  useEffect(() => {
    let current = true;
    call('segments.codings', { segmentId: row.id }).then(
      (all) => current && setCodings(shownOnRow(row, all)),
      (error: unknown) => {
        if (!current) return;
        onClose();
        showError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [row, onClose, showError]);
  // Drawn once its items are known, so the focus goes to the first and stays there.
  if (!codings) return null;
  const choose = (action: () => void) => {
    onClose();
    action();
  };
  return (
    <PopupMenu label={t('memoDialogs.rowMenu')} at={at} onClose={onClose}>
      <button role="menuitem" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(() => onSegmentMemo(row))}>
        {t('memoDialogs.segmentItem')}
        <ItemMemoMark count={row.memoCount} />
      </button>
      <CodingNoteItems codings={codings} onChoose={(coding) => choose(() => onCodingMemo(row, coding))} />
    </PopupMenu>
  );
}

/** The codings the row names, in its order: listed for one coder, that coder's alone. */
function shownOnRow(row: ListedSegmentRow, codings: readonly SegmentCoding[]): SegmentCoding[] {
  const shown = row.codedBy.flatMap(({ code, coders }) => coders.map((coder) => JSON.stringify([code, coder])));
  const place = (coding: SegmentCoding) => shown.indexOf(JSON.stringify([coding.code, coding.coder]));
  return codings.filter((coding) => place(coding) >= 0).sort((a, b) => place(a) - place(b));
}
