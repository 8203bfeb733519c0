/**
 * A memo no longer attached (what it was on was deleted) put on the project, a case, a document or
 * a code, from the memo list: the kind first, then which one, named as the app's other pickers
 * name them. One undoable step; before, such a note stayed on nothing for good.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { MemoListRow, MemoTarget } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { caseLabel } from '../case-label.js';
import { casesInListOrder } from '../case-order.js';
import { codeChoices } from '../code-name.js';
import { documentChoices } from '../document-choices.js';
import { shortQuote } from '../memo-dialog.js';
import { t } from '../i18n/index.js';
import { useCall } from '../use-call.js';
import { DialogFrame } from './dialog-frame.js';

const kinds = ['project', 'case', 'document', 'code'] as const;
type Kind = (typeof kinds)[number];
type Choice = { id: number; label: string };

export function MemoAttachDialog({ memo, onClose }: { memo: MemoListRow; onClose(): void }) {
  const { data, act } = useApp();
  const [kind, setKind] = useState<Kind>('project');
  const [chosen, setChosen] = useState('');
  const documents = useCall('documents.list', {});
  const choices = useMemo<Record<Exclude<Kind, 'project'>, Choice[] | null>>(() => ({
    case: casesInListOrder(data.cases, data.groups).map((c) => ({ id: c.id, label: caseLabel(c, data.groups) })),
    document: documents && documentChoices(documents, data.cases, data.groups),
    code: codeChoices(data.codebook),
  }), [data, documents]);
  const offered = kind === 'project' ? null : choices[kind];
  // The first of the list until another is chosen: a kind changed starts on its first.
  const picked = offered?.find((c) => String(c.id) === chosen) ?? offered?.[0];
  const ready = kind === 'project' || picked !== undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const target: MemoTarget = kind === 'project' ? { kind, id: null } : { kind, id: picked!.id };
    onClose();
    void act(() => call('memos.attach', { id: memo.id, target }), () => t(`memoList.attach.done.${kind}`, { target: picked?.label }));
  };

  return (
    <DialogFrame label={t('memoList.attach.title')} onSubmit={submit} onEscape={onClose} onBackdrop={onClose}>
      <h2>{t('memoList.attach.title')}</h2>
      {/* Which memo: its title, else its words (a long one cut, with an ellipsis). */}
      <p className="hint" data-user-data="memo">{memo.name || shortQuote(memo.text)}</p>
      <div className="field field-select">
        <label htmlFor="attach-kind">{t('memoList.attach.kind')}</label>
        <select id="attach-kind" value={kind} onChange={(e) => (setKind(e.target.value as Kind), setChosen(''))}>
          {kinds.map((k) => <option key={k} value={k}>{t(`memoList.one.${k}`)}</option>)}
        </select>
      </div>
      {kind !== 'project' && (
        <div className="field field-select">
          <label htmlFor="attach-target">{t(`memoList.one.${kind}`)}</label>
          {offered === null ? <p className="hint">{t('common.loading')}</p>
            : offered.length === 0 ? <p className="hint">{t(`memoList.attach.none.${kind}`)}</p>
            : (
              <select id="attach-target" data-user-data={kind} value={String(picked!.id)} onChange={(e) => setChosen(e.target.value)}>
                {offered.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            )}
        </div>
      )}
      <div className="modal-buttons">
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={!ready}>{t('memoList.attach.ok')}</button>
      </div>
    </DialogFrame>
  );
}
