import { codeTree, MAX_CODE_DEPTH } from '../../shared/code-tree.js';
import type { Code, Codebook, Framework } from '../../shared/entities.js';
import { largest } from '../../shared/extremes.js';
import { findByName, sameName } from '../../shared/names.js';
import { codePalette, defaultFrameworkKey, defaultFrameworks, defaultWordsIn, findDefaultFramework, type CodebookLanguage } from '../../shared/default-codebook.js';
import { AppError } from '../errors.js';
import { recordStep } from '../db/history.js';
import * as codebook from '../db/repos/codebook.js';
import * as segments from '../db/repos/segments.js';
import type { Store } from '../db/store.js';
import type { Progress } from '../jobs/progress.js';
import { runWriteJob } from '../jobs/run-write-job.js';
import { notFound, type ServiceContext } from './context.js';
import { inlineLimits, writesInline } from './write-weight.js';

/**
 * Gives a new project the Valence and STEEPL frameworks, named in the language it is created in
 * (not an undoable step). The names are the project's from then on: nothing translates them again,
 * but for a project made at start that nothing has been done in (nameDefaultCodebook).
 */
export function seedDefaultCodebook(store: Store, language: CodebookLanguage = 'en'): void {
  store.transaction(() => {
    for (const seed of defaultFrameworks(language)) {
      const framework = codebook.insertFramework(store, seed.name, seed.exclusive);
      for (const code of seed.codes) {
        codebook.insertCode(store, { frameworkId: framework.id, parentId: null, ...code });
      }
    }
  });
}

/**
 * Names the default frameworks and codes again in `language`, names and descriptions, as a
 * project created in it has them; others are left as they are. Not an undoable step: it is for a
 * project nothing has been done in yet (Session.followUiLanguage). Says whether a name changed.
 */
export function nameDefaultCodebook(store: Store, language: CodebookLanguage): boolean {
  return store.transaction(() => {
    const { frameworks, codes } = codebook.getCodebook(store);
    let changed = false;
    for (const framework of frameworks) {
      const words = defaultWordsIn(language, framework.name);
      if (!words) continue;
      if (words.name !== framework.name) {
        codebook.updateFramework(store, framework.id, { name: words.name });
        changed = true;
      }
      for (const code of codes.filter((c) => c.frameworkId === framework.id)) {
        const codeWords = defaultWordsIn(language, framework.name, code.name);
        if (!codeWords || (codeWords.name === code.name && codeWords.description === code.description)) continue;
        codebook.updateCode(store, code.id, { name: codeWords.name, description: codeWords.description! });
        changed = true;
      }
    }
    return changed;
  });
}

export function getCodebook({ store }: ServiceContext): Codebook {
  return codebook.getCodebook(store);
}

/** The framework of that name, for front doors that name frameworks rather than pick them. */
/**
 * A framework by its name in the project, else the default framework that name is in any of the
 * languages: `--cols Valence` finds a Kazakh project's Валенттілік, as the tables' defaults do.
 */
export function findFramework({ store }: ServiceContext, name: string): Framework {
  const { frameworks } = codebook.getCodebook(store);
  const key = defaultFrameworkKey(name);
  const framework = findByName(frameworks, name) ?? (key ? findDefaultFramework(frameworks, key) : undefined);
  if (!framework) {
    throw new AppError('frameworkNotFound', `No framework named ${name} (frameworks: ${frameworks.map((f) => f.name).join(', ')})`, {
      framework: name,
    });
  }
  return framework;
}

export function createFramework({ store }: ServiceContext, name: string, exclusive: boolean): Framework {
  if (codebook.getCodebook(store).frameworks.some((f) => sameName(f.name, name))) {
    throw new AppError('frameworkExists', `A framework named ${name} exists`, { name });
  }
  return recordStep(store, 'frameworks.create', () => codebook.insertFramework(store, name, exclusive));
}

export function updateFramework({ store }: ServiceContext, id: number, changes: { name?: string; exclusive?: boolean }): void {
  if (!codebook.getFramework(store, id)) throw notFound('framework', id);
  recordStep(store, 'frameworks.update', () => codebook.updateFramework(store, id, changes));
}

export function createCode(
  { store }: ServiceContext,
  input: { frameworkId: number; parentId: number | null; name: string; color?: string; description: string },
): Code {
  if (!codebook.getFramework(store, input.frameworkId)) throw notFound('framework', input.frameworkId);
  if (input.parentId !== null) {
    const parent = codebook.getCode(store, input.parentId);
    if (!parent) throw notFound('code', input.parentId);
    if (parent.frameworkId !== input.frameworkId) {
      throw new AppError('parentInOtherFramework', 'A code and its parent must be in the same framework');
    }
    keepWithinDepth(store, input.parentId, null);
  }
  const siblings = codebook.getCodebook(store).codes.filter((c) => c.frameworkId === input.frameworkId);
  if (siblings.some((c) => c.parentId === input.parentId && sameName(c.name, input.name))) {
    throw new AppError('codeExists', `A code named ${input.name} exists there`, { name: input.name });
  }
  const color = input.color ?? codePalette[siblings.length % codePalette.length]!;
  return recordStep(store, 'codes.create', () =>
    codebook.insertCode(store, { frameworkId: input.frameworkId, parentId: input.parentId, name: input.name, color, description: input.description }),
  );
}

export function updateCode({ store }: ServiceContext, id: number, changes: { name?: string; color?: string; description?: string }): void {
  if (!codebook.getCode(store, id)) throw notFound('code', id);
  recordStep(store, 'codes.update', () => codebook.updateCode(store, id, changes));
}

/**
 * Deletes a code, its sub-codes and their codings; segments left uncoded go too. Undoable. A code
 * with many codings is deleted by a write job (write-weight.ts).
 */
export function deleteCode(ctx: ServiceContext, id: number): void | Promise<void> {
  const { store } = ctx;
  if (!codebook.getCode(store, id)) throw notFound('code', id);
  // A coding may take its segment with it: both are rows to log.
  const { codings, segments: coded } = codebook.codingWeight(store, codebook.codeSubtree(store, id));
  return writesInline({ rows: codings + coded, bytes: 0 }, inlineLimits.codeDeletion) ? removeCode(ctx, { id }) : runWriteJob(ctx, 'codes.delete', { id });
}

/** The deletion itself (a write job's too); `progress` counts the segments looked at and may throw to stop, rolling the step back. */
export function removeCode({ store }: ServiceContext, { id }: { id: number }, progress: Progress = () => {}): void {
  if (!codebook.getCode(store, id)) throw notFound('code', id);
  const subtree = codebook.codeSubtree(store, id);
  const total = codebook.codingWeight(store, subtree).segments;
  let done = 0;
  recordStep(store, 'codes.delete', () => {
    progress(0, total);
    for (const codeId of subtree) {
      for (const segmentId of segments.deleteCodingsOfCode(store, codeId)) {
        segments.deleteSegmentIfBare(store, segmentId);
        progress(++done, total);
      }
      codebook.deleteCodeRow(store, codeId);
    }
  });
}

export function codeCounts({ store }: ServiceContext): { codeId: number; segments: number; cases: number; codings: number }[] {
  return codebook.codeCounts(store);
}

/**
 * Puts a code under another parent of its framework (null: top level) at a position among
 * its new siblings. One undoable step; a code cannot go under itself or its own sub-codes.
 */
export function moveCode({ store }: ServiceContext, id: number, parentId: number | null, index: number): void {
  const code = codebook.getCode(store, id);
  if (!code) throw notFound('code', id);
  if (parentId !== null) {
    const parent = codebook.getCode(store, parentId);
    if (!parent) throw notFound('code', parentId);
    if (parent.frameworkId !== code.frameworkId) throw new AppError('parentInOtherFramework', 'A code and its parent must be in the same framework');
    if (codebook.codeSubtree(store, id).includes(parentId)) throw new AppError('codeUnderItself', 'A code cannot go under itself or its own sub-codes');
    keepWithinDepth(store, parentId, id);
  }
  recordStep(store, 'codes.move', () => {
    const siblings = codebook.siblingIds(store, code.frameworkId, parentId).filter((s) => s !== id);
    siblings.splice(Math.min(Math.max(0, index), siblings.length), 0, id);
    if (code.parentId !== parentId) codebook.setCodeParent(store, id, parentId);
    siblings.forEach((siblingId, i) => codebook.setCodeSort(store, siblingId, i + 1));
  });
}

/**
 * Refuses to put a new code (`moved` null) or a code with its sub-codes under `parentId` when the
 * codebook would then nest deeper than MAX_CODE_DEPTH: the open check refuses such a file.
 */
function keepWithinDepth(store: Store, parentId: number, moved: number | null): void {
  const tree = codeTree(codebook.getCodebook(store));
  const top = moved === null ? undefined : tree.entry(moved);
  const height = top === undefined ? 1 : 1 + largest(tree.descendants(top.code.id).map((code) => tree.entry(code.id)!.depth - top.depth), 0);
  if (tree.entry(parentId)!.depth + 1 + height > MAX_CODE_DEPTH) {
    throw new AppError('codeTooDeep', `Codes may nest at most ${MAX_CODE_DEPTH} levels deep`, { limit: MAX_CODE_DEPTH });
  }
}

type Merged = { codingsMoved: number };

/**
 * Merges a code into another: the codings of the code and of its sub-codes move to the target,
 * memos about them follow, and the merged codes go. One undoable step; many codings are moved
 * by a write job (write-weight.ts).
 */
export function mergeCode(ctx: ServiceContext, sourceId: number, targetId: number): Merged | Promise<Merged> {
  const subtree = mergedCodes(ctx, sourceId, targetId);
  const { codings } = codebook.codingWeight(ctx.store, subtree);
  return writesInline({ rows: codings, bytes: 0 }, inlineLimits.codeMerge) ? mergeCodes(ctx, { sourceId, targetId }) : runWriteJob(ctx, 'codes.merge', { sourceId, targetId });
}

/** The merge itself (a write job's too); `progress` counts the merged codes and may throw to stop, rolling the step back. */
export function mergeCodes(ctx: ServiceContext, { sourceId, targetId }: { sourceId: number; targetId: number }, progress: Progress = () => {}): Merged {
  const { store } = ctx;
  const subtree = mergedCodes(ctx, sourceId, targetId);
  return recordStep(store, 'codes.merge', () => {
    codebook.logMergeTarget(store, targetId);
    let codingsMoved = 0;
    for (const [i, codeId] of subtree.entries()) {
      progress(i, subtree.length);
      codingsMoved += codebook.moveCodings(store, codeId, targetId);
      codebook.moveCodeMemos(store, codeId, targetId);
      codebook.deleteCodeRow(store, codeId);
    }
    progress(subtree.length, subtree.length);
    return { codingsMoved };
  });
}

/** The codes a merge removes (the source and its sub-codes), or the refusal. */
function mergedCodes({ store }: ServiceContext, sourceId: number, targetId: number): number[] {
  if (!codebook.getCode(store, sourceId)) throw notFound('code', sourceId);
  if (!codebook.getCode(store, targetId)) throw notFound('code', targetId);
  const subtree = codebook.codeSubtree(store, sourceId);
  if (subtree.includes(targetId)) throw new AppError('codeUnderItself', 'A code cannot be merged into itself or its own sub-codes');
  return subtree;
}
