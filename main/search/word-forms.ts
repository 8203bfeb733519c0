/**
 * Each written form of a word met so far, with its normalised form (normalizeWord) and its stem
 * (stemOf), looked up by the span of text it occupies: the tokenizer and the index writer read a
 * word's forms with one lookup and without cutting the word out of the text first (a Map keyed by
 * the sliced word allocates a string per word, then hashes it). Words repeat (Zipf), so nearly
 * every lookup is a hit.
 *
 * An open-addressing hash table over parallel arrays; bounded, it starts afresh when full, so a
 * huge vocabulary cannot grow it forever.
 */
import { normalizeWord, shownWord } from './normalize.js';
import { stemOf } from './stem.js';

/** Forms kept at most; the table has four times as many slots, so probes stay short. */
const LIMIT = 65_536;
const SLOTS = LIMIT * 4;
const MASK = SLOTS - 1;
/**
 * Only short forms are kept: V8 copies a slice shorter than 13 units but makes a longer one a view
 * of the whole text, which an entry would keep alive. Most words in running text are short.
 */
const KEPT_LENGTH = 12;
/** The entry a longer form is written to, afresh for each lookup. */
const PASSING = LIMIT;

/** Entry index + 1 per slot, 0 for an empty one; undefined until the first lookup makes the table (allocate). */
let slots: Int32Array | undefined;
let hashes!: Int32Array;
let written!: string[];
let norms!: string[];
/** As written, for the word list (shownWord): the norm itself where the two agree, as nearly always. */
let shown!: Array<string | undefined>;
/** Computed when first asked for: search tokenizes queries and texts without stemming them. */
let stems!: Array<string | undefined>;
/** The same forms in UTF-8, as the index writer copies them into its columns: encoded when first asked for. */
let normBytes!: Array<Uint8Array | undefined>;
let stemBytes!: Array<Uint8Array | undefined>;
const utf8 = new TextEncoder();
let size = 0;

/**
 * Makes the table at the first lookup, not when the module loads: filling these arrays took
 * ~20 ms of every process and thread that loads the tokenizer, most of which never looks a word
 * up (a command listing codes, a job thread counting a table). Full length from the start: a
 * first write at PASSING into an empty array would turn it into a dictionary, and every lookup
 * into a hash probe (about a fifth of the columns' time at import).
 */
function allocate(): Int32Array {
  hashes = new Int32Array(LIMIT);
  written = Array.from({ length: LIMIT }, () => '');
  norms = Array.from({ length: LIMIT + 1 }, () => '');
  shown = Array.from({ length: LIMIT }, () => undefined);
  stems = Array.from({ length: LIMIT + 1 }, () => undefined);
  normBytes = Array.from({ length: LIMIT + 1 }, () => undefined);
  stemBytes = Array.from({ length: LIMIT + 1 }, () => undefined);
  return (slots = new Int32Array(SLOTS));
}

/**
 * The entry of the form text[from, to) (UTF-16 units): pass it to normOf and stemFor before the
 * next lookup, which may reuse it.
 */
export function formAt(text: string, from: number, to: number): number {
  const table = slots ?? allocate();
  if (to - from > KEPT_LENGTH) {
    norms[PASSING] = normalizeWord(text.slice(from, to));
    forget(PASSING);
    return PASSING;
  }
  let hash = 0x811c9dc5; // FNV-1a over the units
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let slot = hash & MASK;
  for (let entry = table[slot]! - 1; entry >= 0; entry = table[slot]! - 1) {
    if (hashes[entry] === hash && sameUnits(written[entry]!, text, from, to)) return entry;
    slot = (slot + 1) & MASK;
  }
  if (size === LIMIT) {
    table.fill(0);
    size = 0;
    slot = hash & MASK;
  }
  const entry = size++;
  const form = text.slice(from, to);
  table[slot] = entry + 1;
  hashes[entry] = hash;
  written[entry] = form;
  norms[entry] = normalizeWord(form);
  forget(entry);
  return entry;
}

/** Clears what an entry computes when asked, as it now holds another form. */
function forget(entry: number): void {
  if (entry !== PASSING) shown[entry] = undefined;
  stems[entry] = undefined;
  normBytes[entry] = undefined;
  stemBytes[entry] = undefined;
}

function sameUnits(form: string, text: string, from: number, to: number): boolean {
  if (form.length !== to - from) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** The entry's normalised form. */
export function normOf(entry: number): string {
  return norms[entry]!;
}

/**
 * The form text[from, to) of entry `entry` (formAt) as a word list shows it (shownWord): the
 * very string normOf gives where the two agree, as nearly always.
 */
export function shownAt(entry: number, text: string, from: number, to: number): string {
  if (entry === PASSING) return shownWord(text.slice(from, to));
  const cached = shown[entry];
  if (cached !== undefined) return cached;
  const form = shownWord(written[entry]!);
  return (shown[entry] = form === norms[entry] ? norms[entry]! : form);
}

/** The entry's stem (stemOf of its normalised form). */
export function stemFor(entry: number): string {
  return (stems[entry] ??= stemOf(norms[entry]!));
}

/** The entry's normalised form in UTF-8. */
export function normBytesOf(entry: number): Uint8Array {
  return (normBytes[entry] ??= utf8.encode(norms[entry]!));
}

/** The entry's stem in UTF-8. */
export function stemBytesOf(entry: number): Uint8Array {
  return (stemBytes[entry] ??= utf8.encode(stemFor(entry)));
}
