import { codePointLength } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as memos from '../db/repos/memos.js';
import * as segments from '../db/repos/segments.js';
import { keepingTexts, keptAfterCoding, spanOfDocument } from './coding-texts.js';
import { notFound, requireCoder, type ServiceContext } from './context.js';

/**
 * Codes the span [start, end) of a document (code points) with a code, as the current coder.
 * In an exclusive framework the coder's other code of that framework on the span is replaced:
 * `replaced` holds the codes taken off, so what is said of the coding can name them.
 * A coder does this many times an hour, so it reads only what it needs: the span's text, from
 * the document's text kept since its last coding where the project has not changed otherwise
 * (coding-texts.ts; a span past the end comes back short, and only then is the document's length
 * read, for the message), and its code's one row (not the codebook).
 */
export function applyCode(ctx: ServiceContext, input: { documentId: number; start: number; end: number; codeId: number }): { segmentId: number; replaced: number[] } {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  // A negative start is refused below, after a missing document or code is named.
  const quote = spanOfDocument(store, input.documentId, Math.max(0, input.start), input.end);
  if (quote === undefined) throw notFound('document', input.documentId);
  const code = segments.codeExclusivity(store, input.codeId);
  if (!code) throw notFound('code', input.codeId);
  refuseSpanOutside(store, input, quote);
  const coded = recordStep(store, 'coding.apply', () => {
    const coderId = ensureCoder(store, coderName);
    const segmentId =
      segments.findSegment(store, input.documentId, input.start, input.end) ??
      segments.insertSegment(store, { ...input, quote, coderId });
    const { replaced } = putCoding(store, segmentId, input.codeId, coderId, code.exclusive);
    return { segmentId, replaced };
  });
  keptAfterCoding(store);
  return coded;
}

/** Refuses a span not wholly inside its document (`quote`: what spanOfDocument read of it), naming the document's length. */
export function refuseSpanOutside(store: ServiceContext['store'], span: { documentId: number; start: number; end: number }, quote: string): void {
  if (span.start >= 0 && span.end > span.start && codePointLength(quote) === span.end - span.start) return;
  const length = segments.documentLength(store, span.documentId)!;
  throw new AppError('spanOutOfRange', `The span ${span.start}-${span.end} is not inside the document (length ${length})`, {
    start: span.start, end: span.end, length,
  });
}

/**
 * Changes a coding to another code in one undoable step: the new code goes on the coding's
 * segment as the current coder's (as applyCode would put it there), and the coding is removed.
 * The coding may be another coder's: the segment then holds this coder's coding instead. Its
 * notes go onto the coding in its place, in the same step: the coding's deletion takes their links
 * (migration 003), and a note on why a passage was coded is not given up by correcting the code.
 */
export function changeCoding(ctx: ServiceContext, codingId: number, codeId: number): void {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  const coding = segments.codingRow(store, codingId);
  if (!coding) throw notFound('coding', codingId);
  const code = segments.codeExclusivity(store, codeId);
  if (!code) throw notFound('code', codeId);
  keepingTexts(store, () =>
    recordStep(store, 'coding.change', () => {
      const coderId = ensureCoder(store, coderName);
      // This coder's coding with this very code: nothing to change (and no step is kept).
      if (coding.codeId === codeId && coding.coderId === coderId) return;
      const notes = memos.memoIdsOn(store, { kind: 'coding', id: codingId });
      // The coding goes first: a row inserted after its deletion may take its id back.
      segments.deleteCoding(store, codingId);
      const made = putCoding(store, coding.segmentId, codeId, coderId, code.exclusive).coding;
      for (const memoId of notes) memos.linkMemo(store, memoId, { kind: 'coding', id: made });
    }));
}

/**
 * The coder's coding of the segment with the code (made, or the one the coder had); in an
 * exclusive framework, in place of the coder's other code of it (`replaced`: the codes taken off).
 */
function putCoding(
  store: ServiceContext['store'], segmentId: number, codeId: number, coderId: number, exclusive: boolean,
): { coding: number; replaced: number[] } {
  const replaced = exclusive ? segments.removeSiblingCodings(store, segmentId, codeId, coderId) : [];
  return { coding: segments.insertCoding(store, segmentId, codeId, coderId) ?? segments.codingOf(store, segmentId, codeId, coderId)!, replaced };
}

export function removeCoding({ store }: ServiceContext, codingId: number): void {
  const segmentId = segments.codingRow(store, codingId)?.segmentId;
  if (segmentId === undefined) throw notFound('coding', codingId);
  // A coding taken off, then another made (a slip mended), is common: the texts stay kept across it.
  keepingTexts(store, () =>
    recordStep(store, 'coding.remove', () => {
      segments.deleteCoding(store, codingId);
      segments.deleteSegmentIfBare(store, segmentId);
    }));
}

