/**
 * Every memo of the project in one list, filtered by what it is on and searched by its words; a
 * memo opens what it is on. One whose target was deleted has nothing to open: it is read, changed,
 * deleted and attached to something again here.
 */
import { useRef, useState } from 'react';
import { memoListKinds, type MemoListRow } from '../../../shared/entities.js';
import { useApp } from '../app-context.js';
import { formatDate, t } from '../i18n/index.js';
import { useFocusReturn } from '../focus-return.js';
import { memoDeleteDialog, memoDialog } from '../memo-dialog.js';
import { MemoAttachDialog } from './memo-attach-dialog.js';
import { MemoPanel } from './memo-panel.js';
import { memoTarget } from '../memo-target.js';
import { NO_ROWS, useCall } from '../use-call.js';

type Kind = (typeof memoListKinds)[number];

export function MemoList({ onClose }: { onClose(): void }) {
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(panel);
  const { setView, data, act, ask, announce } = useApp();
  const [kind, setKind] = useState<Kind | ''>('');
  const [text, setText] = useState('');
  const [attaching, setAttaching] = useState<MemoListRow | null>(null);

  const memos = useCall('memos.find', { ...(kind && { kind }), ...(text.trim() && { text }) }) ?? NO_ROWS;

  const open = (m: MemoListRow) => {
    if (m.targetKind === 'case' && m.targetId !== null) setView({ kind: 'case', caseId: m.targetId });
    else if (m.targetKind === 'document' && m.targetId !== null) setView({ kind: 'document', documentId: m.targetId });
    // A code's memo opens the code's segments: nothing else shows a code.
    else if (m.targetKind === 'code' && m.targetId !== null) setView({ kind: 'segments', codeId: m.targetId });
    // A coding's note opens its segment's passage.
    else if ((m.targetKind === 'segment' || m.targetKind === 'coding') && m.documentId !== null && m.start !== null && m.end !== null) {
      setView({ kind: 'document', documentId: m.documentId, focus: { start: m.start, end: m.end } });
    }
  };
  const opens = (m: MemoListRow) => m.targetKind === 'case' || m.targetKind === 'document' || m.targetKind === 'segment' || m.targetKind === 'coding' || m.targetKind === 'code';

  return (
    <aside
      ref={panel} className="search-panel memo-list" aria-label={t('memoList.title')} tabIndex={-1}
      // Esc closes the drawer, as the search drawer's does, unless a dialog of its own is open.
      onKeyDown={(e) => e.key === 'Escape' && !(e.target as Element).closest('[role=dialog]') && onClose()}
    >
      <div className="panel-head">
        <h2>{t('memoList.title')}</h2>
        <button className="close" onClick={onClose} aria-label={t('memoList.close')}>×</button>
      </div>
      <details>
        <summary>{t('memoList.projectMemos')}</summary>
        <MemoPanel target={{ kind: 'project', id: null }} />
      </details>
      <div className="search-scope">
        {/* Opened from the menu, the drawer takes the keyboard: it stayed on the menu, 32 Tabs away. */}
        <input type="search" aria-label={t('memoList.search')} placeholder={t('memoList.search')} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        <select aria-label={t('memoList.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
          <option value="">{t('memoList.allKinds')}</option>
          {memoListKinds.map((k) => <option key={k} value={k}>{t(`memoList.${k}`)}</option>)}
        </select>
      </div>
      <p className="hint" role="status">{t('memoList.count', { count: memos.length })}</p>
      <ul className="kwic">
        {memos.map((m) => {
          const source = `memo-source-${m.id}-${m.targetKind}-${m.targetId ?? 0}`;
          return (
            <li key={`${m.id}:${m.targetKind}:${m.targetId}`}>
              {/* Described by it, each Open says what it opens: every row's button was just «Открыть». */}
              <div className="kwic-source" id={source}>
                {m.targetLabel
                  ? t('memoList.on', { kind: t(`memoList.one.${m.targetKind}`), target: memoTarget(m, data.groups) })
                  : t(`memoList.one.${m.targetKind}`)} · <span data-user-data="coder">{m.author ?? ''}</span> {formatDate(m.createdAt)}
                {opens(m) && <> <button className="link" aria-describedby={source} onClick={() => open(m)}>{t('memoList.open')}</button></>}
                {m.targetKind === 'detached' && <>
                  {' '}<button className="icon" aria-label={t('memos.edit')} onClick={() => ask(memoDialog(act, { title: t('memos.editTitle'), memo: m }, announce))}>✎</button>
                  <button className="icon" aria-label={t('memos.delete')} onClick={() => ask(memoDeleteDialog(act, m))}>×</button>
                  {' '}<button className="link" onClick={() => setAttaching(m)}>{t('memoList.attach.button')}</button>
                </>}
              </div>
              {m.targetKind === 'detached' && <p className="hint">{t('memoList.detachedHint')}</p>}
              {m.name && <strong data-user-data="memo">{m.name}</strong>}
              <p className="memo-text" data-user-data="memo">{m.text}</p>
            </li>
          );
        })}
      </ul>
      {attaching && <MemoAttachDialog memo={attaching} onClose={() => setAttaching(null)} />}
    </aside>
  );
}
