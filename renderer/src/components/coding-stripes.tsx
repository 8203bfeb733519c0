/**
 * The margin beside the text: a coloured bracket per coding, from the segment's first line to
 * its last. Only segments in the blocks near the viewport are measured and drawn, so a long
 * interview with hundreds of codings scrolls as lightly as a short one. Hovering a bracket shows
 * its code, coder and memos; clicking it selects the segment and opens its codes to change. A
 * segment with memos has their mark at its first line, which opens them.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Code, DocumentSegment } from '../../../shared/entities.js';
import { call } from '../api.js';
import { t } from '../i18n/index.js';
import { assignLanes, spansNear } from '../stripe-lanes.js';
import { rangeWithin } from '../text-selection.js';
import { MemoMark } from './memo-mark.js';

/** A segment in UTF-16 positions of the shown text. */
export interface ShownSegment {
  segment: DocumentSegment;
  start: number;
  end: number;
}

interface Bracket {
  key: string;
  segment: ShownSegment;
  codingId: number;
  code: Code;
  coder: string;
  top: number;
  height: number;
  lane: number;
}

const LANE = 9;
const MAX_LANES = 6;
/** A memo mark's height and the least gap below it: two marks on one line stand one under the other. */
const MARK_STEP = 18;

interface Mark {
  segment: ShownSegment;
  top: number;
}

interface Props {
  textRef: RefObject<HTMLDivElement | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  segments: ShownSegment[];
  codes: Map<number, Code>;
  onPick(segment: ShownSegment, at: { x: number; y: number }): void;
  onMemo(segment: DocumentSegment): void;
}

export function CodingStripes({ textRef, scrollRef, segments, codes, onPick, onMemo }: Props) {
  const [brackets, setBrackets] = useState<Bracket[]>([]);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [hover, setHover] = useState<{ bracket: Bracket; memos: string[] | null } | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => [...segments].sort((a, b) => a.start - b.start), [segments]);
  const longest = useMemo(() => sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0), [sorted]);

  const measure = useCallback(() => {
    const text = textRef.current;
    const scroller = scrollRef.current;
    const base = layer.current?.getBoundingClientRect();
    if (!text || !scroller || !base) return;
    const view = scroller.getBoundingClientRect();
    const margin = view.height / 2;
    const blocks = [...text.querySelectorAll<HTMLElement>('.text-chunk')];
    const near = blocks.filter((b) => {
      const box = b.getBoundingClientRect();
      return box.bottom >= view.top - margin && box.top <= view.bottom + margin;
    });
    if (near.length === 0) {
      setMarks([]);
      return setBrackets([]);
    }
    const from = Number(near[0]!.dataset.start);
    const last = near[near.length - 1]!;
    const to = Number(last.dataset.start) + (last.textContent?.length ?? 0);
    const starts = blocks.map((b) => Number(b.dataset.start));
    // A point is found within its own block, not by walking the whole text.
    const blockAt = (position: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= position) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const extents: { segment: ShownSegment; top: number; bottom: number }[] = [];
    for (const shown of spansNear(sorted, from, to, longest)) {
      const a = blockAt(shown.start);
      const b = blockAt(Math.max(shown.start, shown.end - 1));
      const range = document.createRange();
      const first = rangeWithin(blocks[a]!, shown.start - starts[a]!, shown.start - starts[a]!);
      const lastPoint = rangeWithin(blocks[b]!, shown.end - starts[b]!, shown.end - starts[b]!);
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(lastPoint.endContainer, lastPoint.endOffset);
      // A segment that starts where a line wraps has its start at the end of the text node before
      // it, which gives the range an empty box at the end of the line above: its mark and bracket
      // began a line too high. Boxes with width are the lines its text is on.
      const rects = [...range.getClientRects()];
      const lines = rects.some((r) => r.width > 0) ? rects.filter((r) => r.width > 0) : rects;
      if (lines.length === 0) continue;
      extents.push({ segment: shown, top: lines[0]!.top - base.top, bottom: lines[lines.length - 1]!.bottom - base.top });
    }
    const items = extents.flatMap((e) =>
      e.segment.segment.codings.map((coding) => ({ ...e, coding, code: codes.get(coding.codeId) })).filter((x) => x.code),
    );
    const lanes = assignLanes(items, MAX_LANES);
    setMarks(memoMarks(extents));
    setBrackets(
      items.map((item, i) => ({
        key: `${item.coding.id}`,
        segment: item.segment,
        codingId: item.coding.id,
        code: item.code!,
        coder: item.coding.coder,
        top: item.top,
        height: Math.max(4, item.bottom - item.top),
        lane: lanes[i]!,
      })),
    );
  }, [textRef, scrollRef, sorted, longest, codes]);

  // Measured again only when a block comes near the viewport or leaves its neighbourhood (the
  // band `measure` draws, half a viewport either side), and whenever the text's size changes
  // (window, pane, fonts, a block laid out for the first time). Not on every scrolled frame: the
  // brackets sit in the scrolled page, so a scroll alone moves them with the text, and measuring
  // and drawing them anew each frame took a fifth of a long interview's frame.
  // A passive effect: the parent's refs to the scroller and the text are set only after this
  // component's layout effects would run.
  useEffect(() => {
    measure();
    const scroller = scrollRef.current;
    const text = textRef.current;
    if (!scroller || !text) return;
    let frame = 0;
    const later = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), measure()));
    };
    const near = new IntersectionObserver(later, { root: scroller, rootMargin: '50% 0px' });
    for (const block of text.querySelectorAll('.text-chunk')) near.observe(block);
    const resized = new ResizeObserver(later);
    resized.observe(text);
    return () => {
      near.disconnect();
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [measure, scrollRef, textRef]);

  // The memos of the hovered segment come when asked for, not with the document.
  useEffect(() => {
    if (!hover || hover.memos) return;
    let current = true;
    call('memos.list', { target: { kind: 'segment', id: hover.bracket.segment.segment.id } }).then(
      (memos) => current && setHover((h) => (h && h.bracket.key === hover.bracket.key ? { ...h, memos: memos.map((m) => m.text) } : h)),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [hover]);

  return (
    <div ref={layer} className="coding-stripes" aria-label={t('codingTools.stripesLabel')} role="group" data-testid="coding-stripes">
      {brackets.map((b) => (
        <button
          key={b.key}
          className="stripe"
          data-coding={b.codingId}
          // Found again by focus-return.ts when drawn anew; the text's, when its coding is gone.
          data-focus-name={`stripe-${b.codingId}`}
          data-focus-else="document-text"
          aria-label={t('codingTools.stripe', { code: b.code.name, coder: b.coder })}
          style={{ top: b.top, height: b.height, right: 4 + b.lane * LANE, borderColor: b.code.color }}
          onMouseEnter={() => setHover({ bracket: b, memos: null })}
          onMouseLeave={() => setHover(null)}
          onFocus={() => setHover({ bracket: b, memos: null })}
          onBlur={() => setHover(null)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => {
            setHover(null);
            // Pressed by a key (Enter, Space), a click has no pointer: the card opens beside the stripe, not at the window's corner.
            const box = e.currentTarget.getBoundingClientRect();
            onPick(b.segment, e.detail === 0 ? { x: box.right, y: box.top } : { x: e.clientX, y: e.clientY });
          }}
        />
      ))}
      {marks.map((m) => (
        <MemoMark key={m.segment.segment.id} className="in-margin" style={{ top: m.top }} count={m.segment.segment.memoCount} onOpen={() => onMemo(m.segment.segment)} />
      ))}
      {hover && (
        <div className="stripe-card" role="tooltip" style={{ top: hover.bracket.top }}>
          <strong data-user-data="code">{hover.bracket.code.name}</strong>
          <span data-user-data="coder">{hover.bracket.coder}</span>
          {(hover.memos ?? []).map((memo, i) => (
            <p key={i} data-user-data="memo">{memo}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/** The marks of the segments with memos, by their first lines, each below the one before it. */
function memoMarks(extents: readonly { segment: ShownSegment; top: number }[]): Mark[] {
  const marks: Mark[] = [];
  for (const { segment, top } of [...extents].sort((a, b) => a.top - b.top)) {
    if (segment.segment.memoCount === 0) continue;
    const below = marks.length > 0 ? marks[marks.length - 1]!.top + MARK_STEP : -Infinity;
    marks.push({ segment, top: Math.max(top, below) });
  }
  return marks;
}
