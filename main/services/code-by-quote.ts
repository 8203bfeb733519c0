/**
 * Coding without positions: name a case, give the exact text and a code path, and the one
 * place that text occurs in the case's documents is coded. Scripts and the command line use
 * it; the lookup of codes by FRAMEWORK/PARENT/CHILD path serves them too.
 */
import { codeTree, type CodeTree } from '../../shared/code-tree.js';
import type { Code, Codebook } from '../../shared/entities.js';
import { matchByName, sameName } from '../../shared/names.js';
import { normalizeText, OffsetMap } from '../../shared/offsets.js';
import { AppError } from '../errors.js';
import { getCodebook } from '../db/repos/codebook.js';
import { getDocumentText, listDocuments } from '../db/repos/documents.js';
import type { Store } from '../db/store.js';
import { findCase } from './cases.js';
import { applyCode } from './coding.js';
import type { ServiceContext } from './context.js';

export interface QuoteCoding {
  caseName: string;
  /** Chooses among cases of the same name in different groups. */
  groupName?: string | undefined;
  quote: string;
  /** FRAMEWORK/CODE, or FRAMEWORK/PARENT/CHILD for a sub-code. */
  codePath: string;
}

export interface QuoteCoded {
  segmentId: number;
  documentId: number;
  documentName: string;
  /** Code points into the document's normalised text. */
  start: number;
  end: number;
  codeId: number;
  codePath: string;
}

export function codeByQuote(ctx: ServiceContext, input: QuoteCoding): QuoteCoded {
  const { store } = ctx;
  const item = findCase(ctx, input.caseName, input.groupName);
  const code = findCodeByFullPath(store, input.codePath);
  // Document texts are stored normalised, so a quote pasted with CRLF must be too.
  const quote = normalizeText(input.quote);
  if (quote === '') throw new AppError('emptyQuote', 'The quote is empty');
  const shown = quoteForMessage(quote);

  const documents = listDocuments(store, item.id);
  if (documents.length === 0) {
    throw new AppError('caseHasNoDocuments', `Case ${item.name} has no documents`, { case: item.name });
  }
  const hits: { documentId: number; documentName: string; text: string; index: number }[] = [];
  for (const document of documents) {
    const text = getDocumentText(store, document.id)!;
    // Overlapping occurrences ("aa" in "aaa") are distinct spans, so each counts.
    for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
      hits.push({ documentId: document.id, documentName: document.name, text, index });
    }
  }
  const where = `case ${item.name}'s documents`;
  if (hits.length === 0) {
    throw new AppError('quoteNotFound', `"${shown}" does not occur in ${where} (${listNames(documents.map((d) => d.name))})`, {
      quote: shown, case: item.name,
    });
  }
  if (hits.length > 1) {
    const perDocument = new Map<string, number>();
    for (const hit of hits) perDocument.set(hit.documentName, (perDocument.get(hit.documentName) ?? 0) + 1);
    const detail = listNames([...perDocument].map(([name, count]) => `${name}: ${count}`));
    throw new AppError('quoteAmbiguous', `"${shown}" occurs ${hits.length} times in ${where} (${detail}); give a longer quote`, {
      quote: shown, case: item.name, count: hits.length,
    });
  }

  const hit = hits[0]!;
  const offsets = new OffsetMap(hit.text);
  const start = offsets.toCodePoint(hit.index);
  const end = offsets.toCodePoint(hit.index + quote.length);
  const segmentId = applyCode(ctx, { documentId: hit.documentId, start, end, codeId: code.id });
  const codePath = codePaths(getCodebook(store)).get(code.id)!;
  return { segmentId, documentId: hit.documentId, documentName: hit.documentName, start, end, codeId: code.id, codePath };
}

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
export function findCodeByFullPath(store: Store, path: string): Code {
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
    throw new AppError('codeNotFound', `${path} is a framework; name one of its codes`, { path, code: '' });
  }
  if (!stuck.parent) {
    throw new AppError('frameworkNotFound', `No framework named ${missing} (frameworks: ${listNames(roots.map((r) => r.name))})`, {
      path, framework: missing,
    });
  }
  const parent = stuck.parent;
  throw new AppError('codeNotFound', describeMissing(tree, parent, childrenOf(parent), missing), { path, code: missing });
}

/** Each code's full path, FRAMEWORK/PARENT/CHILD, by code id, in codebook order. */
export function codePaths(codebook: Codebook): Map<number, string> {
  return new Map(codeTree(codebook).entries.map((entry) => [entry.code.id, entry.path]));
}

function describeMissing(tree: CodeTree<Code>, parent: CodeNode, children: CodeNode[], missing: string): string {
  const parentPath = parent.code ? tree.entry(parent.code.id)!.path : parent.name;
  const what = parent.code ? `${parentPath} has no sub-code named ${missing}` : `Framework ${parentPath} has no code named ${missing}`;
  // The usual slip is naming a sub-code without its parent: point at where it is.
  const below = parent.code ? tree.descendants(parent.code.id) : tree.codesOf(parent.frameworkId);
  const deeper = below.filter((code) => sameName(code.name, missing)).map((code) => tree.entry(code.id)!.path);
  if (deeper.length > 0) return `${what}; did you mean ${deeper.join(' or ')}?`;
  const names = children.map((c) => c.name);
  return names.length > 0 ? `${what} (its codes: ${listNames(names)})` : `${what} (it has none)`;
}

/** A quote as a message shows it: on one line, and short. */
function quoteForMessage(quote: string): string {
  const line = quote.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : line;
}

function listNames(names: string[]): string {
  if (names.length <= 8) return names.join(', ');
  return `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`;
}
