import { useId, type ReactNode } from 'react';
import type { Memo, MemoTarget } from '../../../shared/entities.js';
import { useApp } from '../app-context.js';
import { formatDate, t } from '../i18n/index.js';
import { memoDeleteDialog, memoDialog } from '../memo-dialog.js';
import { NO_ROWS, useCall } from '../use-call.js';

/**
 * The memos on the project or one case, document, code, segment or coding: read, add, edit,
 * delete (all undoable). Headed `heading` where a dialog shows the memos of several targets.
 */
/** `none`: what an empty panel says, where «No memos yet» would mislead (a document whose passages hold memos). */
export function MemoPanel({ target, heading, none }: { target: MemoTarget; heading?: ReactNode; none?: string }) {
  const { act, ask, announce } = useApp();
  const headingId = useId();

  const memos = useCall('memos.list', { target }) ?? NO_ROWS;

  const edit = (memo?: Memo) => ask(memoDialog(act, { title: memo ? t('memos.editTitle') : t('memos.addTitle'), target, memo }, announce));

  const remove = (memo: Memo) => ask(memoDeleteDialog(act, memo));

  return (
    <section className="memos" aria-labelledby={headingId}>
      <h3>
        <span id={headingId}>{heading ?? t('memos.title')}</span> <button className="icon" aria-label={t('memos.add')} onClick={() => edit()}>+</button>
      </h3>
      {memos.length === 0 && <p className="hint">{none ?? t('memos.none')}</p>}
      <ul>
        {memos.map((memo) => (
          <li key={memo.id} className="memo">
            <div className="memo-head">
              <strong data-user-data="memo">{memo.name}</strong>
              <small><span data-user-data="coder">{memo.author ?? ''}</span> {formatDate(memo.createdAt, false)}</small>
              <button className="icon" aria-label={t('memos.edit')} onClick={() => edit(memo)}>✎</button>
              <button className="icon" aria-label={t('memos.delete')} onClick={() => remove(memo)}>×</button>
            </div>
            <p data-user-data="memo">{memo.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
