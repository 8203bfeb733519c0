/**
 * The mark of a segment that has memos: a note, with their number when there are several. A
 * press opens them (segment-memos.tsx); the mark stands beside the segment in the margin of the
 * text, in the list under the document and in the segment list. A coding's memos have the same
 * mark, after its code, named for the coding (`label`); its tip may say the first memo (`tip`).
 * A coding without memos has an empty mark there (count 0, no .memo-mark: it marks no memo), to
 * write the first: quiet until its code is pointed at or the keyboard reaches it (styles.css .new-note).
 */
import type { CSSProperties, MouseEvent } from 'react';
import { t } from '../i18n/index.js';

export function MemoMark({ count, onOpen, className, style, tabbable = true, label = t('memoDialogs.mark', { count }), tip }: {
  count: number;
  onOpen(): void;
  className?: string;
  style?: CSSProperties;
  /**
   * Out of the tab order where its row opens the memos from the keyboard (the segment list's menu
   * key). A mark in the tab order is focused when pressed, so the memos' dialog gives the focus
   * back to it, as when the keyboard opened it: a press keeps the focus where it was (below), which
   * was the case list's document button, or another mark pressed before, where closing the dialog
   * left it. Out of the tab order the press leaves the focus on the row.
   */
  tabbable?: boolean;
  label?: string;
  /** Shown on hover under the label: what a memo says, read without opening it. */
  tip?: string;
}) {
  const open = (event: MouseEvent<HTMLButtonElement>) => {
    // The row or text beneath has its own click (open the segment, select it).
    event.stopPropagation();
    if (tabbable) event.currentTarget.focus();
    onOpen();
  };
  return (
    <button
      type="button" className={[count === 0 ? 'new-note' : 'memo-mark', className].filter(Boolean).join(' ')} style={style} aria-label={label} title={tip ? `${label}\n${tip}` : label}
      tabIndex={tabbable ? undefined : -1}
      // Keeps the text's selection (a press in the margin would drop it) and the row's focus.
      onMouseDown={(e) => e.preventDefault()}
      onClick={open}
    >
      {count === 0 ? '+' : count > 1 ? count : ''}
    </button>
  );
}

/**
 * After a code in the document (the list under its text, the segment's card): the mark of its
 * coding's memos, which opens them, or the empty mark that writes the first.
 */
export function CodingMemoMark({ code, coder, count, onOpen }: { code: string; coder: string; count: number; onOpen(): void }) {
  const label = count > 0 ? t('memoDialogs.codingMark', { code, count }) : t('memoDialogs.writeCodingNote', { code, coder });
  return <MemoMark className="on-code" count={count} onOpen={onOpen} label={label} />;
}
