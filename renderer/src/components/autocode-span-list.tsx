/**
 * The spans of a "Code all hits" preview, each with its box to keep or leave it out. A preview
 * holds up to MAX_AUTOCODE_SPANS (20,000) spans: drawn whole, they were 20,000 boxes and some
 * 97,000 elements, and choosing a code froze the page for 4.5–7 s, each form unticked for 0.45 s.
 * Only the rows in view are drawn (and a few beyond each way, so Tab and Shift+Tab find the next
 * box drawn, and its focus scrolls the list on), each absolutely placed in a box as tall as all
 * the rows; each row says its place among all the spans (aria-posinset, aria-setsize), as the
 * list no longer holds them all.
 */
import { defaultRangeExtractor } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { AutocodeSpan } from '../../../shared/search.js';
import { caseLabelByName } from '../case-label.js';
import { withKeptRows } from '../case-rows.js';
import { t } from '../i18n/index.js';
import { useQuietVirtualizer } from '../quiet-virtualizer.js';
import { sourceLabel } from '../source-label.js';

// A row of one line of text under its source, until it is drawn and measured.
const ROW_PX = 40;
const OVERSCAN = 10;

/**
 * `ticks`: which spans are kept, and how one is ticked or unticked; null where none can be coded,
 * and the spans are only listed. A list is drawn for one preview (the dialog draws none while the
 * next comes), so its rows are known by their index: keyed by their spans, each row measured
 * placed all 20,000 again and made a key for each, 80 ms as a preview was first drawn.
 */
export function AutocodeSpanList({ spans, groups, ticks, labelledBy }: {
  spans: readonly AutocodeSpan[];
  groups: readonly { id: number; name: string }[];
  ticks: { unticked: ReadonlySet<number>; toggle(index: number): void } | null;
  labelledBy: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The row holding the focus stays drawn wherever the list is scrolled, so its focus is not lost,
  // and so do the rows either side of it: Tab and Shift+Tab then always find the next box, however
  // far the scrolled list's drawing lags behind the keys (held down, or on a busy machine, focus
  // ran past the rows drawn beyond the view and out of the list).
  const [focused, setFocused] = useState<number | null>(null);
  const kept = focused === null ? [] : [focused - 1, focused, focused + 1].filter((index) => index >= 0 && index < spans.length);
  const virtualizer = useQuietVirtualizer({
    count: spans.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: OVERSCAN,
    rangeExtractor: (range) => withKeptRows(defaultRangeExtractor(range), kept),
  });

  return (
    <div ref={scroller} className="autocode-spans">
      <ul aria-labelledby={labelledBy} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const span = spans[item.index]!;
          const body = (
            <span>
              <span className="kwic-source">{sourceLabel(span.caseName, span.documentName, caseLabelByName(span.caseName, span.groupName, groups))}</span>{' '}
              {span.text}
              {span.alreadyCoded && <em className="hint"> ({t('search.alreadyCoded')})</em>}
            </span>
          );
          return (
            <li
              key={item.key} data-index={item.index} ref={virtualizer.measureElement}
              aria-posinset={item.index + 1} aria-setsize={spans.length}
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => setFocused(item.index)}
            >
              {ticks ? (
                <label>
                  <input type="checkbox" checked={!ticks.unticked.has(item.index)} onChange={() => ticks.toggle(item.index)} />
                  {body}
                </label>
              ) : body}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
