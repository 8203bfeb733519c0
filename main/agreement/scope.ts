/**
 * Which codes and frameworks a report covers: every code, or those of one framework, or the
 * codes asked for, in codebook order (frameworks in their order, parents before children).
 */
import type { Code, Framework } from '../../shared/entities.js';
import { getCodebook } from '../db/repos/codebook.js';
import type { Store } from '../db/store.js';
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

export function codeScope(store: Store, request: { frameworkId?: number | undefined; codeIds?: number[] | undefined }): ScopeFramework[] {
  const { frameworks, codes } = getCodebook(store);
  if (request.frameworkId !== undefined && !frameworks.some((f) => f.id === request.frameworkId)) {
    throw notFound('framework', request.frameworkId);
  }
  const unknown = request.codeIds?.find((id) => !codes.some((c) => c.id === id));
  if (unknown !== undefined) throw notFound('code', unknown);
  const wanted = (code: Code) =>
    (request.frameworkId === undefined || code.frameworkId === request.frameworkId) &&
    (request.codeIds === undefined || request.codeIds.includes(code.id));
  return frameworks
    .map((framework) => ({
      ...framework,
      codes: treeOrder(framework, codes)
        .filter(({ code }) => wanted(code))
        .map(({ code, path }) => ({ id: code.id, frameworkId: framework.id, path })),
    }))
    .filter((framework) => framework.codes.length > 0);
}

/** A framework's codes depth first, each with its path. */
function treeOrder(framework: Framework, codes: Code[]): { code: Code; path: string }[] {
  const own = codes.filter((c) => c.frameworkId === framework.id);
  const ordered: { code: Code; path: string }[] = [];
  const visit = (parentId: number | null, prefix: string) => {
    for (const code of own.filter((c) => c.parentId === parentId)) {
      const path = `${prefix}/${code.name}`;
      ordered.push({ code, path });
      visit(code.id, path);
    }
  };
  visit(null, framework.name);
  return ordered;
}
