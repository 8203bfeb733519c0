/**
 * Coding without positions: name a case, give the exact text and a code path (code-paths.ts),
 * and the one place that text occurs in the case's documents is coded. Scripts and the command
 * line use it.
 */
import { normalizeText, OffsetMap } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { getCodebook } from '../db/repos/codebook.js';
import { getDocumentText, listDocuments } from '../db/repos/documents.js';
import { findCase } from './cases.js';
import { applyCode } from './coding.js';
import type { ServiceContext } from './context.js';
import { codePaths, findCodeByFullPath, listNames } from './code-paths.js';

export interface QuoteCoding {
  caseName: string;
  /** Chooses among cases of the same name in different groups. */
  groupName?: string | undefined;
  quote: string;
  /** FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD for a sub-code. */
  codePath: string;
}

export interface QuoteCoded {
  segmentId: number;
  documentId: number;
  documentName: string;
  /** Code points into the document's normalised text. */
  start: number;
  end: number;
  codeId: number;
  codePath: string;
}

export function codeByQuote(ctx: ServiceContext, input: QuoteCoding): QuoteCoded {
  const { store } = ctx;
  const item = findCase(ctx, input.caseName, input.groupName);
  const code = findCodeByFullPath(store, input.codePath);
  // Document texts are stored normalised, so a quote pasted with CRLF must be too. White space at
  // its ends is dropped, as the app drops it from a selection (renderer/src/text-selection.ts
  // trimSelection): a quote pasted from a spreadsheet cell often carries some, and the segment
  // would otherwise start or end with it.
  const quote = normalizeText(input.quote).trim();
  if (quote === '') throw new AppError('emptyQuote', 'The quote is empty');
  const shown = quoteForMessage(quote);

  const documents = listDocuments(store, item.id);
  if (documents.length === 0) {
    throw new AppError('caseHasNoDocuments', `Case ${item.name} has no documents`, { case: item.name });
  }
  const hits: { documentId: number; documentName: string; text: string; index: number }[] = [];
  for (const document of documents) {
    const text = getDocumentText(store, document.id)!;
    // Overlapping occurrences ("aa" in "aaa") are distinct spans, so each counts.
    for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
      hits.push({ documentId: document.id, documentName: document.name, text, index });
    }
  }
  const where = `case ${item.name}'s documents`;
  if (hits.length === 0) {
    throw new AppError('quoteNotFound', `"${shown}" does not occur in ${where} (${listNames(documents.map((d) => d.name))})`, {
      quote: shown, case: item.name,
    });
  }
  if (hits.length > 1) {
    const perDocument = new Map<string, number>();
    for (const hit of hits) perDocument.set(hit.documentName, (perDocument.get(hit.documentName) ?? 0) + 1);
    const detail = listNames([...perDocument].map(([name, count]) => `${name}: ${count}`));
    throw new AppError('quoteAmbiguous', `"${shown}" occurs ${hits.length} times in ${where} (${detail}); give a longer quote`, {
      quote: shown, case: item.name, count: hits.length,
    });
  }

  const hit = hits[0]!;
  const offsets = new OffsetMap(hit.text);
  const start = offsets.toCodePoint(hit.index);
  const end = offsets.toCodePoint(hit.index + quote.length);
  const { segmentId } = applyCode(ctx, { documentId: hit.documentId, start, end, codeId: code.id });
  const codePath = codePaths(getCodebook(store)).get(code.id)!;
  return { segmentId, documentId: hit.documentId, documentName: hit.documentName, start, end, codeId: code.id, codePath };
}

/** A quote as a message shows it: on one line, and short. */
function quoteForMessage(quote: string): string {
  const line = quote.replace(/\s+/g, ' ');
  const chars = [...line];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : line;
}
