import type { Code, DocumentView as DocumentData } from '../../../shared/entities.js';
import type { OffsetMap } from '../../../shared/offsets.js';
import { t } from '../i18n/index.js';

/** The coded segments of the open document, each with its codes; a click selects it in the text. */
export function SegmentsOfDocument({ doc, offsets, codes, onSelect, onRemove }: {
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
            <button className="link quote" data-user-data="quote" onClick={() => onSelect(segment)}>
              {quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}
            </button>
            {segment.codings.map((coding) => {
              const code = codes.get(coding.codeId);
              return (
                <span key={coding.id} className="chip" style={{ borderColor: code?.color }}>
                  <span data-user-data="code">{code?.name}</span> <small data-user-data="coder">{coding.coder}</small>
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
