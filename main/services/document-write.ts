/**
 * The writing half of a document import (document-import.ts reads the files first): the texts
 * into their case as one undoable step. A long batch runs as a write job (jobs/write-job-list.ts)
 * on a thread of its own: inserting and indexing three 300,000-character texts held the main
 * thread for 250 ms, stalling every other request.
 */
import { freeName, nameKey } from '../../shared/names.js';
import { normalizeText } from '../../shared/offsets.js';
import { recordStep } from '../db/history.js';
import * as documents from '../db/repos/documents.js';
import { markRunFile, type RunFile } from '../db/repos/import-runs.js';
import type { Progress } from '../jobs/progress.js';
import { findOrCreateCase } from './cases.js';
import type { ServiceContext } from './context.js';

export type ImportTarget = { caseId: number } | { caseName: string; groupName?: string | undefined };

export interface DocumentToWrite {
  name: string;
  /** The file read, whose whole name (Интервью.pdf) names the document when the case has one named `name` already. */
  fileName?: string;
  /** As read; normalised here, off the main thread. */
  text: string;
  origin: string;
}

export interface WrittenDocuments {
  caseId: number;
  caseCreated: boolean;
  /** Per document, in order: the new document, or the one of the case that already had its text. */
  outcomes: { documentId: number; duplicate: boolean }[];
}

/** `files`: the import run's place of each document's file (services/import-runs.ts), marked come in with it. */
export function writeDocuments(
  ctx: ServiceContext, target: ImportTarget, list: DocumentToWrite[], allowDuplicates: boolean, progress: Progress, files: RunFile[] = [],
): WrittenDocuments {
  return ctx.store.transaction(() => {
    let caseId: number;
    let caseCreated = false;
    if ('caseId' in target) caseId = target.caseId;
    else {
      // Created only now, so a batch in which nothing reads well leaves no empty case.
      const found = findOrCreateCase(ctx, target.caseName, target.groupName);
      caseId = found.id;
      caseCreated = found.created;
    }
    const outcomes: WrittenDocuments['outcomes'] = [];
    // One interview as .docx and .pdf, or two files both named «Интервью», would otherwise be two
    // documents of one name that nothing tells apart in the document list, a table or an export.
    const taken = new Set(documents.caseDocumentNames(ctx.store, caseId).map(nameKey));
    recordStep(ctx.store, 'documents.import', () => {
      for (const [index, item] of list.entries()) {
        progress(index, list.length);
        const text = normalizeText(item.text);
        // Earlier files of this batch are already in the case, so two copies in one batch are caught too.
        const existing = allowDuplicates ? undefined : documents.findDocumentWithText(ctx.store, caseId, text);
        if (existing !== undefined) {
          outcomes.push({ documentId: existing, duplicate: true });
          continue;
        }
        const name = freeName(item.fileName === undefined ? [item.name] : [item.name, item.fileName], taken);
        outcomes.push({ documentId: documents.insertDocument(ctx.store, caseId, name, text, item.origin), duplicate: false });
      }
    });
    // Outside the step (the record is not undone with it), inside its transaction (on disk with it).
    for (const file of files) markRunFile(ctx.store, file, 'done');
    return { caseId, caseCreated, outcomes };
  });
}
