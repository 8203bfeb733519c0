/**
 * Dragging a splitter (a pane's divider, a side column's edge): the size it had when the drag
 * began, plus the pointer's travel along `axis`, times `sign` (−1 where moving right or down makes
 * the pane smaller). The pointer is captured, so a fast drag does not lose the divider.
 */
import { useRef, type PointerEvent } from 'react';

/** `size` may be read when the drag begins (a column laid out by the grid, whose width is not kept). */
export function useSplitterDrag(size: number | (() => number), resize: (next: number) => void, axis: 'x' | 'y', sign: 1 | -1) {
  const drag = useRef<{ at: number; size: number } | null>(null);
  const along = (e: PointerEvent) => (axis === 'x' ? e.clientX : e.clientY);
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { at: along(e), size: typeof size === 'function' ? size() : size };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (drag.current) resize(drag.current.size + sign * (along(e) - drag.current.at));
    },
    onPointerUp: () => {
      drag.current = null;
    },
  };
}
