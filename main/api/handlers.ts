/** Each contract method's implementation: a thin call into the services. */
import type { Method, Output, ParsedInput } from '../../shared/contract.js';
import { agreementReport } from '../agreement/report.js';
import { buildTable } from '../analysis/tables.js';
import { exportQdc, exportQdpx } from '../refi/export.js';
import { importRefi } from '../refi/import.js';
import { PendingMerges } from '../merge/pending-merges.js';
import { exportFileExtension, exportTable } from '../export/index.js';
import { historyState, redo, undo } from '../db/history.js';
import { listAttributes } from '../db/repos/attributes.js';
import { listCases } from '../db/repos/cases.js';
import { getCodebook } from '../db/repos/codebook.js';
import { listCoderNames } from '../db/repos/coders.js';
import { listDocuments } from '../db/repos/documents.js';
import { listGroups } from '../db/repos/groups.js';
import { memosOf } from '../db/repos/memos.js';
import { createMemo, deleteMemo, updateMemo } from '../services/memos.js';
import { querySegments } from '../db/repos/segments.js';
import { createAttribute, setAttributeValue } from '../services/attributes.js';
import { createCase, createGroup, deleteCase, renameCase, setCaseGroup } from '../services/cases.js';
import { createCode, createFramework, deleteCode, updateCode, updateFramework } from '../services/codebook.js';
import { applyCode, removeCoding } from '../services/coding.js';
import { getDocumentView, importCaseTable, importTextFile, pasteText } from '../services/documents.js';
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

  'groups.list': (session) => listGroups(session.context().store),
  'groups.create': (session, { name }) => createGroup(session.context(), name),

  'cases.list': (session) => listCases(session.context().store),
  'cases.create': (session, { name, groupId }) => createCase(session.context(), name, groupId),
  'cases.rename': (session, { id, name }) => (renameCase(session.context(), id, name), done),
  'cases.setGroup': (session, { id, groupId }) => (setCaseGroup(session.context(), id, groupId), done),
  'cases.delete': (session, { id }) => (deleteCase(session.context(), id), done),

  'attributes.list': (session) => listAttributes(session.context().store),
  'attributes.create': (session, { name, type, choices }) => createAttribute(session.context(), name, type, choices),
  'attributes.setValue': (session, { caseId, attributeId, value }) =>
    (setAttributeValue(session.context(), caseId, attributeId, value), done),

  'documents.list': (session, { caseId }) => listDocuments(session.context().store, caseId),
  'documents.get': (session, { id }) => getDocumentView(session.context(), id),
  'documents.importText': (session, { caseId, fileName, content }) =>
    importTextFile(session.context(), caseId, fileName, bytes(content)),
  'documents.paste': (session, { caseId, name, text }) => pasteText(session.context(), caseId, name, text),
  'documents.importCaseTable': (session, { fileName, content, groupName }) =>
    importCaseTable(session.context(), fileName, bytes(content), groupName),

  'codebook.get': (session) => getCodebook(session.context().store),
  'frameworks.create': (session, { name, exclusive }) => createFramework(session.context(), name, exclusive),
  'frameworks.update': (session, { id, ...changes }) => (updateFramework(session.context(), id, changes), done),
  'codes.create': (session, input) => createCode(session.context(), input),
  'codes.update': (session, { id, ...changes }) => (updateCode(session.context(), id, changes), done),
  'codes.delete': (session, { id }) => (deleteCode(session.context(), id), done),

  'coding.apply': (session, input) => ({ segmentId: applyCode(session.context(), input) }),
  'coding.remove': (session, { codingId }) => (removeCoding(session.context(), codingId), done),

  'memos.list': (session, { target }) => memosOf(session.context().store, target),
  'memos.create': (session, { target, name, text }) => (createMemo(session.context(), target, name, text), done),
  'memos.update': (session, { id, ...changes }) => (updateMemo(session.context(), id, changes), done),
  'memos.delete': (session, { id }) => (deleteMemo(session.context(), id), done),

  'segments.query': (session, query) => querySegments(session.context().store, query),

  'tables.build': (session, request) => buildTable(session.context().store, request),
  'tables.export': async (session, { request, format }) => {
    const table = buildTable(session.context().store, request);
    const content = await exportTable(table, format);
    return { fileName: `${safeFileName(table.title)}.${exportFileExtension(format)}`, content: content.toString('base64') };
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

  'coders.list': (session) => listCoderNames(session.context().store),
  'agreement.report': (session, request) => agreementReport(session.context().store, request),

  'history.state': (session) => historyState(session.context().store),
  'history.undo': (session) => undo(session.context().store),
  'history.redo': (session) => redo(session.context().store),
};

