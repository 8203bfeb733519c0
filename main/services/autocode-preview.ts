/**
 * "Code all hits", its first half: every span a query would code (each hit, or the sentence or
 * paragraph around it), for the researcher to keep or drop before autocode.ts codes them. Only
 * reads: a job thread runs it, and this module leaves out the coding half, which starts a write
 * job and would bring every write job's code (document import and its decoders) into that thread.
 */
import { MAX_AUTOCODE_SPANS, type AutocodeSpan, type SearchScope } from '../../shared/search.js';
import { OffsetMap } from '../../shared/offsets.js';
import * as codebook from '../db/repos/codebook.js';
import { getDocumentText } from '../db/repos/documents.js';
import { spanCodedWith } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import type { Progress } from '../jobs/progress.js';
import { hitForms } from '../search/hit-forms.js';
import { scopeSpans, type CodingScope } from '../search/scopes.js';
import { notFound } from './context.js';
import { documentsWithHits } from './search.js';

const PREVIEW_TEXT = 500;

/**
 * `alreadyCoded`: the current coder has coded the span with the code, so coding it again changes
 * nothing. Another coder's coding of it does not count: coding it too gives the agreement report
 * a second coder's view of the span.
 */
export function autocodePreview(
  { store, coderName }: { store: ReadStore; coderName: string | null },
  input: { query: string; scope: SearchScope; codingScope: CodingScope; codeId: number },
  progress: Progress = () => {},
): { spans: AutocodeSpan[]; complete: boolean } {
  if (!codebook.getCode(store, input.codeId)) throw notFound('code', input.codeId);
  const spans: AutocodeSpan[] = [];
  let documentsRead = 0;
  for (const { document: d, runs, hits } of documentsWithHits(store, input.query, input.scope)) {
    // Seconds for a common word on a large project: a cancel (the job's, or the dialog closed) ends it here.
    progress(++documentsRead, 0);
    const text = getDocumentText(store, d.documentId) ?? '';
    const map = new OffsetMap(text);
    // The search panel's forms, spelt alike, so the forms unticked there are unticked here.
    const forms = hitForms(runs, hits);
    // Every hit lies in one span, and both go in text order (hits come sorted): each span takes the hits up to its end.
    let nextHit = 0;
    for (const span of scopeSpans(text, hits, input.codingScope)) {
      if (spans.length === MAX_AUTOCODE_SPANS) return { spans, complete: false };
      const quote = text.slice(map.toUtf16(span.start), map.toUtf16(span.end));
      const found: string[][] = [];
      while (nextHit < hits.length && hits[nextHit]!.start < span.end) found.push(forms[nextHit++]!);
      spans.push({
        documentId: d.documentId, documentName: d.documentName, caseName: d.caseName, groupName: d.groupName,
        start: span.start, end: span.end,
        text: quote.length > PREVIEW_TEXT ? `${quote.slice(0, PREVIEW_TEXT)}…` : quote,
        found,
        alreadyCoded: coderName !== null && spanCodedWith(store, d.documentId, span.start, span.end, input.codeId, coderName),
      });
    }
  }
  return { spans, complete: true };
}
