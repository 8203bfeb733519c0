import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code, DocumentView as DocumentData } from '../../../shared/entities.js';
import { OffsetMap, snapToGraphemes } from '../../../shared/offsets.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useApplyCode, useShortcutCodes } from '../coding-actions.js';
import { documentRuns } from '../document-runs.js';
import { t } from '../i18n/index.js';
import { offsetWithin, selectWithin } from '../text-selection.js';
import { MemoPanel } from './memo-panel.js';

/**
 * A document's text with its coded spans highlighted. The text is editable only in the
 * browser's sense (contentEditable), so the caret and Shift+arrows select text from the
 * keyboard; every attempt to change the text is refused.
 */
export function DocumentView({ documentId, focus }: { documentId: number; focus?: { start: number; end: number } }) {
  const { data, revision, act, selection, setSelection } = useApp();
  const [doc, setDoc] = useState<DocumentData | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const applyCode = useApplyCode();
  const shortcutCodes = useShortcutCodes();

  useEffect(() => {
    // A slow answer for an older revision must not replace a newer one.
    let current = true;
    void call('documents.get', { id: documentId }).then((loaded) => {
      if (current) setDoc(loaded);
    });
    return () => {
      current = false;
    };
  }, [documentId, revision]);

  const offsets = useMemo(() => (doc ? new OffsetMap(doc.text) : null), [doc]);
  const codes = useMemo(() => new Map(data.codebook.codes.map((c) => [c.id, c])), [data.codebook.codes]);
  const runs = useMemo(() => {
    if (!doc || !offsets) return [];
    const spans = doc.segments.map((s) => ({ id: s.id, start: offsets.toUtf16(s.start), end: offsets.toUtf16(s.end) }));
    return documentRuns(doc.text.length, spans);
  }, [doc, offsets]);
  const segmentCodes = useMemo(
    () => new Map((doc?.segments ?? []).map((s) => [s.id, [...new Set(s.codings.map((c) => c.codeId))]])),
    [doc],
  );

  /** The user's selection inside the text, in code points, read from the DOM now. */
  const readSelection = useCallback((): { start: number; end: number } | null | undefined => {
    const container = textRef.current;
    const domSelection = window.getSelection();
    if (!container || !doc || !offsets || !domSelection || domSelection.rangeCount === 0) return undefined;
    const range = domSelection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
    if (range.collapsed) return null;
    const [start, end] = snapToGraphemes(
      doc.text,
      offsetWithin(container, range.startContainer, range.startOffset),
      offsetWithin(container, range.endContainer, range.endOffset),
    );
    return { start: offsets.toCodePoint(start), end: offsets.toCodePoint(end) };
  }, [doc, offsets]);

  // Follow the selection; a selection outside the text (undefined) leaves the last one.
  useEffect(() => {
    const onChange = () => {
      const current = readSelection();
      if (current !== undefined) setSelection(current && { documentId, ...current });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [readSelection, documentId, setSelection]);

  // After a reload, or when opened from the segment list, show the span selected.
  useEffect(() => {
    const container = textRef.current;
    if (!container || !offsets) return;
    const target = focus && !selection ? focus : selection?.documentId === documentId ? selection : null;
    if (!target) return;
    const range = selectWithin(container, offsets.toUtf16(target.start), offsets.toUtf16(target.end));
    if (target === focus) {
      const box = range.getBoundingClientRect();
      const view = container.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) container.scrollTop += box.top - view.top - 40;
    }
    // Only the document's content decides; a selection change must not re-run this.
  }, [runs, focus]);

  if (!doc) return <p className="hint">{t('common.loading')}</p>;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= 9) {
      event.preventDefault();
      // selectionchange arrives late when keys come fast; the DOM knows the selection now.
      const current = readSelection();
      const codeId = shortcutCodes[digit - 1];
      if (codeId !== undefined) applyCode(codeId, current ? { documentId, ...current } : undefined);
    }
  };

  return (
    <div className="document-view">
      <h2>{doc.document.name}</h2>
      <div
        ref={textRef}
        className="document-text"
        data-testid="document-text"
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={t('documents.textLabel')}
        onKeyDown={onKeyDown}
        onBeforeInput={(e) => e.preventDefault()}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
      >
        {runs.map((run) => {
          const runCodes = [...new Set(run.segmentIds.flatMap((id) => segmentCodes.get(id) ?? []))]
            .map((id) => codes.get(id))
            .filter((c): c is Code => !!c);
          const text = doc.text.slice(run.start, run.end);
          if (runCodes.length === 0) return <span key={run.start}>{text}</span>;
          return (
            <mark
              key={run.start}
              className="coded"
              style={highlightStyle(runCodes)}
              title={runCodes.map((c) => c.name).join(', ')}
              data-codes={runCodes.map((c) => c.name).join(',')}
            >
              {text}
            </mark>
          );
        })}
      </div>
      <MemoPanel target={{ kind: 'document', id: documentId }} />
      <SegmentsOfDocument doc={doc} offsets={offsets!} codes={codes} onSelect={(s) => setSelection({ documentId, start: s.start, end: s.end })} onRemove={(codingId) => void act(() => call('coding.remove', { codingId }))} />
    </div>
  );
}

/** The first code colours the background; each further code adds an underline of its colour. */
function highlightStyle(codes: Code[]): React.CSSProperties {
  const [first, ...rest] = codes;
  return {
    backgroundColor: `${first!.color}40`,
    boxShadow: rest.map((c, i) => `inset 0 -${(i + 1) * 3}px 0 ${c.color}`).join(', ') || undefined,
  };
}

function SegmentsOfDocument({ doc, offsets, codes, onSelect, onRemove }: {
  doc: DocumentData;
  offsets: OffsetMap;
  codes: Map<number, Code>;
  onSelect(segment: { start: number; end: number }): void;
  onRemove(codingId: number): void;
}) {
  if (doc.segments.length === 0) return <p className="hint">{t('coding.howTo')}</p>;
  return (
    <ul className="codings" aria-label={t('coding.listLabel')}>
      {doc.segments.map((segment) => {
        const quote = doc.text.slice(offsets.toUtf16(segment.start), offsets.toUtf16(segment.end));
        return (
          <li key={segment.id}>
            <button className="link quote" onClick={() => onSelect(segment)}>
              {quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}
            </button>
            {segment.codings.map((coding) => {
              const code = codes.get(coding.codeId);
              return (
                <span key={coding.id} className="chip" style={{ borderColor: code?.color }}>
                  {code?.name} <small>{coding.coder}</small>
                  <button aria-label={t('coding.remove', { code: code?.name ?? '' })} onClick={() => onRemove(coding.id)}>×</button>
                </span>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}
