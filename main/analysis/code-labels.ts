/**
 * The labels a table gives its codes: the code's name, after its framework's when codes of
 * several frameworks share the table ("STEEPL/Economic"). Codes of one name under different
 * parents (Work/Positive, Family/Positive) are told apart by their parents' names, as many as
 * it takes: by name alone two columns read "Positive" with different counts.
 */
import { MAX_CODE_DEPTH } from '../../shared/code-tree.js';
import type { Code, Codebook } from '../../shared/entities.js';

export interface CodeLabel {
  label: string;
  /** The framework's name, when the label starts with it. */
  framework?: string;
}

export function codeLabels(codebook: Codebook, codes: readonly Code[], withFramework: boolean): CodeLabel[] {
  const byId = new Map(codebook.codes.map((code) => [code.id, code]));
  const frameworks = codes.map((code) => (withFramework ? codebook.frameworks.find((f) => f.id === code.frameworkId)?.name : undefined));
  // Each code's names from itself up to its top code; a label takes the first `depth` of them.
  // The open check refuses parent cycles and chains past MAX_CODE_DEPTH; the walk stops at
  // either anyway, so that a file it missed costs a short label, not the process (review-hostile-1207 #2).
  const lineages = codes.map((code) => {
    const names: string[] = [];
    const seen = new Set<number>();
    for (let at: Code | undefined = code; at && !seen.has(at.id) && names.length < MAX_CODE_DEPTH; at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      seen.add(at.id);
      names.push(at.name);
    }
    return names;
  });
  const depths = codes.map(() => 1);
  const labelOf = (i: number) => {
    const path = lineages[i]!.slice(0, depths[i]).reverse().join('/');
    return frameworks[i] ? `${frameworks[i]}/${path}` : path;
  };
  // Codes whose labels collide take one more parent's name each, until none collide or none has more.
  for (let changed = true; changed; ) {
    changed = false;
    const byLabel = new Map<string, number[]>();
    codes.forEach((_, i) => {
      const label = labelOf(i);
      const same = byLabel.get(label);
      if (same) same.push(i);
      else byLabel.set(label, [i]);
    });
    for (const same of byLabel.values()) {
      if (same.length < 2) continue;
      for (const i of same) {
        if (depths[i]! < lineages[i]!.length) {
          depths[i]!++;
          changed = true;
        }
      }
    }
  }
  return codes.map((_, i) => {
    const framework = frameworks[i];
    return framework ? { label: labelOf(i), framework } : { label: labelOf(i) };
  });
}
