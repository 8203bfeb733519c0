/**
 * A menu's items for a segment's codings, one each, to write a memo on that coding (why this
 * code here) or open those it has, which a mark on the item shows: in the text's coding menu and
 * the segment list row's menu.
 */
import type { SegmentCoding } from '../../../shared/entities.js';
import { t } from '../i18n/index.js';

export function CodingNoteItems({ codings, onChoose }: { codings: readonly SegmentCoding[]; onChoose(coding: SegmentCoding): void }) {
  return codings.map((coding) => (
    <button key={coding.codingId} role="menuitem" data-user-data="code" onMouseDown={(e) => e.preventDefault()} onClick={() => onChoose(coding)}>
      {t('memoDialogs.codingNoteItem', { code: coding.code, coder: coding.coder })}
      <ItemMemoMark count={coding.memoCount} />
    </button>
  ));
}

/** On a menu's item, the memos it opens: a memo mark, not itself a button; none without memos. */
export function ItemMemoMark({ count }: { count: number }) {
  if (count === 0) return null;
  return <span className="memo-mark" role="img" aria-label={t('memoList.count', { count })}>{count > 1 ? count : ''}</span>;
}
