import type { CaseItem, Group } from '../../shared/entities.js';
import { findByName, matchByName, sameName } from '../../shared/names.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as cases from '../db/repos/cases.js';
import * as documents from '../db/repos/documents.js';
import * as groups from '../db/repos/groups.js';
import type { Progress } from '../jobs/progress.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { notFound, type ServiceContext } from './context.js';
import { documentsWeight, inlineLimits, writesInline } from './write-weight.js';

export function listGroups({ store }: ServiceContext): Group[] {
  return groups.listGroups(store);
}

export function listCases({ store }: ServiceContext): CaseItem[] {
  return cases.listCases(store);
}

export function createGroup({ store }: ServiceContext, name: string): Group {
  if (findByName(groups.listGroups(store), name)) throw new AppError('groupExists', `A group named ${name} exists`, { name });
  return recordStep(store, 'groups.create', () => groups.insertGroup(store, name));
}

/** The group of that name, created (inside the caller's step) when missing. */
export function ensureGroup({ store }: ServiceContext, name: string): Group {
  return findByName(groups.listGroups(store), name) ?? groups.insertGroup(store, name);
}

/** The group of that name, for front doors that name groups rather than pick them. */
export function findGroup({ store }: ServiceContext, name: string): Group {
  const all = groups.listGroups(store);
  const group = findByName(all, name);
  if (!group) {
    throw new AppError('groupNotFound', `No group named ${name} (groups: ${all.map((g) => g.name).join(', ') || 'none'})`, { group: name });
  }
  return group;
}

/**
 * The one case of that name (in that group, when one is named). Several cases may share a
 * name; then this refuses and says which ids, rather than guess.
 */
export function findCase(ctx: ServiceContext, name: string, groupName?: string): CaseItem {
  const found = onlyCase(findCases(ctx, name, groupName), name, groupName);
  if (!found) throw new AppError('caseNameNotFound', `No case named ${name}`, { case: name });
  return found;
}

/** The case of that name (in the group, when one is named), created with its group when missing. */
export function findOrCreateCase(ctx: ServiceContext, name: string, groupName?: string): { id: number; created: boolean } {
  const found = onlyCase(findCases(ctx, name, groupName), name, groupName);
  if (found) return { id: found.id, created: false };
  // A group named and missing is made in the case's own undo step, as the new-case dialog makes it.
  return { id: createCase(ctx, name, groupName ?? null).id, created: true };
}

/** Cases carrying this name, only those of the named group when one is named. */
function findCases({ store }: ServiceContext, name: string, groupName: string | undefined): CaseItem[] {
  const all = cases.listCases(store);
  if (groupName === undefined) return matchByName(all, name);
  const group = findByName(groups.listGroups(store), groupName);
  return group ? matchByName(all.filter((c) => c.groupId === group.id), name) : [];
}

function onlyCase(found: CaseItem[], name: string, groupName: string | undefined): CaseItem | undefined {
  if (found.length > 1) {
    const hint = groupName === undefined ? 'name the group or rename one' : 'rename one';
    const ids = found.map((c) => c.id).join(', ');
    throw new AppError('caseNameAmbiguous', `${found.length} cases are named ${name} (ids ${ids}); ${hint} so the name says which`, {
      case: name, count: found.length, ids,
    });
  }
  return found[0];
}

/**
 * A new case in the group of that id, or of that name (made when missing, in the case's own undo
 * step: the new-case dialog names its group as the import dialogs do), or in none.
 */
export function createCase(ctx: ServiceContext, name: string, group: number | string | null): CaseItem {
  const { store } = ctx;
  if (typeof group === 'number') requireGroup(ctx, group);
  const existing = typeof group === 'string' ? findByName(groups.listGroups(store), group) : undefined;
  const newGroup = typeof group === 'string' && !existing ? group : null;
  const groupId = typeof group === 'string' ? (existing?.id ?? null) : group;
  // A group about to be made holds no case yet.
  if (newGroup === null) requireFreeName(ctx, name, groupId);
  const id = recordStep(store, 'cases.create', () => cases.insertCase(store, name, newGroup === null ? groupId : groups.insertGroup(store, newGroup).id));
  return cases.getCase(store, id)!;
}

export function renameCase(ctx: ServiceContext, id: number, name: string): void {
  requireCase(ctx, id);
  const current = cases.getCase(ctx.store, id)!;
  // The same name again changes nothing, so it is no step to undo.
  if (current.name === name) return;
  requireFreeName(ctx, name, current.groupId, id);
  recordStep(ctx.store, 'cases.rename', () => cases.renameCase(ctx.store, id, name));
}

export function setCaseGroup(ctx: ServiceContext, id: number, groupId: number | null): void {
  requireCase(ctx, id);
  if (groupId !== null) requireGroup(ctx, groupId);
  requireFreeName(ctx, cases.getCase(ctx.store, id)!.name, groupId, id);
  recordStep(ctx.store, 'cases.setGroup', () => cases.setCaseGroup(ctx.store, id, groupId));
}

/**
 * Deletes a case with its documents, their segments and codings, and its attribute values; one
 * undoable step. A case with much text or many codings is deleted by a write job (write-weight.ts).
 */
export function deleteCase(ctx: ServiceContext, id: number): void | Promise<void> {
  requireCase(ctx, id);
  const weight = documentsWeight(documents.caseDocumentWeights(ctx.store, id));
  return writesInline(weight, inlineLimits.documents) ? removeCase(ctx, { id }) : runWriteJob(ctx, 'cases.delete', { id });
}

/** The deletion itself (a write job's too); `progress` counts the documents deleted and may throw to stop, rolling the step back. */
export function removeCase(ctx: ServiceContext, { id }: { id: number }, progress: Progress = () => {}): void {
  const { store } = ctx;
  requireCase(ctx, id);
  const ids = documents.caseDocumentWeights(store, id).map((d) => d.id);
  recordStep(store, 'cases.delete', () => {
    for (const [i, documentId] of ids.entries()) {
      progress(i, ids.length);
      documents.deleteDocument(store, documentId);
    }
    progress(ids.length, ids.length);
    cases.deleteCase(store, id);
  });
}

/**
 * A case's name is unique within its group (cases without a group count as one group), so a
 * name and a group always say which case; the same name in two groups is fine.
 */
function requireFreeName({ store }: ServiceContext, name: string, groupId: number | null, exceptId?: number): void {
  const taken = cases.caseNamesInGroup(store, groupId).find((c) => c.id !== exceptId && sameName(c.name, name));
  if (!taken) return;
  const group = groupId === null ? undefined : groups.listGroups(store).find((g) => g.id === groupId);
  throw new AppError('caseExists', `A case named ${taken.name} exists ${group ? `in group ${group.name}` : 'without a group'}`, {
    case: taken.name, group: group?.name ?? '',
  });
}

export function requireCase({ store }: ServiceContext, id: number): void {
  if (!cases.caseExists(store, id)) throw notFound('case', id);
}

function requireGroup({ store }: ServiceContext, id: number): void {
  if (!groups.listGroups(store).some((g) => g.id === id)) throw notFound('group', id);
}
