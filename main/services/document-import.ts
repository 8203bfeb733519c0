/**
 * Many files into one case, each becoming a document: every file is read in the worker thread
 * (main/import/worker-client.ts; one thread serves file after file) first, then the ones that
 * read well are written in one undoable step. A file that is refused, or whose text is already
 * a document of the case, has its own line in the report and does not stop the rest.
 */
import type { DocumentImportFile, DocumentImportReport } from '../../shared/entities.js';
import { codePointLength, normalizeText } from '../../shared/offsets.js';
import { recordStep } from '../db/history.js';
import * as documents from '../db/repos/documents.js';
import type { ExtractedDocument } from '../import/extract-document.js';
import { extractDocumentInWorker, type WorkerRunOptions } from '../import/worker-client.js';
import { findOrCreateCase, requireCase } from './cases.js';
import type { ServiceContext } from './context.js';

export type ImportTarget = { caseId: number } | { caseName: string; groupName?: string | undefined };

export interface DocumentFile {
  fileName: string;
  bytes: Uint8Array;
  /** Re-read a text, Markdown or HTML file in this encoding instead of detecting one. */
  encoding?: string | undefined;
}

export interface DocumentImportOptions {
  allowDuplicates?: boolean;
  signal?: AbortSignal;
  /** Called after each file is read: how many of how many. */
  onProgress?: (done: number, total: number) => void;
  /** The built worker entry, for tests that run the TypeScript sources. */
  workerUrl?: URL;
  /** The reader thread's heap cap; tests lower it to see a file overrun it. */
  heapMb?: number;
}

interface ReadFile {
  fileName: string;
  document: ExtractedDocument;
}

export async function importDocuments(
  ctx: ServiceContext, target: ImportTarget, files: DocumentFile[], options: DocumentImportOptions = {},
): Promise<DocumentImportReport> {
  // A wrong case id is said before minutes of reading, not after.
  if ('caseId' in target) requireCase(ctx, target.caseId);
  const lines: DocumentImportFile[] = [];
  const read: { line: DocumentImportFile; file: ReadFile }[] = [];
  for (const [index, file] of files.entries()) {
    const workerOptions: WorkerRunOptions = {
      ...(file.encoding === undefined ? {} : { encoding: file.encoding }),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
      ...(options.heapMb ? { heapMb: options.heapMb } : {}),
    };
    const result = await extractDocumentInWorker(file.fileName, file.bytes, workerOptions);
    if (result.ok) {
      const line: DocumentImportFile = { fileName: file.fileName, status: 'created', ...describe(result.document) };
      lines.push(line);
      read.push({ line, file: { fileName: file.fileName, document: result.document } });
    } else {
      const { reason, message, params } = result.refusal;
      lines.push({ fileName: file.fileName, status: 'refused', reason, message, params, warnings: [] });
    }
    options.onProgress?.(index + 1, files.length);
  }
  const report: DocumentImportReport = {
    caseId: 'caseId' in target ? target.caseId : null, caseCreated: false, created: 0, duplicates: 0, refused: 0, files: lines,
  };
  if (read.length > 0) {
    ctx.store.transaction(() => {
      let caseId = report.caseId;
      if (caseId === null) {
        // Created only now, so a batch in which nothing reads well leaves no empty case.
        const found = findOrCreateCase(ctx, (target as { caseName: string }).caseName, (target as { groupName?: string }).groupName);
        caseId = found.id;
        report.caseId = found.id;
        report.caseCreated = found.created;
      }
      const into = caseId;
      recordStep(ctx.store, 'documents.import', () => {
        for (const { line, file } of read) writeDocument(ctx, into, file, line, options.allowDuplicates ?? false);
      });
    });
  }
  for (const line of lines) {
    if (line.status === 'created') report.created++;
    else if (line.status === 'duplicate') report.duplicates++;
    else report.refused++;
  }
  return report;
}

function writeDocument(ctx: ServiceContext, caseId: number, file: ReadFile, line: DocumentImportFile, allowDuplicates: boolean): void {
  const text = normalizeText(file.document.text);
  // Earlier files of this batch are already in the case, so two copies in one batch are caught too.
  const existing = allowDuplicates ? undefined : documents.findDocumentWithText(ctx.store, caseId, text);
  if (existing !== undefined) {
    line.status = 'duplicate';
    line.documentId = existing;
    return;
  }
  const origin = documents.documentOrigin({ file: file.fileName, format: file.document.format, encoding: file.document.encoding });
  line.documentId = documents.insertDocument(ctx.store, caseId, documentName(file.fileName), text, origin);
}

function describe(document: ExtractedDocument): Omit<DocumentImportFile, 'fileName' | 'status'> {
  return {
    format: document.format,
    ...(document.encoding === undefined ? {} : { encoding: document.encoding }),
    ...(document.warnings.some((w) => w.code === 'encodingUnsure') ? { encodingUnsure: true } : {}),
    characters: codePointLength(document.text),
    warnings: document.warnings.map(({ code, params }) => ({ code, params })),
  };
}

/** The file's name without its extension (and without any folder a browser may have put in it). */
export function documentName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}
