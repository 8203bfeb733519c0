/**
 * Which codes and frameworks a report covers: every code, or those of one framework, or the
 * codes asked for, in codebook order (frameworks in their order, parents before children).
 */
import { codeTree } from '../../shared/code-tree.js';
import type { Code, Framework } from '../../shared/entities.js';
import { getCodebook } from '../db/repos/codebook.js';
import type { ReadStore } from '../db/store.js';
import { notFound } from '../services/context.js';

export interface ScopeCode {
  id: number;
  frameworkId: number;
  /** FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD. */
  path: string;
}

export interface ScopeFramework extends Framework {
  codes: ScopeCode[];
}

export function codeScope(store: ReadStore, request: { frameworkId?: number | undefined; codeIds?: number[] | undefined }): ScopeFramework[] {
  const { frameworks, codes } = getCodebook(store);
  if (request.frameworkId !== undefined && !frameworks.some((f) => f.id === request.frameworkId)) {
    throw notFound('framework', request.frameworkId);
  }
  const unknown = request.codeIds?.find((id) => !codes.some((c) => c.id === id));
  if (unknown !== undefined) throw notFound('code', unknown);
  const asked = request.codeIds && new Set(request.codeIds);
  const wanted = (code: Code) =>
    (request.frameworkId === undefined || code.frameworkId === request.frameworkId) && (!asked || asked.has(code.id));
  const tree = codeTree({ frameworks, codes });
  const scope = tree.frameworks.map((framework): ScopeFramework => ({ ...framework, codes: [] }));
  const byId = new Map(scope.map((framework) => [framework.id, framework]));
  for (const { code, path } of tree.entries) {
    if (wanted(code)) byId.get(code.frameworkId)!.codes.push({ id: code.id, frameworkId: code.frameworkId, path });
  }
  return scope.filter((framework) => framework.codes.length > 0);
}
