import type { CaseItem, Group } from '../../shared/entities.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as cases from '../db/repos/cases.js';
import * as groups from '../db/repos/groups.js';
import { notFound, type ServiceContext } from './context.js';

export function createGroup({ store }: ServiceContext, name: string): Group {
  if (groups.findGroupByName(store, name)) throw new AppError('groupExists', `A group named ${name} exists`, { name });
  return recordStep(store, 'groups.create', () => groups.insertGroup(store, name));
}

/** The group of that name, created (inside the caller's step) when missing. */
export function ensureGroup({ store }: ServiceContext, name: string): Group {
  return groups.findGroupByName(store, name) ?? groups.insertGroup(store, name);
}

export function createCase(ctx: ServiceContext, name: string, groupId: number | null): CaseItem {
  const { store } = ctx;
  if (groupId !== null) requireGroup(ctx, groupId);
  const id = recordStep(store, 'cases.create', () => cases.insertCase(store, name, groupId));
  return cases.getCase(store, id)!;
}

export function renameCase(ctx: ServiceContext, id: number, name: string): void {
  requireCase(ctx, id);
  recordStep(ctx.store, 'cases.rename', () => cases.renameCase(ctx.store, id, name));
}

export function setCaseGroup(ctx: ServiceContext, id: number, groupId: number | null): void {
  requireCase(ctx, id);
  if (groupId !== null) requireGroup(ctx, groupId);
  recordStep(ctx.store, 'cases.setGroup', () => cases.setCaseGroup(ctx.store, id, groupId));
}

export function deleteCase(ctx: ServiceContext, id: number): void {
  requireCase(ctx, id);
  recordStep(ctx.store, 'cases.delete', () => cases.deleteCase(ctx.store, id));
}

export function requireCase({ store }: ServiceContext, id: number): void {
  if (!cases.caseExists(store, id)) throw notFound('case', id);
}

function requireGroup({ store }: ServiceContext, id: number): void {
  if (!groups.listGroups(store).some((g) => g.id === id)) throw notFound('group', id);
}
