/**
 * Codes named by their path, FRAMEWORK/CODE or FRAMEWORK/PARENT/CHILD: the command line, scripts
 * and tables name codes so. Only reads, so a job thread that builds a table loads no module
 * that writes (code-by-quote.ts, which codes, would bring the write jobs along).
 */
import { codeTree, type CodeTree } from '../../shared/code-tree.js';
import type { Code, Codebook } from '../../shared/entities.js';
import { matchByName, sameName } from '../../shared/names.js';
import { AppError } from '../errors.js';
import { getCodebook } from '../db/repos/codebook.js';
import type { ReadStore } from '../db/store.js';

interface CodeNode {
  name: string;
  /** Undefined for a framework, the root of its codes. */
  code?: Code;
  frameworkId: number;
}

/**
 * The code at FRAMEWORK/CODE or FRAMEWORK/PARENT/CHILD (names by the one name rule). A name
 * may itself contain "/", so at each level every run of the remaining parts is tried as one
 * name; a path that fits two codes that way is refused rather than guessed.
 */
export function findCodeByFullPath(store: ReadStore, path: string): Code {
  const parts = path.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => part === '')) {
    throw new AppError('badCodePath', `${path} is not a code path: write FRAMEWORK/CODE, e.g. STEEPL/Economic`, { path });
  }
  const tree = codeTree(getCodebook(store));
  const roots: CodeNode[] = tree.frameworks.map((f) => ({ name: f.name, frameworkId: f.id }));
  const childrenOf = (node: CodeNode): CodeNode[] =>
    (node.code ? tree.children(node.code.id) : tree.roots(node.frameworkId)).map((code) => ({ name: code.name, code, frameworkId: code.frameworkId }));
  // Where the walk got furthest before no name matched, to say which part is missing.
  let stuck: { at: number; parent: CodeNode | null } = { at: -1, parent: null };

  const walk = (nodes: CodeNode[], parent: CodeNode | null, from: number): Code[] => {
    if (from === parts.length) {
      if (parent?.code) return [parent.code];
      // The whole path named a framework (possible when its name holds a "/").
      if (from > stuck.at) stuck = { at: from, parent };
      return [];
    }
    const found: Code[] = [];
    let matched = false;
    for (let to = from + 1; to <= parts.length; to++) {
      for (const node of matchByName(nodes, parts.slice(from, to).join('/'))) {
        matched = true;
        found.push(...walk(childrenOf(node), node, to));
      }
    }
    if (!matched && from > stuck.at) stuck = { at: from, parent };
    return found;
  };

  const found = walk(roots, null, 0);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new AppError('codePathAmbiguous', `${path} fits ${found.length} codes (${found.map((c) => tree.entry(c.id)!.path).join('; ')}); rename one`, {
      path, count: found.length,
    });
  }
  const missing = parts[stuck.at];
  if (missing === undefined) {
    throw new AppError('codeNotFound', `${path} is a framework; name one of its codes`, { path, code: '', context: 'framework' });
  }
  if (!stuck.parent) {
    throw new AppError('frameworkNotFound', `No framework named ${missing} (frameworks: ${listNames(roots.map((r) => r.name))})`, {
      path, framework: missing,
    });
  }
  const parent = stuck.parent;
  // `path` is where the code was looked for: the framework or the parent code.
  const { message, hint } = describeMissing(tree, parent, childrenOf(parent), missing);
  throw new AppError('codeNotFound', message, { path: pathOf(tree, parent), code: missing, ...hint });
}

/** Each code's full path, FRAMEWORK/PARENT/CHILD, by code id, in codebook order. */
export function codePaths(codebook: Codebook): Map<number, string> {
  return new Map(codeTree(codebook).entries.map((entry) => [entry.code.id, entry.path]));
}

const pathOf = (tree: CodeTree<Code>, node: CodeNode) => (node.code ? tree.entry(node.code.id)!.path : node.name);

/**
 * The English message, and the parameters the other languages word the same hint with: the
 * message's context (i18next picks errors.codeNotFound_<context>) and the names it lists. Without
 * them, Russian and Kazakh said only that the code was not there (review-cli-1208 #12).
 */
function describeMissing(tree: CodeTree<Code>, parent: CodeNode, children: CodeNode[], missing: string): { message: string; hint: Record<string, string | number> } {
  const parentPath = pathOf(tree, parent);
  const what = parent.code ? `${parentPath} has no sub-code named ${missing}` : `Framework ${parentPath} has no code named ${missing}`;
  // The usual slip is naming a sub-code without its parent: point at where it is.
  const below = parent.code ? tree.descendants(parent.code.id) : tree.codesOf(parent.frameworkId);
  const deeper = below.filter((code) => sameName(code.name, missing)).map((code) => tree.entry(code.id)!.path);
  if (deeper.length > 0) return { message: `${what}; did you mean ${deeper.join(' or ')}?`, hint: { context: 'suggest', paths: deeper.join(', ') } };
  const names = children.map((c) => c.name);
  if (names.length === 0) return { message: `${what} (it has none)`, hint: { context: 'none' } };
  const { shown, more } = namesListed(names);
  return {
    message: `${what} (its codes: ${listNames(names)})`,
    hint: { context: more > 0 ? 'among_more' : 'among', codes: shown.join(', '), more },
  };
}

/** The names a message lists: all of a few, or the first six and how many more. */
function namesListed(names: string[]): { shown: string[]; more: number } {
  const shown = names.length <= 8 ? names : names.slice(0, 6);
  return { shown, more: names.length - shown.length };
}

/** Names as an English message lists them (namesListed). */
export function listNames(names: string[]): string {
  const { shown, more } = namesListed(names);
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
