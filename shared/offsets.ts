/**
 * Text positions, defined once.
 *
 * The store and every exchange format count positions in Unicode code points into the
 * document's normalised text (line endings LF, no BOM), as REFI-QDA does. The browser counts
 * UTF-16 code units. This module is the only place that converts between the two.
 */
import { lowerBound } from './sorted-search.js';

/** A high surrogate followed by a low one: one astral character. Searched natively, so a text without any costs one scan. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** The canonical form of a document's text: BOMs stripped, CRLF and lone CR turned into LF. */
export function normalizeText(raw: string): string {
  // Every leading U+FEFF goes: a reader of the exported text would take one left for a BOM
  // and drop it, moving every position by one. A lone surrogate (pasted text can hold one)
  // becomes U+FFFD: SQLite would store it as three bytes that read back as three characters,
  // moving every position after it. toWellFormed does that natively, several times faster than
  // a regular expression with lookarounds.
  return raw.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n').toWellFormed();
}

/** Number of code points in a string (a surrogate pair counts once). */
export function codePointLength(text: string): number {
  return text.length - astralStarts(text).length;
}

/** UTF-16 index of each astral character's high surrogate, ascending. */
function astralStarts(text: string): number[] {
  const starts: number[] = [];
  SURROGATE_PAIR.lastIndex = 0;
  for (let match = SURROGATE_PAIR.exec(text); match; match = SURROGATE_PAIR.exec(text)) starts.push(match.index);
  return starts;
}

/**
 * Converts positions in one text between code points and UTF-16 units. Built once per
 * document; each conversion is a binary search over the text's astral characters, so a
 * 10 MB text with no emoji costs nothing beyond one scan.
 */
export class OffsetMap {
  /** UTF-16 index of each astral character's high surrogate, ascending. */
  private readonly astralAt: number[];
  /** Code-point index of each astral character, ascending: the k-th sits at astralAt[k] - k. */
  private readonly astralCodePointAt: number[];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    this.astralAt = astralStarts(text);
    this.astralCodePointAt = this.astralAt.map((at, k) => at - k);
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astralAt.length;
  }

  /** UTF-16 position of a code-point position (clamped to the text). */
  toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.min(codePoint, this.codePointLength));
    // Each astral character before code point cp adds one UTF-16 unit.
    return cp + lowerBound(this.astralCodePointAt, cp);
  }

  /**
   * Code-point position of a UTF-16 position. A position between the two halves of a
   * surrogate pair is moved back to the start of that character.
   */
  toCodePoint(utf16: number): number {
    const u = Math.max(0, Math.min(utf16, this.utf16Length));
    const before = lowerBound(this.astralAt, u);
    // `before` astral characters start before u, each one UTF-16 unit longer than a code point.
    // When u falls inside the last of them, u - before is that character's own start.
    return u - before;
  }
}

/**
 * Widens a UTF-16 range to whole grapheme clusters, so a selection never separates a base
 * letter from its combining accent or splits an emoji sequence.
 */
export function snapToGraphemes(text: string, start: number, end: number): [number, number] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let snappedStart = start;
  let snappedEnd = end;
  for (const { index, segment } of segmenter.segment(text)) {
    const segEnd = index + segment.length;
    if (index < start && start < segEnd) snappedStart = index;
    if (index < end && end < segEnd) snappedEnd = segEnd;
    if (index >= end) break;
  }
  return [snappedStart, snappedEnd];
}
