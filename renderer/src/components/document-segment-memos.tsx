/**
 * The memos on a document's coded segments and on their codings, under the document's own in
 * its Memos tab: a researcher looks for a passage's memo beside the document's, and the tab said
 * «No memos yet» while its segments held several. Each names its passage, which selects it, and
 * a coding's its code and coder; Edit opens the segment's memos as its mark does, or the coding's.
 */
import type { DocumentCoding, DocumentSegment } from '../../../shared/entities.js';
import { t } from '../i18n/index.js';
import { shortQuote } from '../memo-dialog.js';
import { NO_ROWS, useCall } from '../use-call.js';

export function DocumentSegmentMemos({ documentId, segments, quoteOf, codeName, onSelect, onOpen, onOpenCoding }: {
  documentId: number;
  segments: readonly DocumentSegment[];
  quoteOf(segment: DocumentSegment): string;
  codeName(coding: DocumentCoding): string;
  onSelect(segment: DocumentSegment): void;
  onOpen(segment: DocumentSegment): void;
  onOpenCoding(segment: DocumentSegment, coding: DocumentCoding): void;
}) {
  const memos = useCall('memos.find', { documentId }) ?? NO_ROWS;
  // What each memo is on: a segment, or a coding and the segment it is on.
  const places = new Map<string, { segment: DocumentSegment; coding?: DocumentCoding }>();
  for (const segment of segments) {
    places.set(`segment:${segment.id}`, { segment });
    for (const coding of segment.codings) places.set(`coding:${coding.id}`, { segment, coding });
  }
  const shown = memos.flatMap((memo) => {
    const place = places.get(`${memo.targetKind}:${memo.targetId}`);
    return place ? [{ memo, ...place }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section className="memos segment-memos-of-document" aria-label={t('memos.ofSegments')}>
      <h3>{t('memos.ofSegments')}</h3>
      <ul>
        {shown.map(({ memo, segment, coding }) => (
          <li key={`${memo.id}:${memo.targetKind}:${memo.targetId}`} className="memo">
            <div className="memo-head">
              <button type="button" className="link" data-user-data="quote" onClick={() => onSelect(segment)}>«{shortQuote(quoteOf(segment))}»</button>
              <button type="button" className="icon" aria-label={t('memos.edit')} onClick={() => (coding ? onOpenCoding(segment, coding) : onOpen(segment))}>✎</button>
            </div>
            {coding && <small className="memo-on" data-user-data="code">{t('memoDialogs.onCoding', { code: codeName(coding), coder: coding.coder })}</small>}
            {memo.name && <strong data-user-data="memo">{memo.name}</strong>}
            <p data-user-data="memo">{memo.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
