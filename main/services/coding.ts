import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import { ensureCoder } from '../db/repos/coders.js';
import * as segments from '../db/repos/segments.js';
import { notFound, requireCoder, type ServiceContext } from './context.js';

/**
 * Codes the span [start, end) of a document (code points) with a code, as the current coder.
 * In an exclusive framework the coder's other code of that framework on the span is replaced.
 * A coder does this many times an hour, so it reads only what it needs: the document's length
 * and the span's text as SQLite counts them (not the whole text into JavaScript), and its
 * code's one row (not the codebook).
 */
export function applyCode(ctx: ServiceContext, input: { documentId: number; start: number; end: number; codeId: number }): number {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  const span = segments.documentSpan(store, input.documentId, input.start, input.end);
  if (span === undefined) throw notFound('document', input.documentId);
  const code = segments.codeExclusivity(store, input.codeId);
  if (!code) throw notFound('code', input.codeId);
  const { length } = span;
  if (input.start < 0 || input.end > length || input.end <= input.start) {
    throw new AppError('spanOutOfRange', `The span ${input.start}-${input.end} is not inside the document (length ${length})`, {
      start: input.start, end: input.end, length,
    });
  }
  return recordStep(store, 'coding.apply', () => {
    const coderId = ensureCoder(store, coderName);
    const segmentId =
      segments.findSegment(store, input.documentId, input.start, input.end) ??
      segments.insertSegment(store, { ...input, quote: span.quote, coderId });
    if (code.exclusive) segments.removeSiblingCodings(store, segmentId, input.codeId, coderId);
    segments.insertCoding(store, segmentId, input.codeId, coderId);
    return segmentId;
  });
}

export function removeCoding({ store }: ServiceContext, codingId: number): void {
  const segmentId = segments.codingSegment(store, codingId);
  if (segmentId === undefined) throw notFound('coding', codingId);
  recordStep(store, 'coding.remove', () => {
    segments.deleteCoding(store, codingId);
    segments.deleteSegmentIfUncoded(store, segmentId);
  });
}

