/**
 * The memos on a document's coded segments, under the document's own in its Memos tab: a
 * researcher looks for a passage's memo beside the document's, and the tab said «No memos yet»
 * while its segments held several. Each names its passage, which selects it; Edit opens the
 * segment's memos as its mark does.
 */
import type { DocumentSegment } from '../../../shared/entities.js';
import { t } from '../i18n/index.js';
import { NO_ROWS, useCall } from '../use-call.js';

export function DocumentSegmentMemos({ documentId, segments, onSelect, onOpen }: {
  documentId: number;
  segments: readonly DocumentSegment[];
  onSelect(segment: DocumentSegment): void;
  onOpen(segment: DocumentSegment): void;
}) {
  const memos = useCall('memos.find', { documentId, kind: 'segment' }) ?? NO_ROWS;
  const byId = new Map(segments.map((s) => [s.id, s]));
  const shown = memos.filter((m) => m.targetId !== null && byId.has(m.targetId));
  if (shown.length === 0) return null;
  return (
    <section className="memos segment-memos-of-document" aria-label={t('memos.ofSegments')}>
      <h3>{t('memos.ofSegments')}</h3>
      <ul>
        {shown.map((memo) => {
          const segment = byId.get(memo.targetId!)!;
          return (
            <li key={memo.id} className="memo">
              <div className="memo-head">
                <button type="button" className="link" data-user-data="quote" onClick={() => onSelect(segment)}>«{memo.targetLabel}»</button>
                <button type="button" className="icon" aria-label={t('memos.edit')} onClick={() => onOpen(segment)}>✎</button>
              </div>
              {memo.name && <strong data-user-data="memo">{memo.name}</strong>}
              <p data-user-data="memo">{memo.text}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
