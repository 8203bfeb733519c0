/**
 * The code tree, walked once: codebook order, depth, paths, ancestors, descendants.
 *
 * Codebook order: frameworks in their order; within each, depth first, a parent before its
 * children, siblings by `sort` then id. Codes without a `sort` keep the order the codebook
 * lists them in (the repository lists them by sort, id), and so do frameworks.
 *
 * A project file comes from outside, so the tree may be damaged; each damage has one defined
 * treatment, and is reported in `problems` so callers can say so instead of silently differing:
 * - a code whose parent is missing or lies in another framework is a top-level code of its own
 *   framework ("orphan");
 * - a cycle of parents is cut at its member that comes first in sibling order, which becomes a
 *   top-level code ("cycle");
 * - a code whose framework is missing has no place in the codebook and is left out ("no-framework").
 */

/**
 * How many levels a codebook may nest (a top-level code is level 1). No researcher's codebook
 * comes near it; a chain thousands deep, which only a hand-edited file holds, costs every reader
 * of the codebook time and stack. Open, merge, REFI-QDA import and the codebook's own edits
 * keep to it.
 */
export const MAX_CODE_DEPTH = 100;

export interface TreeFramework {
  id: number;
  name: string;
  sort?: number;
}

export interface TreeCode {
  id: number;
  frameworkId: number;
  parentId: number | null;
  name: string;
  sort?: number;
}

export interface TreeEntry<C extends TreeCode> {
  code: C;
  /** 0 for a top-level code. */
  depth: number;
  /** FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD: names joined by "/" (a name may itself hold one). */
  path: string;
  /** The parent in this tree: null for a top-level code, including orphans and cut cycles. */
  parentId: number | null;
}

export type TreeProblem =
  | { kind: 'orphan'; codeId: number; parentId: number; reason: 'missing-parent' | 'other-framework' }
  /** `cycle` lists the members from the one cut (now top-level) along the parent chain. */
  | { kind: 'cycle'; codeId: number; cycle: number[] }
  | { kind: 'no-framework'; codeId: number; frameworkId: number };

export class CodeTree<C extends TreeCode = TreeCode, F extends TreeFramework = TreeFramework> {
  /** Frameworks in codebook order. */
  readonly frameworks: readonly F[];
  /** Every placed code in codebook order. */
  readonly entries: readonly TreeEntry<C>[];
  readonly problems: readonly TreeProblem[];
  private readonly byId = new Map<number, TreeEntry<C>>();
  private readonly index = new Map<number, number>();
  private readonly kids = new Map<number | null, C[]>();
  private readonly tops = new Map<number, C[]>();
  /** Index in `entries` one past the last descendant of each code. */
  private readonly subtreeEnd = new Map<number, number>();

  constructor(codebook: { frameworks: readonly F[]; codes: readonly C[] }) {
    this.frameworks = ordered(codebook.frameworks);
    const problems: TreeProblem[] = [];
    const frameworkIds = new Set(this.frameworks.map((f) => f.id));
    const codes = ordered(codebook.codes).filter((code) => {
      if (frameworkIds.has(code.frameworkId)) return true;
      problems.push({ kind: 'no-framework', codeId: code.id, frameworkId: code.frameworkId });
      return false;
    });
    const known = new Map(codes.map((code) => [code.id, code]));
    const parentOf = new Map<number, number | null>();
    for (const { id, parentId, frameworkId } of codes) {
      const parent = parentId === null ? undefined : known.get(parentId);
      const orphaned = parentId === null ? null : !parent ? 'missing-parent' : parent.frameworkId !== frameworkId ? 'other-framework' : null;
      if (orphaned) problems.push({ kind: 'orphan', codeId: id, parentId: parentId!, reason: orphaned });
      parentOf.set(id, orphaned ? null : parentId);
    }
    const rank = new Map(codes.map((code, i) => [code.id, i]));
    for (const cycle of findCycles(codes, parentOf)) {
      const cut = cycle.reduce((a, b) => (rank.get(a)! < rank.get(b)! ? a : b));
      parentOf.set(cut, null);
      const at = cycle.indexOf(cut);
      problems.push({ kind: 'cycle', codeId: cut, cycle: [...cycle.slice(at), ...cycle.slice(0, at)] });
    }
    this.problems = problems;

    // `codes` is already in sibling order, so pushing in turn keeps each list ordered.
    for (const code of codes) {
      const parentId = parentOf.get(code.id)!;
      const list = parentId === null ? this.tops : this.kids;
      const key = parentId ?? code.frameworkId;
      const siblings = list.get(key);
      if (siblings) siblings.push(code);
      else list.set(key, [code]);
    }
    this.entries = this.walk();
  }

  /** The placed code with this id, with its depth and path; undefined when not placed. */
  entry(codeId: number): TreeEntry<C> | undefined {
    return this.byId.get(codeId);
  }

  /** A framework's codes in codebook order. */
  codesOf(frameworkId: number): C[] {
    return this.entries.filter((e) => e.code.frameworkId === frameworkId).map((e) => e.code);
  }

  /** A framework's top-level codes (orphans and cut cycles included), in order. */
  roots(frameworkId: number): readonly C[] {
    return this.tops.get(frameworkId) ?? [];
  }

  /** A code's children in order. */
  children(codeId: number): readonly C[] {
    return this.kids.get(codeId) ?? [];
  }

  /** From the top-level code down to the parent; empty for a top-level or unknown code. */
  ancestors(codeId: number): C[] {
    const chain: C[] = [];
    for (let at = this.byId.get(codeId)?.parentId ?? null; at !== null; at = this.byId.get(at)!.parentId) {
      chain.push(this.byId.get(at)!.code);
    }
    return chain.reverse();
  }

  /** Every code below this one, in codebook order. */
  descendants(codeId: number): C[] {
    const at = this.index.get(codeId);
    if (at === undefined) return [];
    return this.entries.slice(at + 1, this.subtreeEnd.get(codeId)).map((e) => e.code);
  }

  /** Depth first without recursion: a hostile file may nest codes thousands deep. */
  private walk(): TreeEntry<C>[] {
    const entries: TreeEntry<C>[] = [];
    const stack: { code: C; depth: number; prefix: string; parentId: number | null; exit?: true }[] = [];
    for (const framework of this.frameworks) {
      const push = (codes: readonly C[], depth: number, prefix: string, parentId: number | null) => {
        for (let i = codes.length - 1; i >= 0; i--) stack.push({ code: codes[i]!, depth, prefix, parentId });
      };
      push(this.roots(framework.id), 0, framework.name, null);
      while (stack.length > 0) {
        const item = stack.pop()!;
        if (item.exit) {
          this.subtreeEnd.set(item.code.id, entries.length);
          continue;
        }
        const entry = { code: item.code, depth: item.depth, path: `${item.prefix}/${item.code.name}`, parentId: item.parentId };
        this.index.set(item.code.id, entries.length);
        this.byId.set(item.code.id, entry);
        entries.push(entry);
        stack.push({ ...item, exit: true });
        push(this.children(item.code.id), item.depth + 1, entry.path, item.code.id);
      }
    }
    return entries;
  }
}

export function codeTree<C extends TreeCode, F extends TreeFramework>(codebook: { frameworks: readonly F[]; codes: readonly C[] }): CodeTree<C, F> {
  return new CodeTree(codebook);
}

/** By sort then id where sort is given; a missing sort keeps the item's place in the list. */
function ordered<T extends { id: number; sort?: number }>(items: readonly T[]): T[] {
  return items
    .map((item, place) => ({ item, key: item.sort ?? place }))
    .sort((a, b) => a.key - b.key || a.item.id - b.item.id)
    .map(({ item }) => item);
}

/** Each cycle of the parent relation once, as its members along the parent chain. */
function findCycles(codes: readonly TreeCode[], parentOf: Map<number, number | null>): number[][] {
  const state = new Map<number, 'open' | 'done'>();
  const cycles: number[][] = [];
  for (const code of codes) {
    const path: number[] = [];
    let at: number | null = code.id;
    while (at !== null && !state.has(at)) {
      state.set(at, 'open');
      path.push(at);
      at = parentOf.get(at) ?? null;
    }
    if (at !== null && state.get(at) === 'open') cycles.push(path.slice(path.indexOf(at)));
    for (const id of path) state.set(id, 'done');
  }
  return cycles;
}
