/**
 * Lays out the brackets beside the text: each bracket takes the leftmost lane free at its top,
 * so overlapping codings sit side by side and a lane is reused as soon as it is free again.
 */
export interface Extent {
  top: number;
  bottom: number;
}

/** The lane of each extent (same order as given); lanes beyond `maxLanes` share the last one. */
export function assignLanes(extents: readonly Extent[], maxLanes: number): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.top - extents[b]!.top || extents[b]!.bottom - extents[a]!.bottom);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length);
  for (const i of order) {
    const { top, bottom } = extents[i]!;
    let lane = laneEnds.findIndex((end) => end <= top);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = bottom;
    lanes[i] = Math.min(lane, maxLanes - 1);
  }
  return lanes;
}

/** The spans (sorted by start) that overlap [from, to): found by binary search on start, then a scan. */
export function spansNear<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number, longest: number): T[] {
  // A span overlapping `from` starts at most `longest` before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end > from) out.push(sorted[i]!);
  return out;
}
