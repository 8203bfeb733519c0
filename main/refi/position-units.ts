/**
 * Turns the positions another tool wrote into CaseCoder's: code points into the text with
 * line endings normalised to LF and no BOM.
 *
 * Tools disagree on what they count (NOTES.md §4): the spec says code points; NVivo counts
 * UTF-16 units and counts a CRLF as two; ATLAS.ti keeps CRLF in the file but counts it as one.
 * When the text has no CR and no character outside the BMP every reading gives the same
 * positions; otherwise each reading is scored against what the file itself says (quoted text
 * in selection names, selections starting and ending on word boundaries) and the tool's
 * known habit breaks ties.
 *
 * One tool may also mix units inside one document (QualCoder's coding screen saves UTF-16
 * positions while its own import stores code points), so a selection that carries its quoted
 * text is placed on its own: at the first unit whose reading gives exactly that text.
 */
import { normalizeText, OffsetMap } from '../../shared/offsets.js';
import { lowerBound } from '../../shared/sorted-search.js';
import type { OffsetUnit } from './model.js';

export interface RawRange {
  start: number;
  end: number;
  /** The selection's name: ATLAS.ti stores the quoted text there. */
  name: string;
}

const UNITS: OffsetUnit[] = ['codePoint-lf', 'codePoint-raw', 'utf16-lf', 'utf16-raw'];

/** The unit a tool is known to use, from `Project@origin`. */
export function habitualUnit(origin: string): OffsetUnit {
  return /nvivo/i.test(origin) ? 'utf16-raw' : 'codePoint-lf';
}

/** Converts positions in one source's raw text (BOM already stripped) for one unit. */
export class OffsetReader {
  readonly normalized: string;
  private readonly rawMap: OffsetMap;
  private readonly normalizedMap: OffsetMap;
  /** UTF-16 index of each CR that starts a CRLF in the raw text, ascending. */
  private readonly crlfAt: number[] = [];

  constructor(readonly raw: string) {
    this.normalized = normalizeText(raw);
    this.rawMap = new OffsetMap(raw);
    this.normalizedMap = new OffsetMap(this.normalized);
    for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) this.crlfAt.push(i);
  }

  /** True when every unit reads positions the same way. */
  get unambiguous(): boolean {
    return this.crlfAt.length === 0 && this.raw.length === this.rawMap.codePointLength;
  }

  length(unit: OffsetUnit): number {
    switch (unit) {
      case 'codePoint-lf': return this.normalizedMap.codePointLength;
      case 'utf16-lf': return this.normalized.length;
      case 'codePoint-raw': return this.rawMap.codePointLength;
      case 'utf16-raw': return this.raw.length;
    }
  }

  /** A position in `unit` as a code point into the normalised text. */
  toCodePoint(position: number, unit: OffsetUnit): number {
    switch (unit) {
      case 'codePoint-lf': return position;
      case 'utf16-lf': return this.normalizedMap.toCodePoint(position);
      case 'codePoint-raw': return this.fromRawUtf16(this.rawMap.toUtf16(position));
      case 'utf16-raw': return this.fromRawUtf16(position);
    }
  }

  private fromRawUtf16(utf16: number): number {
    // Each CRLF before the position became one LF: one code point fewer.
    return this.rawMap.toCodePoint(utf16) - lowerBound(this.crlfAt, utf16);
  }

  /** The normalised text between two code-point positions. */
  slice(start: number, end: number): string {
    return this.normalized.slice(this.normalizedMap.toUtf16(start), this.normalizedMap.toUtf16(end));
  }

  isWordBoundary(codePoint: number): boolean {
    const at = this.normalizedMap.toUtf16(codePoint);
    if (at === 0 || at === this.normalized.length) return true;
    const before = String.fromCodePoint(this.normalized.codePointAt(at - 1) ?? 32);
    const after = String.fromCodePoint(this.normalized.codePointAt(at) ?? 32);
    return !WORD.test(before) || !WORD.test(after);
  }
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * The unit that best explains these ranges over this text, or null when no unit puts every
 * range inside the text.
 */
export function chooseUnit(reader: OffsetReader, ranges: RawRange[], habit: OffsetUnit): OffsetUnit | null {
  const fits = (unit: OffsetUnit) => ranges.every((r) => r.start >= 0 && r.start <= r.end && r.end <= reader.length(unit));
  if (reader.unambiguous || ranges.length === 0) return fits(habit) ? habit : null;
  let best: OffsetUnit | null = null;
  let bestScore = -1;
  // The habitual unit goes first so it wins ties.
  for (const unit of [habit, ...UNITS.filter((u) => u !== habit)]) {
    if (!fits(unit)) continue;
    const score = scoreUnit(reader, ranges, unit);
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

function scoreUnit(reader: OffsetReader, ranges: RawRange[], unit: OffsetUnit): number {
  let score = 0;
  for (const range of ranges) {
    const start = reader.toCodePoint(range.start, unit);
    const end = reader.toCodePoint(range.end, unit);
    const quote = quotedText(range.name);
    if (quote) {
      if (sameText(reader.slice(start, end), quote)) score += 4;
    } else {
      if (reader.isWordBoundary(start)) score += 1;
      if (reader.isWordBoundary(end)) score += 1;
    }
  }
  return score;
}

/**
 * The unit in which this selection's positions give exactly its quoted text (the habitual unit
 * first), or null when none does or the name holds no quote.
 */
export function placeByQuote(reader: OffsetReader, range: RawRange, habit: OffsetUnit): OffsetUnit | null {
  const quote = quotedText(range.name);
  if (quote === null || range.start < 0 || range.start >= range.end) return null;
  for (const unit of [habit, ...UNITS.filter((u) => u !== habit)]) {
    if (range.end > reader.length(unit)) continue;
    if (sameText(reader.slice(reader.toCodePoint(range.start, unit), reader.toCodePoint(range.end, unit)), quote)) return unit;
  }
  return null;
}

// C0 controls but tab, LF and CR, and U+FFFE/U+FFFF (xml-writer.ts; lone surrogates cannot reach here: offsets.ts normalizeText).
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Quoted selections a package's verdict is read from, when it has as many (QuoteVerdict). */
const QUOTE_EVIDENCE = 1_000;

/**
 * Whether a package's selection names are quotes (QualCoder 3, ATLAS.ti, CaseCoder's own
 * exports) or labels (QualCoder 1's "line:6"): one verdict for the package, as the tool that
 * wrote it names them all alike. The names are quotes when at least half of the quoted
 * selections read as the text at their position; then one whose quote is not there is listed,
 * never shifted. (Decided per source, a source whose only quote had been shifted read as
 * labels, and its selection came in shifted without a word.) The verdict is read from the
 * first QUOTE_EVIDENCE quoted selections, or from all of a package with fewer, so sources wait
 * for it only that long (parse-project.ts). CaseCoder writes every selection's quote as its
 * name, so a CaseCoder package's names are quotes from the start.
 */
export class QuoteVerdict {
  private quoted = 0;
  private found = 0;
  private decided: boolean | null;

  constructor(origin: string) {
    this.decided = /^CaseCoder$/i.test(origin.trim()) ? true : null;
  }

  /** A source's selections: how many are quoted, and how many of those read as the text at their position. */
  add(quoted: number, found: number): void {
    this.quoted += quoted;
    this.found += found;
  }

  /** Whether the names are quotes; null while the evidence is short, unless `final` (no more is coming, or no more can wait). */
  namesAreQuotes(final: boolean): boolean | null {
    if (this.decided === null && (final || this.quoted >= QUOTE_EVIDENCE)) this.decided = this.found > 0 && this.found * 2 >= this.quoted;
    return this.decided;
  }
}

/** The quote a selection name holds, or null for names that are labels ("Quotation 6:1", ""). */
export function quotedText(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 3 || /^Quotation \d+:\d+$/.test(trimmed)) return null;
  return trimmed;
}

/**
 * Compares ignoring whitespace differences and the control characters XML cannot hold (a writer
 * drops them from a name, not from the text); a name ending in an ellipsis is a prefix.
 */
function sameText(slice: string, quote: string): boolean {
  const squash = (s: string) => s.replace(NOT_IN_XML, '').replace(/\s+/g, ' ').trim();
  const text = squash(slice);
  const wanted = squash(quote);
  if (wanted.endsWith('…')) return text.startsWith(wanted.slice(0, -1).trimEnd());
  return text === wanted;
}
