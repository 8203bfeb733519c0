/** Each contract method's implementation: a thin call into the services. */
import { basename, resolve } from 'node:path';
import type { Method, Output, ParsedInput } from '../../shared/contract.js';
import { PendingMerges } from '../merge/pending-merges.js';
import { exportTable } from '../export/index.js';
import { exportFileName } from '../export/file-name.js';
import { cancelCall, cancelJob, listJobs, runJob } from '../jobs/run-job.js';
import { cachedRead } from '../jobs/cached-reads.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { AppError } from '../errors.js';
import { handOver } from '../jobs/handed-over.js';
import { takeUpload } from './uploads.js';
import { createAttribute, listAttributes, setAttributeValue } from '../services/attributes.js';
import { listBackupsOf, restoreBackupOf } from '../services/backups.js';
import {
  createCase, createGroup, deleteCase, findCase, findGroup, listGroups, renameCase, setCaseGroup,
} from '../services/cases.js';
import { codeByQuote } from '../services/code-by-quote.js';
import { findCodeByFullPath } from '../services/code-paths.js';
import {
  createCode, createFramework, deleteCode, findFramework, getCodebook, mergeCode, moveCode, updateCode, updateFramework,
} from '../services/codebook.js';
import { findCoder, listCoders } from '../services/coders.js';
import { applyCode, changeCoding, removeCoding } from '../services/coding.js';
import { deleteDocument, getDocumentView, listDocuments, moveDocument, renameDocument } from '../services/documents.js';
import { importCaseTable, importTextFile, importTextFileToCase } from '../services/text-import.js';
import { importDocuments, pasteDocument } from '../services/document-import.js';
import { cancelImport, startImport } from '../services/import-jobs.js';
import { beginImportRun, endImportRun, withImportRun } from '../services/import-runs.js';
import { historyState, redo, undo } from '../services/history.js';
import { attachMemo, createMemo, createPassageMemo, deleteMemo, findMemos, listMemos, updateMemo } from '../services/memos.js';
import { querySegments, segmentCodings } from '../services/segments.js';
import { autocodeApply } from '../services/autocode.js';
import { search } from '../services/search.js';
import { getStopWords, setStopWords } from '../services/words.js';
import type { Session } from '../services/session.js';
import { comparisonCellEvidence } from '../services/comparison.js';
import { runQca } from '../services/qca.js';
import type { CrossTable, ExportFormat } from '../../shared/tables.js';
import { unpackTable } from '../analysis/table-transfer.js';
import { addCriterion, decideCase, selectionCrossTable, selectionReport } from '../services/selection.js';
import { setSummary, summaryCellEvidence } from '../services/summaries.js';
import { importCaseTableSheet, previewCaseTable } from '../services/case-table-import.js';
import { importAttributeSheet, previewAttributeSheet } from '../services/attribute-import.js';

/** Each session's pending merges; a plan belongs to the project it was made for. */
const pendingMerges = new WeakMap<Session, PendingMerges>();
function mergesOf(session: Session): PendingMerges {
  let merges = pendingMerges.get(session);
  if (!merges) {
    const created = new PendingMerges();
    session.onClose(() => created.clear());
    pendingMerges.set(session, created);
    merges = created;
  }
  return merges;
}

type Handlers = { [M in Method]: (session: Session, input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

const done = { ok: true } as const;
/**
 * A file's content as the contract takes it: base64, or the bytes. Bytes that fill their buffer
 * are shared, not copied; a view into a larger buffer is copied out, since handing it to a
 * thread would clone the whole buffer behind it. What is decoded from base64 belongs to this
 * call alone, so a reader thread may take it without a copy (handOver); given bytes stay the
 * caller's.
 */
const bytes = (content: string | Uint8Array) => {
  if (typeof content === 'string') return handOver(Buffer.from(content, 'base64'));
  const whole = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength;
  return whole ? Buffer.from(content.buffer, 0, content.byteLength) : Buffer.from(content);
};

/**
 * Runs `use` on a file the contract names where it lies (shared/contract.ts fileAt): its path and
 * the name messages give it. An upload is taken (uploads.ts) and `owned` (use may move it), then
 * removed once used, whatever came of it.
 */
async function withFileAt<T>(
  file: { path: string; shownAs?: string | undefined } | { upload: string },
  use: (path: string, shownAs: string, owned: boolean) => Promise<T>,
): Promise<T> {
  if ('path' in file) return use(file.path, file.shownAs ?? file.path, false);
  const upload = takeUpload(file.upload);
  try {
    return await use(upload.path, upload.fileName, true);
  } finally {
    upload.remove();
  }
}

/** A file of an import run as the contract names it (`id`, `file`), as the services do. */
const runFileOf = (run: { id: number; file: number } | undefined) => (run ? { runId: run.id, position: run.file } : undefined);

export const handlers: Handlers = {
  'session.get': (session) => session.state(),
  'session.setCoder': (session, { name }) => session.setCoder(name),

  'project.list': (session) => ({ recent: session.state().recent, workspace: session.workspaceProjects() }),
  'project.create': (session, { path, name, language }) => session.createProject(path, name, language),
  'project.open': (session, { path, readingCopy }) => session.openProjectAsync(path, { readingCopy }),
  'project.close': (session) => (session.closeProject(), done),
  'project.saveCopy': (session, { path, withoutCodings }) => ({ path: session.saveCopy(path, { withoutCodings }) }),
  'project.salvage': (session, { path }) => session.salvageProject(path),

  'backups.list': (session) => session.listBackups(),
  'backups.restore': (session, { path }) => session.restoreBackup(path),
  'backups.listOfFile': (_session, { project }) => listBackupsOf(project),
  'backups.restoreFile': (session, { project, backup }) => {
    // The open project is restored through backups.restore, which closes and reopens it.
    if (session.state().project?.path === resolve(project)) {
      throw new AppError('projectIsOpen', `${project} is open; restore it from the app`, { path: project });
    }
    return restoreBackupOf(project, backup);
  },

  'groups.list': (session) => listGroups(session.context()),
  'groups.create': (session, { name }) => createGroup(session.context(), name),
  'groups.findByName': (session, { name }) => findGroup(session.context(), name),

  // Counted over the whole project: in a worker thread (jobs/job-list.ts), again only after a change (jobs/cached-reads.ts).
  'cases.list': (session) => cachedRead(session.context().store, 'cases.list'),
  'cases.create': (session, { name, groupId, groupName }) => createCase(session.context(), name, groupName ?? groupId),
  'cases.rename': (session, { id, name }) => (renameCase(session.context(), id, name), done),
  'cases.setGroup': (session, { id, groupId }) => (setCaseGroup(session.context(), id, groupId), done),
  'cases.delete': async (session, { id }) => (await deleteCase(session.context(), id), done),
  'cases.findByName': (session, { name, groupName }) => findCase(session.context(), name, groupName),

  'attributes.list': (session) => listAttributes(session.context()),
  'attributes.create': (session, { name, type, choices }) => createAttribute(session.context(), name, type, choices),
  'attributes.setValue': (session, { caseId, attributeId, value }) =>
    (setAttributeValue(session.context(), caseId, attributeId, value), done),

  'documents.list': (session, { caseId }) =>
    caseId === undefined ? cachedRead(session.context().store, 'documents.list') : listDocuments(session.context(), caseId),
  'documents.get': (session, { id }) => getDocumentView(session.context(), id),
  'documents.importText': (session, { caseId, fileName, content }) =>
    importTextFile(session.context(), caseId, fileName, bytes(content)),
  'documents.importTextToCase': (session, { caseName, groupName, fileName, content }) =>
    importTextFileToCase(session.context(), { caseName, groupName }, fileName, bytes(content)),
  'documents.paste': (session, { caseId, name, text }) => pasteDocument(session.context(), caseId, name, text),
  'documents.import': async (session, { target, files, allowDuplicates, importId, run }) => {
    const job = startImport(importId);
    try {
      const inputs = files.map((f) => ({ fileName: f.fileName, bytes: bytes(f.content), encoding: f.encoding }));
      return await importDocuments(session.context(), target, inputs, { allowDuplicates, signal: job.signal, run: runFileOf(run) });
    } finally {
      job.finish();
    }
  },
  'documents.cancelImport': (_session, { importId }) => (cancelImport(importId), done),
  'imports.begin': (session, { kind, files }) => ({ id: beginImportRun(session.context(), kind, files).runId }),
  'imports.end': (session, { id }) => (endImportRun(session.context(), id), done),
  'imports.dismiss': (session, { id }) => session.dismissInterrupted(id),
  'documents.rename': (session, { id, name }) => (renameDocument(session.context(), id, name), done),
  'documents.move': (session, { id, caseId }) => (moveDocument(session.context(), id, caseId), done),
  'documents.delete': async (session, { id }) => (await deleteDocument(session.context(), id), done),
  'documents.importCaseTable': (session, { fileName, content, groupName, columnFramework, tableCoder }) =>
    importCaseTable(session.context(), fileName, bytes(content), groupName, columnFramework, tableCoder),
  'sheets.previewCaseTable': (session, { fileName, content, groupColumn }) =>
    previewCaseTable(session.context(), fileName, bytes(content), { groupColumn }),
  'sheets.importCaseTable': (session, { fileName, content, groupName, defaultGroup, mapping, columnFramework, tableCoder, byNumber, groupMap }) =>
    importCaseTableSheet(session.context(), fileName, bytes(content), { groupName, defaultGroup, mapping, columnFramework, tableCoder, byNumber, groupMap }),
  'sheets.previewAttributes': (session, { fileName, content, survey, groupColumn }) =>
    previewAttributeSheet(session.context(), fileName, bytes(content), { survey, groupColumn }),
  'sheets.importAttributes': (session, { fileName, content, groupName, survey, groupColumn, types, byNumber, groupMap }) =>
    importAttributeSheet(session.context(), fileName, bytes(content), { groupName, survey, groupColumn, types, byNumber, groupMap }),

  'codebook.get': (session) => getCodebook(session.context()),
  'codebook.followUiLanguage': (session, { language }) => ({ renamed: session.followUiLanguage(language) }),
  'frameworks.create': (session, { name, exclusive }) => createFramework(session.context(), name, exclusive),
  'frameworks.findByName': (session, { name }) => findFramework(session.context(), name),
  'frameworks.update': (session, { id, ...changes }) => (updateFramework(session.context(), id, changes), done),
  'codes.create': (session, input) => createCode(session.context(), input),
  'codes.update': (session, { id, ...changes }) => (updateCode(session.context(), id, changes), done),
  'codes.delete': async (session, { id }) => (await deleteCode(session.context(), id), done),
  'codes.move': (session, { id, parentId, index }) => (moveCode(session.context(), id, parentId, index), done),
  'codes.merge': (session, { sourceId, targetId }) => mergeCode(session.context(), sourceId, targetId),
  'codebook.counts': (session) => cachedRead(session.context().store, 'codebook.counts'),
  'codes.findByPath': (session, { path }) => findCodeByFullPath(session.context().store, path),

  'coding.apply': (session, input) => applyCode(session.context(), input),
  'coding.applyByQuote': (session, { caseName, groupName, quote, codePath }) =>
    codeByQuote(session.context(), { caseName, groupName, quote, codePath }),
  'coding.remove': (session, { codingId }) => (removeCoding(session.context(), codingId), done),
  'coding.change': (session, { codingId, codeId }) => (changeCoding(session.context(), codingId, codeId), done),

  'memos.list': (session, { target }) => listMemos(session.context(), target),
  'memos.create': (session, { target, name, text }) => (createMemo(session.context(), target, name, text), done),
  'memos.createOnPassage': (session, { name, text, ...span }) => (createPassageMemo(session.context(), span, name, text), done),
  'memos.update': (session, { id, ...changes }) => (updateMemo(session.context(), id, changes), done),
  'memos.delete': (session, { id }) => (deleteMemo(session.context(), id), done),
  'memos.attach': (session, { id, target }) => (attachMemo(session.context(), id, target), done),
  'memos.find': (session, filter) => findMemos(session.context(), filter),

  'segments.query': (session, query) => querySegments(session.context(), query),
  'segments.codings': (session, { segmentId }) => segmentCodings(session.context(), segmentId),
  'segments.export': (session, request) => runJob(session.context().store, 'segments.export', request),

  // Counting every hit reads every matching document (seconds for a common word): a job. The first
  // page alone (counts off) stops early and stays here.
  'search.run': (session, request) => (request.counts ? runJob(session.context().store, 'search.run', request) : search(session.context(), request)),
  'search.autocodePreview': (session, input) => {
    const { store, coderName } = session.context();
    return runJob(store, 'search.autocodePreview', { ...input, coderName });
  },
  'search.autocodeApply': (session, input) => autocodeApply(session.context(), input),
  // Word lists and the agreement report read the whole project: jobs, like the tables below.
  'words.list': (session, request) => runJob(session.context().store, 'words.list', request),
  'words.export': (session, { request, format, labels }) => runJob(session.context().store, 'words.export', { request, format, labels }),
  'words.stopWords': (session) => getStopWords(session.context()),
  'words.setStopWords': (session, settings) => setStopWords(session.context(), settings),

  // Tables run as jobs: in a worker thread on its own connection, listed with progress, cancellable.
  'tables.build': (session, request) => runJob(session.context().store, 'tables.build', request).then(unpackTable),
  'tables.cellEvidence': (session, query) => runJob(session.context().store, 'tables.cellEvidence', query),
  'tables.export': (session, { request, format }) => runJob(session.context().store, 'tables.export', { request, format }),
  'jobs.list': () => listJobs(),
  'jobs.cancel': (_session, { id }) => (cancelJob(id), done),
  'jobs.cancelCall': (_session, { callId }) => (cancelCall(callId), done),

  'merge.plan': (session, file) => withFileAt(file, (path, shownAs, owned) => mergesOf(session).plan(session.context().store, path, shownAs, owned)),
  'merge.apply': (session, { planId, choices }) => mergesOf(session).apply(session.context().store, planId, choices),
  'merge.cancel': (session, { planId }) => (mergesOf(session).cancel(planId), done),

  'refi.import': (session, { run, ...file }) => {
    const ctx = session.context();
    return withFileAt(file, (path, shownAs) => {
      const fileName = basename(shownAs);
      return withImportRun(ctx, 'package', fileName, runFileOf(run), (marked) => runWriteJob(ctx, 'refi.import', { fileName, path, file: marked }));
    });
  },
  'refi.export': (session, { format, language }) => runJob(session.context().store, 'refi.export', { format, language }),

  'coders.list': (session, { people }) => listCoders(session.context(), people),
  'coders.findByName': (session, { name }) => findCoder(session.context(), name),
  'agreement.report': (session, request) => runJob(session.context().store, 'agreement.report', request),
  'agreement.export': (session, { request, format, ...presentation }) =>
    runJob(session.context().store, 'agreement.export', { request, format, presentation }),

  'selection.report': (session) => selectionReport(session.context()),
  'selection.decide': (session, input) => (decideCase(session.context(), input), done),
  'selection.addCriterion': (session, { name }) => (addCriterion(session.context(), name), done),
  'selection.export': async (session, { format, ...presentation }) => exportFile(selectionCrossTable(session.context(), presentation), format),
  'qca.run': (session, request) => runQca(session.context(), request),
  'comparison.build': (session, request) => runJob(session.context().store, 'comparison.build', request),
  'comparison.cellEvidence': (session, request) => comparisonCellEvidence(session.context(), request),
  'comparison.export': (session, { request, format, ...presentation }) =>
    runJob(session.context().store, 'comparison.export', { request, format, presentation }),
  'summaries.grid': (session, request) => runJob(session.context().store, 'summaries.grid', request),
  'summaries.cellEvidence': (session, cell) => summaryCellEvidence(session.context(), cell),
  'summaries.set': (session, cell) => (setSummary(session.context(), cell), done),
  'summaries.export': (session, { request, quotes, format, ...presentation }) =>
    runJob(session.context().store, 'summaries.export', { request, quotes, format, presentation }),

  'history.state': (session) => historyState(session.context()),
  'history.undo': (session) => undo(session.context()),
  'history.redo': (session) => redo(session.context()),
};

/** A table written in an export format, as the method views and commands save it. */
async function exportFile(table: CrossTable, format: ExportFormat): Promise<{ fileName: string; content: string; title: string }> {
  const content = await exportTable(table, format);
  return { fileName: exportFileName(table.title, format), content: content.toString('base64'), title: table.title };
}
