import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as codebook from '../db/repos/codebook.js';
import { ensureCoder } from '../db/repos/coders.js';
import { getDocumentText } from '../db/repos/documents.js';
import * as segments from '../db/repos/segments.js';
import { OffsetMap } from '../../shared/offsets.js';
import { notFound, requireCoder, type ServiceContext } from './context.js';

/**
 * Codes the span [start, end) of a document (code points) with a code, as the current coder.
 * In an exclusive framework the coder's other code of that framework on the span is replaced.
 */
export function applyCode(ctx: ServiceContext, input: { documentId: number; start: number; end: number; codeId: number }): number {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  const text = getDocumentText(store, input.documentId);
  if (text === undefined) throw notFound('document', input.documentId);
  const code = codebook.getCode(store, input.codeId);
  if (!code) throw notFound('code', input.codeId);
  const offsets = new OffsetMap(text);
  const length = offsets.codePointLength;
  if (input.start < 0 || input.end > length || input.end <= input.start) {
    throw new AppError('spanOutOfRange', `The span ${input.start}-${input.end} is not inside the document (length ${length})`, {
      start: input.start, end: input.end, length,
    });
  }
  const framework = codebook.getFramework(store, code.frameworkId)!;
  return recordStep(store, 'coding.apply', () => {
    const coderId = ensureCoder(store, coderName);
    const segmentId =
      segments.findSegment(store, input.documentId, input.start, input.end) ??
      segments.insertSegment(store, { ...input, quote: text.slice(offsets.toUtf16(input.start), offsets.toUtf16(input.end)), coderId });
    if (framework.exclusive) segments.removeSiblingCodings(store, segmentId, code.id, coderId);
    segments.insertCoding(store, segmentId, code.id, coderId);
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

