/**
 * The operations that write a project and run as jobs (run-write-job.ts), by name. Each may
 * first read its input without touching the project (`readInput`: parsing a package, the longest
 * part; a cancel then ends the thread at once), then `write`s it as one undoable step on the
 * connection it is given. `progress` throws when the job is cancelled, inside the step, so its
 * transaction rolls back and the project is as it was.
 *
 * The REFI-QDA and merge code is loaded by the jobs that use it, in `readInput`, so a thread
 * that imports documents starts without it (it costs some 200 ms to load).
 */
import type { HistoryState } from '../../shared/entities.js';
import type { MergeChoices } from '../../shared/merge.js';
import { redo, undo } from '../db/history.js';
import { JobReader } from '../db/repos/analysis.js';
import { markRunFile, type RunFile } from '../db/repos/import-runs.js';
import type { Migrated } from '../db/store.js';
import type { MergeOutcome } from '../merge/merge.js';
import type { RefiParts } from '../refi/model.js';
import type { RefiImportReport } from '../refi/uncarried.js';
import type { ServiceContext } from '../services/context.js';
import type { SalvageOutcome } from '../services/salvage.js';
import { codeSpans, type AutocodeInput } from '../services/autocode.js';
import { removeCase } from '../services/cases.js';
import { mergeCodes, removeCode } from '../services/codebook.js';
import { removeDocument } from '../services/documents.js';
import { writeDocuments, type DocumentToWrite, type ImportTarget, type WrittenDocuments } from '../services/document-write.js';
import type { Progress } from './progress.js';

interface WriteJob<Input, Read, Output> {
  readInput?: (input: Input) => Promise<Read>;
  write: (ctx: ServiceContext, read: Read, progress: Progress) => Output;
}

/**
 * A REFI-QDA package or codebook (.qdpx, .qde, .qdc) into the project, read from `path` here
 * (a package of hundreds of MB never passes through the main thread), then parsed in a thread
 * of its own while this one writes what is parsed so far (refi-parse-ahead.ts). `fileName`: the
 * name the user knows it by, which says its format.
 */
const refiImport = {
  readInput: async ({ fileName, path, file }) => {
    const [{ readRefiParts }, { writeRefi }, { readPackageFile }] = await Promise.all([
      import('./refi-parse-ahead.js'), import('../refi/import.js'), import('../refi/package-file.js'),
    ]);
    return { fileName, parts: await readRefiParts(fileName, await readPackageFile(fileName, path)), writeRefi, file };
  },
  write: (ctx, { fileName, parts, writeRefi, file }, progress) => markedIn(ctx, file, () => writeRefi(ctx, fileName, parts, progress)),
} satisfies WriteJob<
  { fileName: string; path: string; file?: RunFile | undefined },
  { fileName: string; parts: RefiParts; writeRefi: typeof import('../refi/import.js').writeRefi; file?: RunFile | undefined },
  RefiImportReport
>;

/**
 * A planned merge with the user's choices, from the private copy of the teammate's project
 * (merge-file.ts), which was checked when it was opened and is only read here.
 */
const mergeApply = {
  readInput: async (input) => ({ ...input, applyMergeFrom: (await import('../merge/merge-file.js')).applyMergeFrom }),
  write: (ctx, { sourcePath, choices, applyMergeFrom, file }, progress) => {
    const source = new JobReader(sourcePath);
    try {
      return markedIn(ctx, file, () => applyMergeFrom(ctx.store, source, choices, progress));
    } finally {
      source.close();
    }
  },
} satisfies WriteJob<
  { sourcePath: string; choices: MergeChoices; file?: RunFile | undefined },
  { sourcePath: string; choices: MergeChoices; applyMergeFrom: typeof import('../merge/merge-file.js').applyMergeFrom; file?: RunFile | undefined },
  MergeOutcome
>;

/**
 * Writes a file of an import run (services/import-runs.ts) and marks it come in, in one
 * transaction: after a crash the record says exactly what is in the project.
 */
function markedIn<T>(ctx: ServiceContext, file: RunFile | undefined, write: () => T): T {
  if (!file) return write();
  return ctx.store.transaction(() => {
    const written = write();
    markRunFile(ctx.store, file, 'done');
    return written;
  });
}

/** Documents read from files (services/document-import.ts) into their case. */
const documentsImport = {
  write: (ctx, { target, documents, allowDuplicates, files }, progress) => writeDocuments(ctx, target, documents, allowDuplicates, progress, files),
} satisfies WriteJob<never, { target: ImportTarget; documents: DocumentToWrite[]; allowDuplicates: boolean; files: RunFile[] }, WrittenDocuments>;

/** Undo or redo of a large step (services/history.ts): an import, a merge, a long document. */
const historyUndo = {
  write: (ctx, _input, progress) => undo(ctx.store, progress),
} satisfies WriteJob<never, Record<string, never>, HistoryState>;

const historyRedo = {
  write: (ctx, _input, progress) => redo(ctx.store, progress),
} satisfies WriteJob<never, Record<string, never>, HistoryState>;

/** Autocoding thousands of search hits (services/autocode.ts). */
const autocodeApply = {
  write: (ctx, input, progress) => codeSpans(ctx, input, progress),
} satisfies WriteJob<never, AutocodeInput, { coded: number; unchanged: number }>;

/** Deleting a code, a case or a document with much under it, and merging a much used code (services/write-weight.ts). */
const codesDelete = { write: removeCode } satisfies WriteJob<never, { id: number }, void>;
const codesMerge = { write: mergeCodes } satisfies WriteJob<never, { sourceId: number; targetId: number }, { codingsMoved: number }>;
const casesDelete = { write: removeCase } satisfies WriteJob<never, { id: number }, void>;
const documentsDelete = { write: removeDocument } satisfies WriteJob<never, { id: number }, void>;

/**
 * A project refused as altered outside CaseCoder, its rows carried into this new, empty project
 * (services/salvage.ts). Its code, the merge's, is loaded by this job alone.
 */
const projectSalvage = {
  readInput: async (input) => ({ ...input, salvageRows: (await import('../services/salvage.js')).salvageRows }),
  write: (ctx, { source, salvageRows }, progress) => salvageRows(ctx.store, source, progress),
} satisfies WriteJob<
  { source: string },
  { source: string; salvageRows: typeof import('../services/salvage.js').salvageRows },
  SalvageOutcome
>;

/** Opening a project of an older schema: the worker's Store.open migrates it (and says where it kept it as it was); nothing else is written. */
const projectMigrate = {
  write: ({ store }) => store.migrated,
} satisfies WriteJob<never, Record<string, never>, Migrated | null>;

export const writeJobList = {
  'refi.import': refiImport, 'merge.apply': mergeApply, 'documents.import': documentsImport, 'history.undo': historyUndo, 'history.redo': historyRedo,
  'search.autocodeApply': autocodeApply,
  'project.migrate': projectMigrate, 'project.salvage': projectSalvage,
  'codes.delete': codesDelete, 'codes.merge': codesMerge, 'cases.delete': casesDelete, 'documents.delete': documentsDelete,
};

export type WriteJobName = keyof typeof writeJobList;
type JobOf<N extends WriteJobName> = (typeof writeJobList)[N];
/** What the caller gives: what `readInput` takes, or else what `write` does. */
export type WriteJobInput<N extends WriteJobName> = JobOf<N> extends { readInput: (input: infer I) => unknown } ? I : Parameters<JobOf<N>['write']>[1];
export type WriteJobOutput<N extends WriteJobName> = ReturnType<JobOf<N>['write']>;
