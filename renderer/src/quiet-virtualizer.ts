/**
 * `useVirtualizer` of @tanstack/react-virtual, except that the component draws again only when
 * the rows to draw change (which rows, the total height), not on every scrolled
 * frame: with rows of one height and the rows drawn in steps (segment-pages.ts, steppedRows),
 * most frames of a fast scroll then run no React at all.
 */
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type Range, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useLayoutEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { steadySteppedRows } from './segment-pages.js';

type Options = Omit<VirtualizerOptions<HTMLElement, Element>, 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'>;

export function useQuietVirtualizer(options: Options): Virtualizer<HTMLElement, Element> {
  const rerender = useReducer((n: number) => n + 1, 0)[1];
  const drawn = useRef('');
  const resolved: VirtualizerOptions<HTMLElement, Element> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      // Every index, not the first and the count: a range extractor may draw rows apart from
      // those in view (the case list keeps its focused row), and the rows in view then move alone.
      const now = `${instance.getVirtualItems().map((item) => item.index).join(',')}:${instance.getTotalSize()}`;
      if (now === drawn.current) return;
      drawn.current = now;
      // As react-virtual does: a scroll event's rows are drawn before that frame is painted.
      if (sync) flushSync(rerender);
      else rerender();
    },
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}

/**
 * As many slots as the most items drawn at once so far (inSlotOrder keys each drawn item by its
 * index modulo this): no two items of a contiguous run drawn share one, and the item scrolled in
 * takes the slot of the item just scrolled out (index − slots).
 */
export function useSlots(drawn: number): number {
  const most = useRef(0);
  most.current = Math.max(most.current, drawn);
  return most.current;
}

/** A range extractor drawing rows (or columns) in steps of `step`, as many at every offset (steadySteppedRows). */
export function useSteppedRange(step: number): (range: Range) => number[] {
  const [seen] = useState(() => ({ widest: 0 }));
  return (range) => steadySteppedRows(range, step, seen);
}
