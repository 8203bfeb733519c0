import { memo, useDeferredValue } from 'react';
import type { Code, Coding, DocumentCoding, DocumentSegment, DocumentView as DocumentData } from '../../../shared/entities.js';
import type { OffsetMap } from '../../../shared/offsets.js';
import { t } from '../i18n/index.js';
import { CodingMemoMark, MemoMark } from './memo-mark.js';

/** Segments listed with the document's first frame; the rest follow in a render that yields to the user. */
const FIRST_SHOWN = 30;

/**
 * The coded segments of the open document, each with its codes and, if it or a coding of it has
 * memos, their mark (which opens them; a coding without memos has an empty one, to write the
 * first); a click selects it in the text.
 * A long interview's list is thousands of elements below the text, so it is drawn after the
 * text (and again only when the document or the codebook changes, not with the selection).
 */
export const SegmentsOfDocument = memo(function SegmentsOfDocument({ doc, coded, offsets, codes, onSelect, onRemove, onMemo, onCodingMemo, language }: {
  doc: DocumentData;
  /** The document's coded segments: a passage holding a memo alone is listed in the Memos tab. */
  coded: readonly DocumentSegment[];
  offsets: OffsetMap;
  codes: Map<number, Code>;
  onSelect(segment: { start: number; end: number }): void;
  /** Another coder's coding is removed only after asking (useRemoveCoding). */
  onRemove(coding: Coding, codeName: string): void;
  onMemo(segment: DocumentSegment): void;
  onCodingMemo(segment: DocumentSegment, coding: DocumentCoding): void;
  /** The labels are in it: a change of language draws the list again. */
  language: string;
}) {
  const shown = useDeferredValue(coded.length, Math.min(FIRST_SHOWN, coded.length));
  if (coded.length === 0) return <p className="hint">{t('coding.howTo')}</p>;
  return (
    <ul className="codings" aria-label={t('coding.listLabel')}>
      {coded.slice(0, shown).map((segment) => (
        <SegmentItem
          key={segment.id} text={doc.text} segment={segment} offsets={offsets} codes={codes}
          onSelect={onSelect} onRemove={onRemove} onMemo={onMemo} onCodingMemo={onCodingMemo} language={language}
        />
      ))}
    </ul>
  );
});

type ItemProps = Omit<Parameters<typeof SegmentsOfDocument>[0], 'doc' | 'coded'> & { text: string; segment: DocumentSegment };

/**
 * One segment of the list, drawn again only when it changed (the document view keeps a segment
 * read again as it was when it is the same): after a coding on a long interview, its thousand
 * others were drawn again, each label translated anew, 60 ms before the coded span was marked.
 */
const SegmentItem = memo(function SegmentItem({ text, segment, offsets, codes, onSelect, onRemove, onMemo, onCodingMemo }: ItemProps) {
  const quote = text.slice(offsets.toUtf16(segment.start), offsets.toUtf16(segment.end));
  return (
    <li>
      <button className="link quote" data-user-data="quote" onClick={() => onSelect(segment)}>
        {quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}
      </button>
      {segment.memoCount > 0 && <MemoMark count={segment.memoCount} onOpen={() => onMemo(segment)} />}
      {segment.codings.map((coding) => {
        const code = codes.get(coding.codeId);
        return (
          <span key={coding.id} className="chip" style={{ borderColor: code?.color }}>
            <span data-user-data="code">{code?.name}</span> <small data-user-data="coder">{coding.coder}</small>
            <CodingMemoMark code={code?.name ?? ''} coder={coding.coder} count={coding.memoCount} onOpen={() => onCodingMemo(segment, coding)} />
            <button aria-label={t('coding.remove', { code: code?.name ?? '' })} onClick={() => onRemove(coding, code?.name ?? '')}>×</button>
          </span>
        );
      })}
    </li>
  );
});
