/** The import report's shape lives in shared/ (the UI shows it); this adds its bookkeeping. */
import type { RefiUncarried } from '../../shared/refi-report.js';

export type { RefiImportCounts, RefiImportReport } from '../../shared/refi-report.js';

const MAX_EXAMPLES = 5;

/** Counts one more uncarried object of `kind`, keeping the first few examples. */
export function addUncarried(list: RefiUncarried[], kind: string, example: string, count = 1): void {
  let entry = list.find((u) => u.kind === kind);
  if (!entry) {
    entry = { kind, count: 0, examples: [] };
    list.push(entry);
  }
  entry.count += count;
  if (!example || entry.examples.includes(example)) return;
  if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
  else entry.more = true;
}

/** `first`'s counts with `then`'s added, kinds in the order first met. */
export function mergeUncarried(first: readonly RefiUncarried[], then: readonly RefiUncarried[]): RefiUncarried[] {
  const list = first.map((u) => ({ ...u, examples: [...u.examples] }));
  for (const u of then) {
    addUncarried(list, u.kind, '', u.count);
    for (const example of u.examples) addUncarried(list, u.kind, example, 0);
    if (u.more) list.find((entry) => entry.kind === u.kind)!.more = true;
  }
  return list;
}
