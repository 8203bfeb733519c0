/**
 * A segment's memos, opened from its mark, the coding menu, its card or its row in the segment
 * list. None: a new memo is written. One: it opens with its text, to read and change (it opened
 * empty, and saving wrote a second memo beside it). Several, as a merge of two coders' projects
 * or a REFI-QDA import can leave: they are listed, each to read, change or delete, and more added.
 * A REFI-QDA package also carries memos on single codings (a code one coder applied): the mark
 * after such a code opens them, and the segment's own memos opened from its row or mark list
 * them under the segment's, so the keyboard reaches them too. A researcher writes them as well
 * (why this code here): a coding's first memo is written at once, as a segment's is.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { memoDialog, shortQuote } from '../memo-dialog.js';
import { DialogFrame } from './dialog-frame.js';
import { MemoPanel } from './memo-panel.js';

/** A coding of the segment, named as its panel heads it. */
export interface MemoCoding {
  codingId: number;
  code: string;
  coder: string;
}

/** A segment and its words, as its memos' dialog shows them, with its codings that have memos. */
export interface MemoSegment {
  id: number;
  quote: string;
  notedCodings?: readonly MemoCoding[];
}

/** What the list dialog shows: the segment's memos and its codings', or a code's codings' alone. */
interface Listed {
  segment: MemoSegment;
  codings: readonly MemoCoding[];
  withSegment: boolean;
}

export function useSegmentMemos(): {
  openSegmentMemos(segment: MemoSegment): void;
  /** The memos on these codings of the segment (one code's, by each of its coders). */
  openCodingMemos(segment: MemoSegment, codings: readonly MemoCoding[]): void;
  /** One coding's memos: none, a first one written; else listed, to read, change or add to. */
  openCodingNote(segment: MemoSegment, coding: MemoCoding): void;
  segmentMemoList: ReactNode;
} {
  const { ask, act, showError, announce } = useApp();
  const [listed, setListed] = useState<Listed | null>(null);
  const openSegmentMemos = useCallback((segment: MemoSegment) => {
    const target = { kind: 'segment', id: segment.id } as const;
    const codings = segment.notedCodings ?? [];
    call('memos.list', { target }).then((memos) => {
      if (memos.length > 1 || codings.length > 0) setListed({ segment, codings, withSegment: true });
      else ask(memoDialog(act, { title: t('memoDialogs.segmentTitle'), target, memo: memos[0], quote: segment.quote }, announce));
    }, showError);
  }, [ask, act, showError, announce]);
  const openCodingMemos = useCallback((segment: MemoSegment, codings: readonly MemoCoding[]) => setListed({ segment, codings, withSegment: false }), []);
  const openCodingNote = useCallback((segment: MemoSegment, coding: MemoCoding) => {
    const target = { kind: 'coding', id: coding.codingId } as const;
    call('memos.list', { target }).then((memos) => {
      if (memos.length > 0) setListed({ segment, codings: [coding], withSegment: false });
      else ask(memoDialog(act, { title: t('memoDialogs.codingNoteTitle', { code: coding.code, coder: coding.coder }), target, quote: segment.quote }, announce));
    }, showError);
  }, [ask, act, showError, announce]);
  const segmentMemoList = listed && <SegmentMemoList {...listed} onClose={() => setListed(null)} />;
  return { openSegmentMemos, openCodingMemos, openCodingNote, segmentMemoList };
}

/** Each memo is changed in the memo dialog, which opens over this list and leaves it open. */
function SegmentMemoList({ segment, codings, withSegment, onClose }: Listed & { onClose(): void }) {
  const title = withSegment ? t('memoDialogs.segmentListTitle') : t('memoDialogs.codingTitle', { code: codings[0]?.code ?? '' });
  return (
    <DialogFrame label={title} className="segment-memos" onEscape={onClose} onBackdrop={onClose}>
      {/* A coding's title names its code, the user's words. */}
      <h2 data-user-data={withSegment ? undefined : 'code'}>{title}</h2>
      <p className="hint" data-user-data="quote">{shortQuote(segment.quote)}</p>
      {/* Each panel says what it is on where codings' memos are beside the segment's, or a code's by several coders. */}
      {withSegment && <MemoPanel target={{ kind: 'segment', id: segment.id }} {...(codings.length > 0 && { heading: t('memoDialogs.segmentPanel') })} />}
      {codings.map((coding) => (
        <MemoPanel
          key={coding.codingId} target={{ kind: 'coding', id: coding.codingId }}
          heading={<span data-user-data="code">{t('memoDialogs.codingPanel', { code: coding.code, coder: coding.coder })}</span>}
        />
      ))}
      <div className="modal-buttons">
        <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </DialogFrame>
  );
}
