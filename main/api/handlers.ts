/** Each contract method's implementation: a thin call into the services. */
import { resolve } from 'node:path';
import type { Method, Output, ParsedInput } from '../../shared/contract.js';
import { agreementReport } from '../agreement/report.js';
import { buildTable } from '../analysis/tables.js';
import { exportQdc, exportQdpx } from '../refi/write-package.js';
import { importRefi } from '../refi/import.js';
import { PendingMerges } from '../merge/pending-merges.js';
import { exportFileExtension, exportTable } from '../export/index.js';
import { AppError } from '../errors.js';
import { createAttribute, listAttributes, setAttributeValue } from '../services/attributes.js';
import { listBackupsOf, restoreBackupOf } from '../services/backups.js';
import {
  createCase, createGroup, deleteCase, findCase, findGroup, listCases, listGroups, renameCase, setCaseGroup,
} from '../services/cases.js';
import { codeByQuote, findCodeByFullPath } from '../services/code-by-quote.js';
import { createCode, createFramework, deleteCode, findFramework, getCodebook, updateCode, updateFramework } from '../services/codebook.js';
import { listCoders } from '../services/coders.js';
import { applyCode, removeCoding } from '../services/coding.js';
import {
  getDocumentView, importCaseTable, importTextFile, importTextFileToCase, listDocuments, pasteText,
} from '../services/documents.js';
import { historyState, redo, undo } from '../services/history.js';
import { createMemo, deleteMemo, listMemos, updateMemo } from '../services/memos.js';
import { querySegments } from '../services/segments.js';
import type { Session } from '../services/session.js';

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
const bytes = (base64: string) => Buffer.from(base64, 'base64');
/** A title as a file name: letters and digits, runs of anything else as one dash. */
const safeFileName = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'casecoder';

export const handlers: Handlers = {
  'session.get': (session) => session.state(),
  'session.setCoder': (session, { name }) => {
    session.settings.setCoderName(name);
    return session.state();
  },

  'project.list': (session) => ({ recent: session.state().recent, workspace: session.workspaceProjects() }),
  'project.create': (session, { path, name }) => session.createProject(path, name),
  'project.open': (session, { path }) => session.openProject(path),
  'project.close': (session) => (session.closeProject(), done),
  'project.saveCopy': (session, { path }) => (session.saveCopy(path), done),

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

  'cases.list': (session) => listCases(session.context()),
  'cases.create': (session, { name, groupId }) => createCase(session.context(), name, groupId),
  'cases.rename': (session, { id, name }) => (renameCase(session.context(), id, name), done),
  'cases.setGroup': (session, { id, groupId }) => (setCaseGroup(session.context(), id, groupId), done),
  'cases.delete': (session, { id }) => (deleteCase(session.context(), id), done),
  'cases.findByName': (session, { name, groupName }) => findCase(session.context(), name, groupName),

  'attributes.list': (session) => listAttributes(session.context()),
  'attributes.create': (session, { name, type, choices }) => createAttribute(session.context(), name, type, choices),
  'attributes.setValue': (session, { caseId, attributeId, value }) =>
    (setAttributeValue(session.context(), caseId, attributeId, value), done),

  'documents.list': (session, { caseId }) => listDocuments(session.context(), caseId),
  'documents.get': (session, { id }) => getDocumentView(session.context(), id),
  'documents.importText': (session, { caseId, fileName, content }) =>
    importTextFile(session.context(), caseId, fileName, bytes(content)),
  'documents.importTextToCase': (session, { caseName, groupName, fileName, content }) =>
    importTextFileToCase(session.context(), { caseName, groupName }, fileName, bytes(content)),
  'documents.paste': (session, { caseId, name, text }) => pasteText(session.context(), caseId, name, text),
  'documents.importCaseTable': (session, { fileName, content, groupName }) =>
    importCaseTable(session.context(), fileName, bytes(content), groupName),

  'codebook.get': (session) => getCodebook(session.context()),
  'frameworks.create': (session, { name, exclusive }) => createFramework(session.context(), name, exclusive),
  'frameworks.findByName': (session, { name }) => findFramework(session.context(), name),
  'frameworks.update': (session, { id, ...changes }) => (updateFramework(session.context(), id, changes), done),
  'codes.create': (session, input) => createCode(session.context(), input),
  'codes.update': (session, { id, ...changes }) => (updateCode(session.context(), id, changes), done),
  'codes.delete': (session, { id }) => (deleteCode(session.context(), id), done),
  'codes.findByPath': (session, { path }) => findCodeByFullPath(session.context().store, path),

  'coding.apply': (session, input) => ({ segmentId: applyCode(session.context(), input) }),
  'coding.applyByQuote': (session, { caseName, quote, codePath }) => codeByQuote(session.context(), { caseName, quote, codePath }),
  'coding.remove': (session, { codingId }) => (removeCoding(session.context(), codingId), done),

  'memos.list': (session, { target }) => listMemos(session.context(), target),
  'memos.create': (session, { target, name, text }) => (createMemo(session.context(), target, name, text), done),
  'memos.update': (session, { id, ...changes }) => (updateMemo(session.context(), id, changes), done),
  'memos.delete': (session, { id }) => (deleteMemo(session.context(), id), done),

  'segments.query': (session, query) => querySegments(session.context(), query),

  'tables.build': (session, request) => buildTable(session.context().store, request),
  'tables.export': async (session, { request, format }) => {
    const table = buildTable(session.context().store, request);
    const content = await exportTable(table, format);
    return {
      fileName: `${safeFileName(table.title)}.${exportFileExtension(format)}`,
      content: content.toString('base64'),
      title: table.title,
      rowCount: table.rows.length,
      columnCount: table.columns.length,
    };
  },

  'merge.plan': (session, { fileName, content }) => mergesOf(session).plan(session.context().store, fileName, bytes(content)),
  'merge.apply': (session, { planId, choices }) => mergesOf(session).apply(session.context().store, planId, choices),
  'merge.cancel': (session, { planId }) => (mergesOf(session).cancel(planId), done),

  'refi.import': (session, { fileName, content }) => importRefi(session.context(), fileName, bytes(content)),
  'refi.export': async (session, { format }) => {
    const { store } = session.context();
    const content = format === 'qdpx' ? await exportQdpx(store) : await exportQdc(store);
    return { fileName: `${safeFileName(store.meta('name') ?? 'project')}.${format}`, content: content.toString('base64') };
  },

  'coders.list': (session) => listCoders(session.context()),
  'agreement.report': (session, request) => agreementReport(session.context().store, request),

  'history.state': (session) => historyState(session.context()),
  'history.undo': (session) => undo(session.context()),
  'history.redo': (session) => redo(session.context()),
};

