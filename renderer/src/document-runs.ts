/**
 * Splits a document's text into runs at every segment boundary, so each run is covered by
 * one fixed set of segments and can be drawn with their highlights. Positions are UTF-16
 * (already converted from code points by the caller).
 */
export interface SpanLike {
  id: number;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  segmentIds: number[];
}

/** A sweep over the boundaries: linear in the runs, whatever the number of segments. */
export function documentRuns(length: number, spans: SpanLike[]): Run[] {
  const clamp = (n: number) => Math.max(0, Math.min(n, length));
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    const start = clamp(span.start);
    const end = clamp(span.end);
    if (end <= start) continue;
    opening.set(start, [...(opening.get(start) ?? []), span.id]);
    closing.set(end, [...(closing.get(end) ?? []), span.id]);
    cuts.add(start).add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i]!;
    for (const id of closing.get(at) ?? []) active.delete(id);
    for (const id of opening.get(at) ?? []) active.add(id);
    runs.push({ start: at, end: points[i + 1]!, segmentIds: [...active] });
  }
  return runs;
}
