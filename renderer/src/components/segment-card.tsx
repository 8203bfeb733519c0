/**
 * A coded segment opened from its bracket: its codes, each removable or changed to another code
 * (another coder's after asking: coding-actions.ts), another code added, and its memos; a coding
 * with memos of its own (REFI-QDA packages carry them) has their mark, which opens them, and one
 * without an empty mark, which writes its first (why this code here).
 */
import { useEffect, useMemo, useRef } from 'react';
import { codeTree } from '../../../shared/code-tree.js';
import type { Code, DocumentCoding, DocumentSegment } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useChangeCoding, useRemoveCoding } from '../coding-actions.js';
import { t } from '../i18n/index.js';
import { useFocusReturn } from '../focus-return.js';
import { CodingMemoMark } from './memo-mark.js';

export function SegmentCard({ segment, at, onClose, onMemo, onCodingMemo }: {
  segment: DocumentSegment;
  at: { x: number; y: number };
  onClose(): void;
  onMemo(): void;
  onCodingMemo(coding: DocumentCoding): void;
}) {
  const { data, act } = useApp();
  const removeCoding = useRemoveCoding();
  const changeCoding = useChangeCoding();
  const card = useRef<HTMLDivElement>(null);
  useFocusReturn(card);
  const codes = useMemo(() => new Map(data.codebook.codes.map((c) => [c.id, c])), [data.codebook.codes]);
  const options = useMemo(() => codeTree(data.codebook).entries.map((e) => ({ id: e.code.id, label: e.path.split('/').join(' › ') })), [data.codebook]);
  const span = { documentId: segment.documentId, start: segment.start, end: segment.end };

  useEffect(() => {
    // The first coding's change of code, not the memo mark before it.
    (card.current?.querySelector('select') ?? card.current?.querySelector('button'))?.focus();
    const close = (event: Event) => {
      if (!card.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [onClose]);

  const codeOptions = (except: number | null) =>
    options
      .filter((o) => o.id !== except)
      .map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ));

  return (
    <div
      ref={card}
      className="segment-card"
      role="dialog"
      aria-label={t('codingTools.segmentTitle')}
      style={{ left: Math.min(at.x + 8, window.innerWidth - 340), top: Math.min(at.y, window.innerHeight - 260) }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h3>{t('codingTools.segmentCodes')}</h3>
      <ul>
        {segment.codings.map((coding) => {
          const code = codes.get(coding.codeId) as Code | undefined;
          if (!code) return null;
          return (
            <li key={coding.id}>
              <span className="swatch" style={{ background: code.color }} />
              <span data-user-data="code">{code.name}</span>
              <small data-user-data="coder">{coding.coder}</small>
              <CodingMemoMark code={code.name} coder={coding.coder} count={coding.memoCount} onOpen={() => (onClose(), onCodingMemo(coding))} />
              <select aria-label={t('codingTools.changeLabel', { code: code.name })} value="" onChange={(e) => e.target.value && changeCoding(coding, code.name, Number(e.target.value), onClose)}>
                <option value="">{t('codingTools.changeTo')}</option>
                {codeOptions(code.id)}
              </select>
              <button className="icon" aria-label={t('coding.remove', { code: code.name })} onClick={() => removeCoding(coding, code.name, onClose)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <select
        aria-label={t('codingTools.addCode')}
        value=""
        onChange={(e) => e.target.value && void act(() => call('coding.apply', { ...span, codeId: Number(e.target.value) })).then(onClose)}
      >
        <option value="">{t('codingTools.addCode')}</option>
        {codeOptions(null)}
      </select>
      <button onClick={() => (onClose(), onMemo())}>{t('codingTools.memo')}</button>
    </div>
  );
}
