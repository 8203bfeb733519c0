/**
 * A box that scrolls sideways says so: while some of it lies past its right edge, it carries
 * `data-more-right`, and styles.css fades its last pixels. Where scrollbars overlay (macOS,
 * headless Chromium) nothing else told a reader of a cut table that it went on.
 * `--scrollbar-px` is the width of its vertical scrollbar, which the fade leaves alone.
 *
 * A ref callback (`ref={moreToTheRight}`), so a box drawn later than its component is watched too;
 * React calls what it returns when the box goes.
 */
import { useCallback, type RefObject } from 'react';

export function moreToTheRight(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return undefined;
  // On every scrolled frame (the segment list's too): only the flag, which changes nothing when it stays.
  const scrolled = () => {
    // A pixel's slack: zoomed pages give fractional widths.
    element.toggleAttribute('data-more-right', element.scrollWidth - element.clientWidth - element.scrollLeft > 1);
  };
  // The scrollbar's width changes only with a size.
  const update = () => {
    scrolled();
    element.style.setProperty('--scrollbar-px', `${element.offsetWidth - element.clientWidth - element.clientLeft * 2}px`);
  };
  update();
  element.addEventListener('scroll', scrolled, { passive: true });
  // The box's size, and its content's (a table drawn again, a column widened).
  const resized = new ResizeObserver(update);
  const watchChildren = () => {
    for (const child of element.children) resized.observe(child);
  };
  resized.observe(element);
  watchChildren();
  const added = new MutationObserver(() => {
    watchChildren();
    update();
  });
  added.observe(element, { childList: true });
  return () => {
    element.removeEventListener('scroll', scrolled);
    resized.disconnect();
    added.disconnect();
  };
}

/** The ref callback for a box the component also holds in `scroller` (a virtualizer's, a kept scroll's). */
export function useMoreToTheRight(scroller: RefObject<HTMLDivElement | null>): (element: HTMLDivElement | null) => () => void {
  return useCallback((element: HTMLDivElement | null) => {
    scroller.current = element;
    const stop = moreToTheRight(element);
    return () => {
      stop?.();
      scroller.current = null;
    };
  }, [scroller]);
}
