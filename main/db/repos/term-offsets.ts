/**
 * Where an index term lies in documents: its word offsets in document_search, read through the
 * connection's fts5vocab tables (temp.document_search_instance and temp.document_search_terms,
 * made by openSearchIndex in search-index.ts). fts5vocab filters only by term, never by
 * document: one term's rows come in document order (the index's doclist order), a range of terms
 * comes term by term. Each document is asked for once; documents are usually asked in ascending
 * order (a list by case asks them in another), and a search whose page is full stops asking.
 * `close` must be called (a finally) to free the statements held open.
 */
import type { ReadStore } from '../store.js';

/** An index term to look up: one column's term, or every term beginning with it. */
export interface IndexTerm {
  readonly column: 'words' | 'stems';
  readonly term: string;
  readonly prefix: boolean;
}

/**
 * Terms beginning with `prefix` sort from it up to it followed by U+10FFFF (SQLite compares
 * text by its UTF-8 bytes, which keep code point order); no term holds U+10FFFF, a noncharacter.
 */
const prefixEnd = (prefix: string) => `${prefix}\u{10FFFF}`;

/**
 * A prefix is read in windows of documents while it has at most this many terms: a window opens
 * one fts5vocab cursor per term (~40 µs each at the reference corpus), so with more terms the
 * one sorted pass over the whole range is the cheaper start.
 */
const WINDOW_TERMS = 200;
/**
 * Windows read before the rest of the range is read in one sorted pass. Each window rereads its
 * terms' rows before it (skipped in SQLite, not handed over), so windows pay only while a search
 * needs few documents, as a page of hits usually does; a search that counts every hit reads the
 * documents after the windows in the one pass.
 */
const WINDOWS = 5;

/**
 * The index's terms (of either column) beginning with `prefix`, in order (fts5vocab's `row`
 * type, without its counts: no positions are read); undefined when there are more than `limit`.
 */
export function prefixTerms(store: ReadStore, prefix: string, limit: number): string[] | undefined {
  const terms = store
    .prepare('SELECT term FROM temp.document_search_terms WHERE term >= ? AND term < ? LIMIT ?')
    .pluck()
    .all(prefix, prefixEnd(prefix), limit + 1) as string[];
  return terms.length > limit ? undefined : terms;
}

/**
 * Which of `terms` the index holds, in either column: fts5vocab's `row` type, sought term by term
 * (no positions are read), in one statement.
 */
export function heldTerms(store: ReadStore, terms: readonly string[]): Set<string> {
  if (terms.length === 0) return new Set();
  const held = store
    .prepare('SELECT term FROM temp.document_search_terms WHERE term IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(terms)) as string[];
  return new Set(held);
}

/**
 * `slot` numbers the passes a search holds open at once: better-sqlite3 runs one iteration per
 * statement at a time, so each slot's statement differs (in a comment) from the others'.
 */
export class TermOffsets {
  private readonly source: { within(documentId: number): number[]; close(): void };

  constructor(store: ReadStore, term: IndexTerm, slot: number) {
    this.source = term.prefix
      ? new PrefixOffsets(store, term, slot)
      : new OffsetPass(term.term, store.prepare(`SELECT doc, "offset" FROM temp.document_search_instance WHERE term = ? AND col = ? /* pass ${slot} */`), [term.term, term.column]);
  }

  /** The term's word offsets in the document, in no particular order. */
  within(documentId: number): number[] {
    return this.source.within(documentId);
  }

  close(): void {
    this.source.close();
  }
}

type Statement = ReturnType<ReadStore['prepare']>;

/**
 * One pass over rows (document, offset) that come in document order: documents asked in
 * ascending order cost just that pass, abandoned when no more are asked; the offsets of documents
 * passed over are kept, so documents asked in another order cost no more.
 */
class OffsetPass {
  private readonly pass: IterableIterator<[number, number]>;
  private readonly skipped = new Map<number, number[]>();
  private next: [number, number] | undefined;
  private position = 0;
  /** The last document the pass read: a row behind it would be lost, so it is an error (never expected). */
  private last = 0;

  constructor(private readonly term: string, statement: Statement, params: unknown[]) {
    this.pass = statement.raw().iterate(...params) as IterableIterator<[number, number]>;
  }

  within(documentId: number): number[] {
    if (documentId < this.position) {
      const kept = this.skipped.get(documentId) ?? [];
      this.skipped.delete(documentId);
      return kept;
    }
    const offsets: number[] = [];
    for (;;) {
      if (this.next === undefined) {
        const step = this.pass.next();
        if (step.done) break;
        this.next = step.value;
      }
      const [doc, offset] = this.next;
      if (doc < this.last) throw new Error(`The word offsets of "${this.term}" are not in document order`);
      this.last = doc;
      if (doc > documentId) break;
      if (doc === documentId) offsets.push(offset);
      else {
        const kept = this.skipped.get(doc);
        if (kept) kept.push(offset);
        else this.skipped.set(doc, [offset]);
      }
      this.next = undefined;
    }
    this.position = documentId + 1;
    return offsets;
  }

  close(): void {
    this.pass.return?.();
  }
}

/**
 * A prefix's offsets. Its range's rows come term by term, so one pass in document order must
 * sort them all before the first comes out (the reference corpus: 55,000 rows, ~30 ms, for
 * `оче*`; 550,000 for `th*`), though a page of hits mostly needs a document or two. So the
 * prefix's terms are listed (fts5vocab's `row` type: one row per term, no positions read) and
 * the documents asked first are read in windows: each term's rows up to the window's last
 * document, then the next term. The rest comes from the sorted pass over the documents after
 * the windows.
 */
class PrefixOffsets {
  /** The documents read, (from, to]; their offsets until asked. */
  private from = 0;
  private to = 0;
  private readonly kept = new Map<number, number[]>();
  /**
   * The prefix's terms with the first document after `to` each may be in (Infinity: none);
   * null when there are too many to read in windows, undefined until listed.
   */
  private terms: { term: string; next: number }[] | null | undefined;
  private windows = 0;
  private rest: OffsetPass | undefined;

  constructor(private readonly store: ReadStore, private readonly term: IndexTerm, private readonly slot: number) {}

  within(documentId: number): number[] {
    if (documentId > this.to) {
      if (this.rest) return this.rest.within(documentId);
      if (this.terms === undefined) this.terms = prefixTerms(this.store, this.term.term, WINDOW_TERMS)?.map((term) => ({ term, next: 0 })) ?? null;
      if (this.windows >= WINDOWS || this.terms === null) {
        this.rest = new OffsetPass(
          this.term.term,
          this.store.prepare(`SELECT doc, "offset" FROM temp.document_search_instance WHERE term >= ? AND term < ? AND col = ? AND doc > ? ORDER BY doc /* pass ${this.slot} */`),
          [this.term.term, prefixEnd(this.term.term), this.term.column, this.to],
        );
        return this.rest.within(documentId);
      }
      // The first window is the one document; each later one reaches twice as far past the last.
      const from = this.windows === 0 ? documentId - 1 : this.to;
      const to = this.windows === 0 ? documentId : Math.max(documentId, this.to + 2 ** this.windows);
      this.windows++;
      for (const t of this.terms) if (t.next <= to) t.next = this.readWindow(t.term, from, to);
      if (this.windows === 1) this.from = from;
      this.to = to;
    } else if (documentId <= this.from) {
      // Asked out of order, below the first window (a list by case): every document below it, once.
      for (const { term } of this.terms!) this.readWindow(term, 0, this.from);
      this.from = 0;
    }
    const offsets = this.kept.get(documentId) ?? [];
    this.kept.delete(documentId);
    return offsets;
  }

  /**
   * Keeps the term's offsets in documents (from, to] of the prefix's column, and returns the
   * first document after `to` holding the term in either column (Infinity when none does):
   * SQLite skips the rows up to `from` and those of the other column within the window, and the
   * first row past the window ends the read.
   */
  private readWindow(term: string, from: number, to: number): number {
    const rows = this.store
      .prepare('SELECT doc, "offset" FROM temp.document_search_instance WHERE term = ? AND doc > ? AND (col = ? OR doc > ?) /* window */')
      .raw()
      .iterate(term, from, this.term.column, to) as IterableIterator<[number, number]>;
    for (const [doc, offset] of rows) {
      if (doc > to) return doc; // leaving the loop closes the statement's iteration
      const kept = this.kept.get(doc);
      if (kept) kept.push(offset);
      else this.kept.set(doc, [offset]);
    }
    return Infinity;
  }

  close(): void {
    this.rest?.close();
  }
}
