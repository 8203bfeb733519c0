/**
 * Character-by-character agreement without one entry per character: what each coder has at a
 * position only changes where one of their spans starts or ends, so a sweep over those
 * boundaries cuts the text into maximal runs, each a stretch over which every coder's value
 * is constant. A run then stands for (end − start) identical units.
 */

/** A coder's span [start, end) in code points, carrying a tag (e.g. a code id). */
export interface TaggedSpan {
  start: number;
  end: number;
  tag: string;
}

export interface Run {
  start: number;
  end: number;
  /** Per coder: the tags covering the run, sorted and joined by '+', or `emptyLabel`. */
  values: string[];
}

/** The value of a coder who holds these tags: the set as one category label. */
export function labelOf(tags: Iterable<string>, emptyLabel: string): string {
  return [...tags].sort().join('+') || emptyLabel;
}

/**
 * The runs of [0, length), covering it without gaps. Spans are clipped to the text; a coder
 * covered twice by the same tag (overlapping spans) still gets that tag once.
 */
export function runsOf(length: number, spansByCoder: readonly (readonly TaggedSpan[])[], emptyLabel: string): Run[] {
  const events: { at: number; coder: number; tag: string; delta: 1 | -1 }[] = [];
  spansByCoder.forEach((spans, coder) => {
    for (const { start, end, tag } of spans) {
      const from = Math.max(0, start);
      const to = Math.min(length, end);
      if (from >= to) continue;
      events.push({ at: from, coder, tag, delta: 1 }, { at: to, coder, tag, delta: -1 });
    }
  });
  events.sort((a, b) => a.at - b.at);

  const active = spansByCoder.map(() => new Map<string, number>());
  const values = spansByCoder.map(() => emptyLabel);
  const runs: Run[] = [];
  const emit = (start: number, end: number) => {
    if (start >= end) return;
    const last = runs.at(-1);
    // Adjacent runs with the same values are one run: a boundary nobody's value changes at
    // (one span ending where the same coder's next one with the same tag begins) is no boundary.
    if (last && last.values.every((v, i) => v === values[i])) last.end = end;
    else runs.push({ start, end, values: [...values] });
  };

  let position = 0;
  for (let i = 0; i < events.length; ) {
    const at = events[i]!.at;
    emit(position, at);
    const changed = new Set<number>();
    for (; i < events.length && events[i]!.at === at; i++) {
      const { coder, tag, delta } = events[i]!;
      const tags = active[coder]!;
      const count = (tags.get(tag) ?? 0) + delta;
      if (count === 0) tags.delete(tag);
      else tags.set(tag, count);
      changed.add(coder);
    }
    for (const coder of changed) values[coder] = labelOf(active[coder]!.keys(), emptyLabel);
    position = at;
  }
  emit(position, length);
  return runs;
}
