import { codeTree, type TreeCode, type TreeFramework } from '../../shared/code-tree.js';

interface Codebook {
  frameworks: readonly TreeFramework[];
  codes: readonly TreeCode[];
}

/**
 * The codebook's codes in its order, each named by its path (Framework/Parent/Code), as the CLI
 * names a code: the lists that pick a code (the segment list's filter, search and word-list
 * scopes, autocode, a memo's target) tell apart two sub-codes of one name under different codes
 * (Housing under Positive and under Negative), which «Framework/Code» named alike.
 */
export function codeChoices(codebook: Codebook): { id: number; label: string }[] {
  return codeTree(codebook).entries.map((entry) => ({ id: entry.code.id, label: entry.path }));
}

/** One code's path, as codeChoices names it. */
export function codePath(codebook: Codebook, codeId: number): string {
  return codeTree(codebook).entry(codeId)?.path ?? '';
}
