import type { DocumentItem, DocumentView } from '../../shared/entities.js';
import { recordStep } from '../db/history.js';
import * as documents from '../db/repos/documents.js';
import { notedCodingsOf, segmentMemoCounts } from '../db/repos/memos.js';
import * as segments from '../db/repos/segments.js';
import type { Progress } from '../jobs/progress.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { requireCase } from './cases.js';
import { notFound, type ServiceContext } from './context.js';
import { keepShownText } from './coding-texts.js';
import { documentsWeight, inlineLimits, writesInline } from './write-weight.js';
import { textLanguage } from '../export/text-language.js';

/** Enough of a text to tell its language: a 300,000-character interview is not read whole for it. */
const LANGUAGE_SAMPLE = 20_000;

export function listDocuments({ store }: ServiceContext, caseId?: number): DocumentItem[] {
  return documents.listDocuments(store, caseId);
}

export function getDocumentView({ store }: ServiceContext, id: number): DocumentView {
  const found = documents.getDocumentWithText(store, id);
  if (!found) throw notFound('document', id);
  keepShownText(store, id, found.text);
  const shown = segments.documentSegments(store, id);
  const ids = shown.map((s) => s.id);
  const memoCounts = segmentMemoCounts(store, ids);
  // Notes on single codings, as REFI-QDA packages carry them: the segment's card marks them.
  const codingNotes = new Map(notedCodingsOf(store, ids).map((c) => [c.codingId, c.memoCount]));
  return {
    ...found,
    language: textLanguage(found.text.slice(0, LANGUAGE_SAMPLE)) ?? null,
    segments: shown.map((s) => ({ ...s, memoCount: memoCounts.get(s.id) ?? 0, codings: s.codings.map((c) => ({ ...c, memoCount: codingNotes.get(c.id) ?? 0 })) })),
  };
}

export function renameDocument(ctx: ServiceContext, id: number, name: string): void {
  requireDocument(ctx, id);
  // The same name again changes nothing, so it is no step to undo (Enter on the rename dialog made one).
  if (documents.documentNames(ctx.store, [id])[0] === name) return;
  recordStep(ctx.store, 'documents.rename', () => documents.renameDocument(ctx.store, id, name));
}

/** To another case; its segments and codings go with it. */
export function moveDocument(ctx: ServiceContext, id: number, caseId: number): void {
  requireDocument(ctx, id);
  requireCase(ctx, caseId);
  recordStep(ctx.store, 'documents.move', () => documents.moveDocument(ctx.store, id, caseId));
}

/**
 * With its segments and their codings; one undoable step brings them all back. A long or much
 * coded document is deleted by a write job (write-weight.ts).
 */
export function deleteDocument(ctx: ServiceContext, id: number): void | Promise<void> {
  const weight = documents.documentWeight(ctx.store, id);
  if (!weight) throw notFound('document', id);
  return writesInline(documentsWeight([weight]), inlineLimits.documents) ? removeDocument(ctx, { id }) : runWriteJob(ctx, 'documents.delete', { id });
}

/** The deletion itself (a write job's too); one statement after another, so `progress` may stop it only at the end, rolling the step back. */
export function removeDocument(ctx: ServiceContext, { id }: { id: number }, progress: Progress = () => {}): void {
  requireDocument(ctx, id);
  recordStep(ctx.store, 'documents.delete', () => {
    progress(0, 1);
    documents.deleteDocument(ctx.store, id);
    progress(1, 1);
  });
}

function requireDocument({ store }: ServiceContext, id: number): void {
  if (!documents.documentExists(store, id)) throw notFound('document', id);
}
