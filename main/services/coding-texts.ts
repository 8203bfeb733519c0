/**
 * The texts of the documents being coded, kept between codings. A coding's quote is cut from its
 * document's text, and SQLite loads a text whole to cut any part of it: for the reference corpus's
 * 300,000-character document some 125 page reads, 2-3 ms of a coding that otherwise takes under
 * 1 ms. A coder codes the same few documents many times over, so their texts are kept here.
 *
 * A document's text is only ever written with its row (an insert, or undo and redo putting a row
 * back), but a document can be deleted and another inserted under the same id. So the texts are
 * trusted only while the project's change counts (db/maintenance.ts) are those they were kept
 * under: any write, by this connection or another, drops them all, except the rows a coding that
 * used them wrote itself, or a coding's removal, which touch no document (keptAfterCoding,
 * keepingTexts). Inside a caller's transaction nothing is kept or used: a rollback puts rows back
 * without moving the counts.
 */
import { OffsetMap } from '../../shared/offsets.js';
import { changeCounts, type ChangeCounts } from '../db/maintenance.js';
import { documentTextBytes, getDocumentText } from '../db/repos/documents.js';
import { spanText } from '../db/repos/segments.js';
import type { Store } from '../db/store.js';

/**
 * At most this many UTF-16 units are kept per project connection: about 16 MB, and their offset
 * maps (shared/offsets.ts), which list each character outside the BMP (an emoji).
 */
export const KEPT_UNITS = 8 * 1024 * 1024;

/**
 * A text longer than this (UTF-8 bytes) is not kept: decoding it whole for each coding would cost
 * more than SQLite cutting the span, and a few such texts coded in turn would evict one another.
 */
export const MAX_KEPT_TEXT_BYTES = 2 * 1024 * 1024;

interface KeptText {
  text: string;
  /** Made at the text's first span (a text kept as shown may never be coded). */
  offsets?: OffsetMap;
}

interface KeptTexts {
  counts: ChangeCounts;
  /** Least recently used first. */
  byDocument: Map<number, KeptText>;
  units: number;
}

const keptByStore = new WeakMap<Store, KeptTexts>();

/**
 * The text of [start, end) of a document (start >= 0), in code points: fewer than end - start
 * code points when the span runs past the text's end; undefined when there is no such document.
 */
export function spanOfDocument(store: Store, documentId: number, start: number, end: number): string | undefined {
  const kept = currentTexts(store);
  if (!kept) return spanText(store, documentId, start, end);
  let entry = kept.byDocument.get(documentId);
  if (entry) {
    // Most recently used last.
    kept.byDocument.delete(documentId);
    kept.byDocument.set(documentId, entry);
  } else {
    const bytes = documentTextBytes(store, documentId);
    if (bytes === undefined) return undefined;
    if (bytes > MAX_KEPT_TEXT_BYTES) return spanText(store, documentId, start, end);
    entry = keep(kept, documentId, getDocumentText(store, documentId)!);
  }
  const offsets = (entry.offsets ??= new OffsetMap(entry.text));
  return entry.text.slice(offsets.toUtf16(start), offsets.toUtf16(end));
}

/**
 * A document's whole text, just read to show it (documents.get), kept for the codings that
 * usually follow: the first of them then reads and decodes nothing more.
 */
export function keepShownText(store: Store, documentId: number, text: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_KEPT_TEXT_BYTES) return;
  const kept = currentTexts(store);
  if (kept && !kept.byDocument.has(documentId)) keep(kept, documentId, text);
}

/** Keeps a text as the most recently used, dropping the least recently used past the bound. */
function keep(kept: KeptTexts, documentId: number, text: string): KeptText {
  const entry: KeptText = { text };
  kept.byDocument.set(documentId, entry);
  kept.units += text.length;
  for (const [id, dropped] of kept.byDocument) {
    if (kept.units <= KEPT_UNITS) break;
    kept.byDocument.delete(id);
    kept.units -= dropped.text.length;
  }
  return entry;
}

/**
 * After a coding that cut its quote with spanOfDocument and wrote no document row: the rows it
 * wrote on this connection move the counts the texts are trusted under. The data version stays
 * the one they were checked against, so another connection's commit meanwhile still drops them.
 * Inside a caller's transaction, which may yet roll back, they are dropped instead.
 */
export function keptAfterCoding(store: Store): void {
  const kept = keptByStore.get(store);
  if (!kept) return;
  const counts = changeCounts(store);
  if (!counts) keptByStore.delete(store);
  else kept.counts = { changes: counts.changes, dataVersion: kept.counts.dataVersion };
}

/**
 * Runs a write that touches no document row (a coding removed), keeping the texts trusted across
 * it as a coding keeps them: they are checked against the counts first, as a coding's
 * spanOfDocument checks them, so texts already stale are dropped, not carried over.
 */
export function keepingTexts<T>(store: Store, write: () => T): T {
  currentTexts(store);
  const result = write();
  keptAfterCoding(store);
  return result;
}

/**
 * The texts kept under the project's present counts: those kept before, if nothing changed since;
 * null inside a caller's transaction, where none is kept or used (changeCounts).
 */
function currentTexts(store: Store): KeptTexts | null {
  const counts = changeCounts(store);
  if (!counts) return null;
  const kept = keptByStore.get(store);
  if (kept && kept.counts.changes === counts.changes && kept.counts.dataVersion === counts.dataVersion) return kept;
  const fresh: KeptTexts = { counts, byDocument: new Map(), units: 0 };
  keptByStore.set(store, fresh);
  return fresh;
}
