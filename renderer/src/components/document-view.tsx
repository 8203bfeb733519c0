import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code, DocumentCoding, DocumentSegment, DocumentView as DocumentData, SegmentCoding } from '../../../shared/entities.js';
import { OffsetMap } from '../../../shared/offsets.js';
import { call, isConnectionFailure } from '../api.js';
import { useApp } from '../app-context.js';
import { useApplyCode, useRemoveCoding, useShortcutCodes } from '../coding-actions.js';
import { chunkRuns } from '../document-chunks.js';
import { documentRuns } from '../document-runs.js';
import { readingPlace, saveReadingPlace } from '../reading-place.js';
import { t } from '../i18n/index.js';
import { shortcutKey } from '../shortcuts.js';
import { dropSelectionIn, moveFocusTo, offsetAtPoint, offsetWithin, rangeWithin, selectWithin, snapSelection, trimSelection } from '../text-selection.js';
import { showKeptSelection } from '../kept-selection.js';
import { passageSegment } from '../passage-segment.js';
import { CodingMenu, type CodingMenuRequest } from './coding-menu.js';
import { DocumentActions } from './document-actions.js';
import { CodingStripes, type ShownSegment } from './coding-stripes.js';
import { DocumentSidePane } from './document-side-pane.js';
import { SegmentCard } from './segment-card.js';
import { MemoPanel } from './memo-panel.js';
import { DocumentSegmentMemos } from './document-segment-memos.js';
import { SegmentsOfDocument } from './segments-of-document.js';
import { useSegmentMemos, type MemoSegment } from './segment-memos.js';
import { NothingPicked } from './nothing-picked.js';
import { sameWhereEqual } from '../same-where-equal.js';

/**
 * A document's text with its coded spans highlighted. The text is editable only in the
 * browser's sense (contentEditable), so the caret and Shift+arrows select text from the
 * keyboard; every attempt to change the text is refused. The text is drawn in blocks the
 * browser lays out only near the viewport (content-visibility), so a long interview opens fast.
 */
export function DocumentView({ documentId, focus }: { documentId: number; focus?: { start: number; end: number } }) {
  const { session, data, documentRevision, language, selection, setSelection, setSelectionReader, setView } = useApp();
  const projectPath = session.project?.path ?? '';
  const [doc, setDoc] = useState<DocumentData | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const applyCode = useApplyCode();
  const shortcutCodes = useShortcutCodes();

  const [missing, setMissing] = useState(false);
  // Not loaded because CaseCoder did not answer: the text shown stays (or a line says why there is
  // none), and the reading place is kept; the app's reload once it answers loads it.
  const [unanswered, setUnanswered] = useState(false);
  useEffect(() => {
    // A slow answer for an older revision must not replace a newer one. Read again as soon as a
    // change is written (AppContextValue.documentRevision).
    let current = true;
    call('documents.get', { id: documentId }).then(
      (loaded) => {
        if (!current) return;
        // Its text and unchanged segments kept as they were, so only what changed is drawn anew.
        setDoc((shown) => sameWhereEqual(shown, loaded));
        setMissing(false);
        setUnanswered(false);
      },
      (error: unknown) => {
        if (!current) return;
        if (isConnectionFailure(error)) return setUnanswered(true);
        // Deleted (or undone) since: forget it as the reading place.
        setMissing(true);
        saveReadingPlace(projectPath, null);
      },
    );
    return () => {
      current = false;
    };
  }, [documentId, documentRevision, projectPath]);

  // Of the text alone, and of the segments alone: a coding changes the segments, never the text.
  const text = doc?.text ?? null;
  const segments = doc?.segments ?? null;
  const offsets = useMemo(() => (text === null ? null : new OffsetMap(text)), [text]);
  const codes = useMemo(() => new Map(data.codebook.codes.map((c) => [c.id, c])), [data.codebook.codes]);
  const runs = useMemo(() => {
    if (text === null || !segments || !offsets) return [];
    const spans = segments.map((s) => ({ id: s.id, start: offsets.toUtf16(s.start), end: offsets.toUtf16(s.end) }));
    return documentRuns(text.length, spans);
  }, [text, segments, offsets]);
  const chunks = useMemo(() => (text === null ? [] : chunkRuns(text, runs)), [text, runs]);
  const shownSegments = useMemo<ShownSegment[]>(
    () => (doc && offsets ? doc.segments.map((segment) => ({ segment, start: offsets.toUtf16(segment.start), end: offsets.toUtf16(segment.end) })) : []),
    [doc, offsets],
  );
  const [menu, setMenu] = useState<CodingMenuRequest | null>(null);
  // Each card opened is one of its own (`opened`): a change made in a card closes that card once
  // written, and a card opened meanwhile on another bracket was closed by it in its place.
  const [card, setCard] = useState<{ segmentId: number; at: { x: number; y: number }; opened: number } | null>(null);
  const cardsOpened = useRef(0);
  const closeMenu = useCallback(() => setMenu(null), []);
  const openedCard = card?.opened;
  const closeCard = useCallback(() => setCard((shown) => (shown?.opened === openedCard ? null : shown)), [openedCard]);
  const segmentCodes = useMemo(
    () => new Map((doc?.segments ?? []).map((s) => [s.id, [...new Set(s.codings.map((c) => c.codeId))]])),
    [doc],
  );
  // The document's segments read once per load, not on every render (a selection re-renders the
  // view): the coded ones, listed and counted under the text; the passages holding a memo alone,
  // underlined so which words a memo is on shows without opening it; and whether any passage has
  // a memo, for the Memos tab's line on the document's own.
  const passages = useMemo(() => {
    const segments = doc?.segments ?? [];
    return {
      coded: segments.filter((s) => s.codings.length > 0),
      noted: new Set(segments.filter((s) => s.codings.length === 0).map((s) => s.id)),
      withMemos: segments.some((s) => s.memoCount > 0 || s.codings.some((c) => c.memoCount > 0)),
    };
  }, [doc]);
  // What each block draws, its blocks that draw as before kept as they were (same-where-equal.ts):
  // after a coding only the block holding the span is drawn anew, not every block of the text.
  const drawnBefore = useRef<DrawnChunk[]>([]);
  const drawnChunks = useMemo(() => {
    const drawn = chunks.map((chunk) => ({
      start: chunk.start,
      end: chunk.end,
      runs: chunk.runs.map((run) => ({
        start: run.start,
        end: run.end,
        codeIds: [...new Set(run.segmentIds.flatMap((id) => segmentCodes.get(id) ?? []))],
        noted: run.segmentIds.some((id) => passages.noted.has(id)),
      })),
    }));
    return (drawnBefore.current = sameWhereEqual(drawnBefore.current, drawn));
  }, [chunks, segmentCodes, passages.noted]);

  /** The user's selection inside the text, in code points, read from the DOM now. */
  const readSelection = useCallback((): { start: number; end: number } | null | undefined => {
    const container = textRef.current;
    const domSelection = window.getSelection();
    if (!container || !doc || !offsets || !domSelection || domSelection.rangeCount === 0) return undefined;
    const range = domSelection.getRangeAt(0);
    // A click on the page under the text puts the caret beside it, not in it: the selection is
    // then gone, where the codebook had still said «61 characters selected» and a digit coded them.
    if (range.collapsed && scrollRef.current?.contains(range.startContainer)) return null;
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
    if (range.collapsed) return null;
    const [start, end] = trimSelection(doc.text, ...snapSelection(
      doc.text,
      offsetWithin(container, range.startContainer, range.startOffset),
      offsetWithin(container, range.endContainer, range.endOffset),
    ));
    if (start === end) return null;
    return { start: offsets.toCodePoint(start), end: offsets.toCodePoint(end) };
  }, [doc, offsets]);

  // Coding reads the selection through this when it codes, not the one last heard of below.
  useEffect(() => {
    setSelectionReader(() => {
      const current = readSelection();
      return current && { documentId, ...current };
    });
    return () => setSelectionReader(null);
  }, [readSelection, documentId, setSelectionReader]);

  // While the browser's selection is outside the text, the one kept for coding is drawn there
  // (kept-selection.ts): again when the marks are drawn anew, as the range is of their nodes.
  // `away` is passed where the selection was just read: reading it measures the text up to it,
  // which near the end of a long interview is most of the text, on every step of a drag.
  const kept = useRef(selection);
  kept.current = selection;
  const drawKept = useCallback((away?: boolean) => {
    const container = textRef.current;
    const span = kept.current;
    if (!container || !offsets || span?.documentId !== documentId) return showKeptSelection(null);
    showKeptSelection((away ?? readSelection() === undefined) ? rangeWithin(container, offsets.toUtf16(span.start), offsets.toUtf16(span.end)) : null);
  }, [readSelection, offsets, documentId]);
  useLayoutEffect(() => drawKept(), [drawKept, selection, runs]);
  useEffect(() => () => showKeptSelection(null), []);

  // Follow the selection; a selection outside the text (undefined) leaves the last one.
  useEffect(() => {
    const onChange = () => {
      const current = readSelection();
      if (current !== undefined) setSelection(current && { documentId, ...current });
      drawKept(current === undefined);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [readSelection, documentId, setSelection, drawKept]);

  // The text must stay exactly the stored text: selections are read from it as offsets, so a
  // character deleted from it or typed into it would shift every later coding of the document.
  // React's onBeforeInput sees only typed characters, not Backspace, Delete or an input method's
  // text, so the browser's own beforeinput is refused for every kind of edit; should one get
  // through anyway (an input method's composition cannot be cancelled), the text is drawn
  // again from the stored one.
  const [redrawn, setRedrawn] = useState(0);
  const shown = doc !== null;
  useEffect(() => {
    const container = textRef.current;
    if (!container) return;
    const refuse = (event: Event) => event.preventDefault();
    const redraw = () => setRedrawn((n) => n + 1);
    container.addEventListener('beforeinput', refuse);
    container.addEventListener('input', redraw);
    return () => {
      container.removeEventListener('beforeinput', refuse);
      container.removeEventListener('input', redraw);
    };
  }, [shown, redrawn]);

  // After a reload, or when opened from the segment list, show the span selected. Selecting in
  // the (editable) text moves the focus there: a reload that comes late (a change made elsewhere,
  // on a loaded machine) must not take it from where the user has gone since, such as a button.
  // Done as the marks are drawn, in the same task: drawing them loses the browser's selection,
  // and Chromium runs a key pressed meanwhile before React's passive effects, so a digit pressed
  // right after a coding found nothing selected.
  const focusShown = useRef<typeof focus>(undefined);
  useLayoutEffect(() => {
    const container = textRef.current;
    if (!container || !offsets) return;
    const target = focus && !selection ? focus : selection?.documentId === documentId ? selection : null;
    if (!target) return;
    const asked = focus !== focusShown.current;
    focusShown.current = focus;
    const active = document.activeElement;
    if (!asked && active && active !== document.body && !container.contains(active)) {
      // Not selected again there, but the browser's selection goes from the text: drawing the
      // marks anew slid it onto the nodes around them (after the Undo button, the uncoded run
      // around the span, 179 characters for the 31 coded), which would be read as the user's and
      // coded by the next press. The span stays the one kept for coding, drawn as such.
      dropSelectionIn(container);
      return;
    }
    const range = selectWithin(container, offsets.toUtf16(target.start), offsets.toUtf16(target.end));
    const scroller = scrollRef.current;
    if (target === focus && scroller) {
      const box = range.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top < view.top || box.bottom > view.bottom) scroller.scrollTop += box.top - view.top - 40;
    }
    // Only the document's content decides; a selection change must not re-run this.
  }, [runs, focus]);

  // The first time the text is there, return to where the user was reading it (unless a
  // segment asked for a place of its own).
  const restored = useRef(false);
  useEffect(() => {
    const scroller = scrollRef.current;
    if (restored.current || !scroller || chunks.length === 0) return;
    restored.current = true;
    const place = readingPlace(projectPath);
    if (focus || !place || place.documentId !== documentId) return;
    const block = [...scroller.querySelectorAll<HTMLElement>('.text-chunk')].filter((b) => Number(b.dataset.start) <= place.anchor).pop();
    if (!block) return;
    // Blocks laid out for the first time as they come into view change size; align again on
    // the next frames until the block sits where it was.
    let frames = 4;
    const align = () => {
      scroller.scrollTop += block.getBoundingClientRect().top - scroller.getBoundingClientRect().top + place.offset;
      if (--frames > 0) requestAnimationFrame(align);
    };
    align();
  }, [chunks, focus, documentId, projectPath]);

  // Remember the reading place as the user scrolls (at most every 200 ms).
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onScroll = useCallback(() => {
    if (saveTimer.current) return;
    saveTimer.current = setTimeout(() => {
      saveTimer.current = undefined;
      const scroller = scrollRef.current;
      if (scroller) saveReadingPlace(projectPath, { documentId, ...anchorOf(scroller) });
    }, 200);
  }, [projectPath, documentId]);
  useEffect(() => () => clearTimeout(saveTimer.current), []);
  useEffect(() => {
    if (projectPath && readingPlace(projectPath)?.documentId !== documentId) {
      saveReadingPlace(projectPath, { documentId, anchor: 0, offset: 0 });
    }
  }, [projectPath, documentId]);

  const selectSegment = useCallback((s: { start: number; end: number }) => setSelection({ documentId, start: s.start, end: s.end }), [setSelection, documentId]);
  const removeCoding = useRemoveCoding();
  const { openSegmentMemos, openCodingNote, segmentMemoList } = useSegmentMemos();
  const quoteOf = useCallback(
    (s: { start: number; end: number }) => (doc && offsets ? doc.text.slice(offsets.toUtf16(s.start), offsets.toUtf16(s.end)) : ''),
    [doc, offsets],
  );
  // A segment's memos are listed with its codings' (REFI-QDA packages carry memos on single codings).
  const memoCoding = useCallback(
    (c: DocumentCoding): SegmentCoding => ({ codingId: c.id, code: codes.get(c.codeId)?.name ?? '', coder: c.coder, memoCount: c.memoCount }),
    [codes],
  );
  const memoSegment = useCallback(
    (s: DocumentSegment): MemoSegment => ({ id: s.id, quote: quoteOf(s), notedCodings: s.codings.filter((c) => c.memoCount > 0).map(memoCoding) }),
    [quoteOf, memoCoding],
  );
  const openMemosOf = useCallback((s: DocumentSegment) => openSegmentMemos(memoSegment(s)), [openSegmentMemos, memoSegment]);
  const openCodingMemosOf = useCallback(
    (s: DocumentSegment, coding: DocumentCoding) => openCodingNote(memoSegment(s), memoCoding(coding)),
    [openCodingNote, memoSegment, memoCoding],
  );

  if (missing) return <NothingPicked />;
  if (!doc) return <p className="hint">{t(unanswered ? 'connection.documentNotLoaded' : 'common.loading')}</p>;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey && !event.metaKey && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      toTextEnd(event.key === 'End', event.shiftKey);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(shortcutKey(event));
    if (Number.isInteger(digit) && digit >= 1 && digit <= 9) {
      event.preventDefault();
      // Applied to the selection as it is now (useApplyCode reads it), not as last heard of.
      const codeId = shortcutCodes[digit - 1];
      if (codeId !== undefined) applyCode(codeId);
    }
  };

  /**
   * Ctrl+End / Ctrl+Home (with Shift, selecting): the caret to the text's very end or start. The
   * browser's own move goes by laid-out lines, and the blocks not laid out yet (content-visibility)
   * stopped it 1,377 characters short of a long interview's end. The view follows, again on the
   * next frames, as the blocks coming into view are laid out and change its height.
   */
  const toTextEnd = (toEnd: boolean, extend: boolean) => {
    const container = textRef.current;
    const scroller = scrollRef.current;
    if (!container || !scroller) return;
    moveFocusTo(container, toEnd ? doc.text.length : 0, extend);
    let frames = 20;
    let steady = 0;
    let height = -1;
    const follow = () => {
      steady = scroller.scrollHeight === height ? steady + 1 : 0;
      height = scroller.scrollHeight;
      scroller.scrollTop = toEnd ? height : 0;
      if (steady < 2 && --frames > 0) requestAnimationFrame(follow);
    };
    follow();
  };

  const onMouseDown = (event: React.MouseEvent) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    // A right press would move the caret and drop the selection the menu is for.
    if (event.button === 2) event.preventDefault();
    // A press in the selection (the one kept after coding, say) started the browser's drag of the
    // selected text: dragging over a phrase inside it selected nothing, and the next code went
    // onto the old, larger span (review-study-1207 #1, coding a paragraph then its sentences).
    // The text is not dragged anywhere; the press starts a new selection, as anywhere else.
    // A double or triple press, and Shift with a press, extend what the first made.
    else if (event.button === 0 && event.detail === 1 && !event.shiftKey) selection.removeAllRanges();
  };

  // Right-click, the context-menu key or Shift+F10 on selected text, or a right-click on coded
  // text with nothing selected: the coding menu there. Its memo goes on the segment the passage
  // is in, or on one of that segment's codings, or (words selected within it) on those words.
  const onContextMenu = (event: React.MouseEvent) => {
    if (!offsets) return;
    const span = readSelection() ?? clickedSegment(event);
    if (!span) return;
    event.preventDefault();
    let { clientX: x, clientY: y } = event;
    if (x === 0 && y === 0) {
      // From the keyboard: under the selection's end.
      const box = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      if (box) [x, y] = [box.left, box.bottom + 4];
    }
    const segment = passageSegment(doc.segments, span.start, span.end);
    setMenu({
      x, y, span: { documentId, start: span.start, end: span.end }, segment: segment ? memoSegment(segment) : null,
      withinSegment: !!segment && (segment.start !== span.start || segment.end !== span.end) && span.end > span.start,
      codings: segment ? segment.codings.map(memoCoding) : [], quote: quoteOf(span),
    });
  };

  /** The innermost segment under a right-click on coded text (or a passage holding a memo), selected so the menu's codes go on it. */
  const clickedSegment = (event: React.MouseEvent) => {
    const container = textRef.current;
    if (!container || !offsets || !(event.target instanceof Element) || !event.target.closest('mark.coded, .noted')) return null;
    const at = offsetAtPoint(container, event.clientX, event.clientY);
    const segment = at === null ? undefined : passageSegment(doc.segments, offsets.toCodePoint(at), offsets.toCodePoint(at));
    if (!segment) return null;
    selectWithin(container, offsets.toUtf16(segment.start), offsets.toUtf16(segment.end));
    return segment;
  };

  const pickSegment = (shown: ShownSegment, at: { x: number; y: number }) => {
    const container = textRef.current;
    if (container) selectWithin(container, shown.start, shown.end);
    setSelection({ documentId, start: shown.segment.start, end: shown.segment.end });
    setCard({ segmentId: shown.segment.id, at, opened: ++cardsOpened.current });
  };
  const cardSegment = card ? doc.segments.find((s) => s.id === card.segmentId) : undefined;

  const segmentsList = (
    <SegmentsOfDocument doc={doc} coded={passages.coded} offsets={offsets!} codes={codes} onSelect={selectSegment} onRemove={removeCoding} onMemo={openMemosOf} onCodingMemo={openCodingMemosOf} language={language} />
  );

  return (
    <div className="document-view">
      <div className="sheet-head">
        <h2 data-user-data="document-name" title={doc.document.name}>{doc.document.name}</h2>
        <DocumentActions document={doc.document} onDeleted={() => setView({ kind: 'case', caseId: doc.document.caseId })} />
      </div>
      <div ref={scrollRef} className="document-scroll" data-testid="document-scroll" onScroll={onScroll}>
        <div className="document-page">
        {/* Anew with the text when it is drawn again: the margin watches the text's own blocks. */}
        <CodingStripes key={redrawn} textRef={textRef} scrollRef={scrollRef} segments={shownSegments} codes={codes} onPick={pickSegment} onMemo={openMemosOf} />
        <div
          key={redrawn}
          ref={textRef}
          className="document-text"
          data-testid="document-text"
          data-focus-name="document-text"
          data-user-data="document-text"
          lang={doc.language ?? undefined}
          contentEditable
          suppressContentEditableWarning
          spellCheck={false}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-label={t('documents.textLabel')}
          onKeyDown={onKeyDown}
          onContextMenu={onContextMenu}
          onMouseDown={onMouseDown}
          onPaste={(e) => e.preventDefault()}
          onCut={(e) => e.preventDefault()}
          onDrop={(e) => e.preventDefault()}
        >
          {drawnChunks.map((chunk) => (
            <TextChunk key={chunk.start} text={doc.text} chunk={chunk} codes={codes} />
          ))}
        </div>
        </div>
      </div>
      {menu && <CodingMenu request={menu} onClose={closeMenu} onSegmentMemo={openSegmentMemos} onCodingMemo={openCodingNote} />}
      {cardSegment && card && (
        <SegmentCard key={card.opened} segment={cardSegment} at={card.at} onClose={closeCard} onMemo={() => openMemosOf(cardSegment)} onCodingMemo={(coding) => openCodingMemosOf(cardSegment, coding)} />
      )}
      {segmentMemoList}
      <DocumentSidePane
        segmentCount={passages.coded.length} segments={segmentsList}
        memos={(
          <>
            <MemoPanel
              target={{ kind: 'document', id: documentId }}
              {...(passages.withMemos && { none: t('memos.noneOnDocument') })}
            />
            <DocumentSegmentMemos
              documentId={documentId} segments={doc.segments} quoteOf={quoteOf} codeName={(c) => memoCoding(c).code}
              onSelect={selectSegment} onOpen={openMemosOf} onOpenCoding={openCodingMemosOf}
            />
          </>
        )}
      />
    </div>
  );
}

/** A block of the text as drawn: each run's codes, and whether a memo alone is on it. */
interface DrawnChunk {
  start: number;
  end: number;
  runs: { start: number; end: number; codeIds: number[]; noted: boolean }[];
}

/**
 * One block of the text with its highlights. Drawn again only when what it draws or the codebook
 * changes, not when the selection (held by the app) does: a long interview's blocks are
 * thousands of elements.
 */
const TextChunk = memo(function TextChunk({ text, chunk, codes }: { text: string; chunk: DrawnChunk; codes: Map<number, Code> }) {
  return (
    <div className="text-chunk" data-start={chunk.start} style={{ containIntrinsicSize: `auto ${estimateHeight(text, chunk)}px` }}>
      {chunk.runs.map((run) => {
        const runCodes = run.codeIds.map((id) => codes.get(id)).filter((c): c is Code => !!c);
        const part = text.slice(run.start, run.end);
        // Uncoded text is a bare text node: no element to create, style or lay out.
        if (runCodes.length === 0) return run.noted ? <span key={run.start} className="noted">{part}</span> : part;
        return (
          <mark
            key={run.start}
            className="coded"
            style={highlightStyle(runCodes)}
            title={runCodes.map((c) => c.name).join(', ')}
            data-codes={runCodes.map((c) => c.name).join(',')}
          >
            {part}
          </mark>
        );
      })}
    </div>
  );
});

/** The text block at the top of the view and how far into it the view starts. */
function anchorOf(scroller: HTMLElement): { anchor: number; offset: number } {
  const top = scroller.getBoundingClientRect().top;
  for (const block of scroller.querySelectorAll<HTMLElement>('.text-chunk')) {
    const box = block.getBoundingClientRect();
    if (box.bottom > top) return { anchor: Number(block.dataset.start), offset: Math.max(0, Math.round(top - box.top)) };
  }
  return { anchor: 0, offset: 0 };
}

/**
 * A block's likely height before it is first laid out (then the browser remembers the real
 * one): its lines at about 75 characters each, at the text's line height.
 */
function estimateHeight(text: string, chunk: { start: number; end: number }): number {
  let lines = 0;
  for (const line of text.slice(chunk.start, chunk.end).split('\n')) lines += Math.max(1, Math.ceil(line.length / 75));
  return Math.round(lines * 25.5);
}

/** The first code colours the background; each further code adds an underline of its colour. */
function highlightStyle(codes: Code[]): React.CSSProperties {
  const [first, ...rest] = codes;
  return {
    backgroundColor: `${first!.color}40`,
    boxShadow: rest.map((c, i) => `inset 0 -${(i + 1) * 3}px 0 ${c.color}`).join(', ') || undefined,
  };
}
