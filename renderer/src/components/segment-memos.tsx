/**
 * A segment's memos, opened from its mark, the coding menu, its card or its row in the segment
 * list. None: a new memo is written. One: it opens with its text, to read and change (it opened
 * empty, and saving wrote a second memo beside it). Several, as a merge of two coders' projects
 * or a REFI-QDA import can leave: they are listed, each to read, change or delete, and more added.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { memoDialog, shortQuote } from '../memo-dialog.js';
import { DialogFrame } from './dialog-frame.js';
import { MemoPanel } from './memo-panel.js';

/** A segment and its words, as its memos' dialog shows them. */
export interface MemoSegment {
  id: number;
  quote: string;
}

export function useSegmentMemos(): { openSegmentMemos(segment: MemoSegment): void; segmentMemoList: ReactNode } {
  const { ask, act, showError } = useApp();
  const [listed, setListed] = useState<MemoSegment | null>(null);
  const openSegmentMemos = useCallback((segment: MemoSegment) => {
    const target = { kind: 'segment', id: segment.id } as const;
    call('memos.list', { target }).then((memos) => {
      if (memos.length > 1) setListed(segment);
      else ask(memoDialog(act, { title: t('memoDialogs.segmentTitle'), target, memo: memos[0], quote: segment.quote }));
    }, showError);
  }, [ask, act, showError]);
  const segmentMemoList = listed && <SegmentMemoList segment={listed} onClose={() => setListed(null)} />;
  return { openSegmentMemos, segmentMemoList };
}

/** Each memo is changed in the memo dialog, which opens over this list and leaves it open. */
function SegmentMemoList({ segment, onClose }: { segment: MemoSegment; onClose(): void }) {
  const title = t('memoDialogs.segmentListTitle');
  return (
    <DialogFrame label={title} className="segment-memos" onEscape={onClose} onBackdrop={onClose}>
      <h2>{title}</h2>
      <p className="hint" data-user-data="quote">{shortQuote(segment.quote)}</p>
      <MemoPanel target={{ kind: 'segment', id: segment.id }} />
      <div className="modal-buttons">
        <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </DialogFrame>
  );
}
