/**
 * "Code all hits": coding the spans the researcher kept from the preview (autocode-preview.ts),
 * in one undoable step.
 */
import { OffsetMap } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as codebook from '../db/repos/codebook.js';
import { ensureCoder } from '../db/repos/coders.js';
import { getDocumentText } from '../db/repos/documents.js';
import * as segments from '../db/repos/segments.js';
import { notFound, requireCoder, type ServiceContext } from './context.js';
import type { Progress } from '../jobs/progress.js';
import { runWriteJob } from '../jobs/run-write-job.js';

export interface AutocodeInput {
  codeId: number;
  spans: readonly { documentId: number; start: number; end: number }[];
}

/**
 * Up to this many spans are coded on the caller's thread; more (up to 20,000, a common word over a
 * large project) by a write job with progress and cancel, as long work is.
 */
const INLINE_SPANS = 500;

/** Codes each span with the code as the current coder; all of it is one step in the undo history. */
export function autocodeApply(ctx: ServiceContext, input: AutocodeInput): { coded: number; unchanged: number } | Promise<{ coded: number; unchanged: number }> {
  return input.spans.length <= INLINE_SPANS ? codeSpans(ctx, input) : runWriteJob(ctx, 'search.autocodeApply', input);
}

/** The coding itself (a write job's too); `progress` hears of each span and may throw to stop, rolling the step back. */
export function codeSpans(ctx: ServiceContext, input: AutocodeInput, progress: Progress = () => {}): { coded: number; unchanged: number } {
  const { store } = ctx;
  const coderName = requireCoder(ctx);
  const code = codebook.getCode(store, input.codeId);
  if (!code) throw notFound('code', input.codeId);
  const framework = codebook.getFramework(store, code.frameworkId)!;
  const texts = new Map<number, OffsetMap & { text: string }>();
  const located = input.spans.map((span) => {
    let doc = texts.get(span.documentId);
    if (!doc) {
      const text = getDocumentText(store, span.documentId);
      if (text === undefined) throw notFound('document', span.documentId);
      doc = Object.assign(new OffsetMap(text), { text });
      texts.set(span.documentId, doc);
    }
    if (span.start < 0 || span.end > doc.codePointLength || span.end <= span.start) {
      throw new AppError('spanOutOfRange', `The span ${span.start}-${span.end} is not inside the document (length ${doc.codePointLength})`, {
        start: span.start, end: span.end, length: doc.codePointLength,
      });
    }
    return { ...span, quote: doc.text.slice(doc.toUtf16(span.start), doc.toUtf16(span.end)) };
  });
  let coded = 0;
  recordStep(store, 'search.autocode', () => {
    const coderId = ensureCoder(store, coderName);
    for (const [i, span] of located.entries()) {
      progress(i, located.length);
      const segmentId =
        segments.findSegment(store, span.documentId, span.start, span.end) ?? segments.insertSegment(store, { ...span, coderId });
      if (framework.exclusive) segments.removeSiblingCodings(store, segmentId, code.id, coderId);
      if (segments.insertCoding(store, segmentId, code.id, coderId) !== null) coded++;
    }
  });
  return { coded, unchanged: located.length - coded };
}
