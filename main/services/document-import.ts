/**
 * Many files into one case, each becoming a document: every file is read in the worker thread
 * (main/import/worker-client.ts; one thread serves file after file) first, then the ones that
 * read well are written in one undoable step (document-write.ts). A file that is refused, or
 * whose text is already a document of the case, has its own line in the report and does not
 * stop the rest.
 */
import type { DocumentImportFile, DocumentImportReport, ImportReport } from '../../shared/entities.js';
import { codePointLength } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import * as documents from '../db/repos/documents.js';
import { markRunFile, type RunFile } from '../db/repos/import-runs.js';
import type { ExtractedDocument } from '../import/extract-document.js';
import { importLimits } from '../import/limits.js';
import { extractDocumentInWorker, type WorkerRunOptions } from '../import/worker-client.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { requireCase } from './cases.js';
import type { ServiceContext } from './context.js';
import { writeDocuments, type DocumentToWrite, type ImportTarget, type WrittenDocuments } from './document-write.js';

export type { ImportTarget } from './document-write.js';

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
  /** The import run's place of the first file (the others follow it), marked as each comes in or is refused (services/import-runs.ts). */
  run?: RunFile | undefined;
}

/**
 * Texts up to this many characters in all are written on the caller's thread (about 12 ms of
 * CPU, 20-50 ms on a busy two-core machine); longer batches by a write job on a thread of its
 * own, whose start (about half a second: its modules and its connection) is then worth it.
 */
const INLINE_WRITE_CHARACTERS = 50_000;

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
  const read: { line: DocumentImportFile; file: ReadFile; place: RunFile | undefined }[] = [];
  const { run } = options;
  const placeOf = (index: number) => (run ? { runId: run.runId, position: run.position + index } : undefined);
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
      read.push({ line, file: { fileName: file.fileName, document: result.document }, place: placeOf(index) });
    } else {
      const { reason, message, params } = result.refusal;
      lines.push({ fileName: file.fileName, status: 'refused', reason, message, params, warnings: [] });
      // A cancelled file was not read: it stays not reached, as the files after it do.
      const place = placeOf(index);
      if (place && reason !== 'cancelled') markRunFile(ctx.store, place, 'refused');
    }
    options.onProgress?.(index + 1, files.length);
  }
  const report: DocumentImportReport = {
    caseId: 'caseId' in target ? target.caseId : null, caseCreated: false, created: 0, duplicates: 0, refused: 0, files: lines,
  };
  if (read.length > 0) {
    const list = read.map(({ file }) => ({
      name: documentName(file.fileName), fileName: baseName(file.fileName), text: file.document.text, origin: originOf(file),
    }));
    const places = read.flatMap(({ place }) => (place ? [place] : []));
    const written = await writeRead(ctx, target, list, options.allowDuplicates ?? false, places);
    report.caseId = written.caseId;
    report.caseCreated = written.caseCreated;
    written.outcomes.forEach(({ documentId, duplicate }, i) => {
      const { line } = read[i]!;
      line.documentId = documentId;
      if (duplicate) line.status = 'duplicate';
    });
  }
  for (const line of lines) {
    if (line.status === 'created') report.created++;
    else if (line.status === 'duplicate') report.duplicates++;
    else report.refused++;
  }
  return report;
}

/** Pasted text as a new document of the case, written as an import's documents are (a long text off the main thread). */
export async function pasteDocument(ctx: ServiceContext, caseId: number, name: string, text: string): Promise<ImportReport> {
  requireCase(ctx, caseId);
  // trim() drops what normalising would (a leading U+FEFF, line ends) and keeps what it keeps.
  if (text.trim() === '') throw new AppError('emptyDocument', `${name} has no text`, { name });
  // As a file holding one is refused (decode-text.ts): no text holds a NUL, and SQLite's length()
  // stops at it, so the document list counted such a text short (review-hostile-1207 #10).
  if (text.includes('\0')) throw new AppError('pastedNotText', `${name}: the pasted text holds a NUL character, which no text holds; it looks like binary data`, { name });
  // An imported file's limit: the open check refuses a project holding a longer text (db/row-probes.ts).
  if (text.length > importLimits.maxTextChars) {
    throw new AppError('pastedTooLong', `${name} is longer than the limit of ${importLimits.maxTextChars} characters`, { name, limit: importLimits.maxTextChars });
  }
  await writeRead(ctx, { caseId }, [{ name, text, origin: 'paste' }], true, []);
  return { casesCreated: 0, documentsCreated: 1, segmentsCreated: 0, warnings: [] };
}

/** `files`: each document's place in the import run, marked come in with it. */
function writeRead(
  ctx: ServiceContext, target: ImportTarget, list: DocumentToWrite[], allowDuplicates: boolean, files: RunFile[],
): Promise<WrittenDocuments> | WrittenDocuments {
  const characters = list.reduce((sum, item) => sum + item.text.length, 0);
  if (characters <= INLINE_WRITE_CHARACTERS) return writeDocuments(ctx, target, list, allowDuplicates, () => {}, files);
  return runWriteJob(ctx, 'documents.import', { target, documents: list, allowDuplicates, files });
}

function originOf(file: ReadFile): string {
  return documents.documentOrigin({ file: file.fileName, format: file.document.format, encoding: file.document.encoding });
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
  const base = baseName(fileName);
  return base.replace(/\.[^.]+$/, '') || base;
}

/** The file's name without any folder a browser may have put in it. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
