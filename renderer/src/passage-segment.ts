/**
 * The segment a passage of the open document is about (coded, or holding a memo alone): the
 * innermost segment holding the whole selection, or, for a right-click with nothing selected,
 * the point under the pointer.
 * A selection made by hand seldom matches a segment's ends exactly, and its memo went on the
 * document instead, where the segment could not show it.
 */
export interface Span {
  id: number;
  start: number;
  end: number;
}

/** `end` equal to `start`: a point, which a segment holds from its start to its end, both included. */
export function passageSegment<S extends Span>(segments: readonly S[], start: number, end: number): S | undefined {
  let found: S | undefined;
  for (const s of segments) {
    const holds = s.start <= start && end <= s.end;
    if (holds && (!found || s.end - s.start < found.end - found.start)) found = s;
  }
  return found;
}
