/**
 * What "code the sentence / the paragraph around each hit" codes. A sentence is what ICU's
 * sentence rules (Intl.Segmenter) say, which never cross a line break; a paragraph is a line of
 * the text (documents are plain text, one paragraph per line). Spaces at the edges are left out,
 * and two hits in one sentence give one span, so nothing is coded twice.
 */
import { OffsetMap } from '../../shared/offsets.js';
import { mergeSpans, type Span } from './query-match.js';

export type CodingScope = 'hit' | 'sentence' | 'paragraph';

/** `hits` in code points; the result is sorted, without overlaps. */
export function scopeSpans(text: string, hits: readonly Span[], scope: CodingScope, locale = 'ru'): Span[] {
  if (scope === 'hit') return mergeSpans(hits);
  const map = new OffsetMap(text);
  const around = scope === 'sentence' ? sentenceFinder(text, locale) : paragraphAround(text);
  return mergeSpans(
    hits.map((hit) => {
      // UTF-16 from here on; the span's last character decides where it ends.
      const [start] = around(map.toUtf16(hit.start));
      const [, end] = around(map.toUtf16(Math.max(hit.start, hit.end - 1)));
      const [s, e] = trim(text, start, end);
      return { start: map.toCodePoint(s), end: map.toCodePoint(e) };
    }),
  );
}

type Around = (utf16: number) => [number, number];

function sentenceFinder(text: string, locale: string): Around {
  const segments = new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text);
  return (at) => {
    const s = segments.containing(at);
    return s ? [s.index, s.index + s.segment.length] : [at, at];
  };
}

function paragraphAround(text: string): Around {
  return (at) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    return [start, next < 0 ? text.length : next];
  };
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}
