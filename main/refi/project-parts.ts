/**
 * A project parsed whole, handed to the import in the parts it writes (model.ts RefiParts):
 * for a merge's package, a bare .qde, or when the parser cannot run in a thread of its own.
 * Each source's index columns are computed a few sources ahead in a thread beside the writing one.
 */
import { IndexColumnsAhead } from '../jobs/index-columns-ahead.js';
import type { RefiHead, RefiParts, RefiProject, RefiTail } from './model.js';

export function headOf(project: RefiProject): RefiHead {
  const { kind, name, origin, users, codes, variables, cases } = project;
  return { kind, name, origin, users, codes, variables, cases, selectionRows: selectionRows(project) };
}

export function tailOf(project: RefiProject): RefiTail {
  const { notes, sets, links, projectNoteRefs, uncarried, uncarriedGuids } = project;
  return { notes, sets, links, projectNoteRefs, uncarried, uncarriedGuids };
}

export function wholeProjectParts(project: RefiProject): RefiParts {
  const sources = project.sources;
  let next = 0;
  let columns: IndexColumnsAhead | null = null;
  return {
    head: () => headOf(project),
    nextSource: () => {
      if (next === sources.length) return null;
      columns ??= new IndexColumnsAhead(sources.length, (i) => sources[i]!.text ?? '', sources.reduce((sum, s) => sum + (s.text?.length ?? 0), 0));
      const source = sources[next++]!;
      return { source, columns: columns.next(), done: next, total: sources.length };
    },
    tail: () => tailOf(project),
    // Checked whole before writing: nothing to explain.
    explain: (error) => error,
    close: () => columns?.close(),
  };
}

/** The segment and coding rows a project's selections and source codings may add, at most. */
function selectionRows(project: RefiProject): number {
  let rows = 0;
  for (const source of project.sources) {
    rows += source.codings.length;
    for (const selection of source.selections) rows += 1 + selection.codings.length;
  }
  return rows;
}
