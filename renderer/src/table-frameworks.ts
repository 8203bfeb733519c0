/**
 * The frameworks a table is built of, read from the choices kept for its kind (each kind keeps
 * its own: tables-view.tsx). A deleted framework is no option of a select, nor «all frameworks»
 * of a select that does not offer it: such a choice is read as the select's default here
 * (offered-choice.ts), and that one value is what the select shows and what the request names,
 * so the table shown and exported is the one the selects say. The request always names the
 * frameworks of a cross-tab: left out, the builder chose its own default
 * (main/analysis/tables.ts), a second place deciding the same thing.
 */
import { findDefaultFramework } from '../../shared/default-codebook.js';
import type { TableKind, TableRequest } from '../../shared/tables.js';
import { offered } from './offered-choice.js';

/** A framework select's choice: a framework's id, or 'all' for every code, where the kind counts them all. */
export type FrameworkChoice = number | 'all';

/** The choices of a table's two framework selects; a kind without a select has none for it. */
export interface TableFrameworks {
  /** A cross-tab's rows; a co-occurrence table's codes. */
  rows?: FrameworkChoice;
  /** A case matrix's and a cross-tab's columns; a code × case table's codes. */
  columns?: FrameworkChoice;
}

/** Which selects each kind shows, and whether they offer all frameworks. */
const SELECTS: Record<TableKind, { rows?: { all: boolean }; columns?: { all: boolean } }> = {
  'case-matrix': { columns: { all: false } },
  crosstab: { rows: { all: false }, columns: { all: false } },
  'code-case': { columns: { all: true } },
  cooccurrence: { rows: { all: true } },
};

/** Whether the kind's select for `role` offers «all frameworks». */
export const offersAll = (kind: TableKind, role: keyof TableFrameworks): boolean => SELECTS[kind][role]?.all ?? false;

/**
 * The frameworks shown and built for `kind`, from the choices kept for it. Not chosen, or not offered:
 * STEEPL for the rows (Valence for the columns) where the project has it; else all frameworks
 * where offered, as the builder counts them when none is named; else the project's first
 * framework (for the columns, the first but the rows').
 */
export function tableFrameworks(kind: TableKind, kept: TableFrameworks, frameworks: readonly { id: number; name: string }[]): TableFrameworks {
  const ids = frameworks.map((f) => f.id);
  const read = (role: keyof TableFrameworks, preferred: number | undefined, first: number | undefined): FrameworkChoice | undefined => {
    const select = SELECTS[kind][role];
    if (!select) return undefined;
    return select.all ? offered<FrameworkChoice>(kept[role], ['all', ...ids], preferred ?? 'all') : offered(kept[role], ids, preferred ?? first);
  };
  const rows = read('rows', findDefaultFramework(frameworks, 'steepl')?.id, ids[0]);
  const columns = read('columns', findDefaultFramework(frameworks, 'valence')?.id, ids.find((id) => id !== rows) ?? ids[0]);
  return { ...(rows !== undefined ? { rows } : {}), ...(columns !== undefined ? { columns } : {}) };
}

/** The frameworks as the table request names them: all frameworks by naming none. */
export function requestedFrameworks(shown: TableFrameworks): Pick<TableRequest, 'rowFramework' | 'columnFramework'> {
  return {
    ...(typeof shown.rows === 'number' ? { rowFramework: shown.rows } : {}),
    ...(typeof shown.columns === 'number' ? { columnFramework: shown.columns } : {}),
  };
}

/** The codes unticked under each select of a kind (ids), kept as its frameworks are. */
export type LeftOutCodes = Partial<Record<keyof TableFrameworks, number[]>>;

/** The codes a select offers to leave out: its framework's, or every code where it shows all frameworks. */
export function selectCodes<C extends { id: number; frameworkId: number }>(choice: FrameworkChoice | undefined, codes: readonly C[]): C[] {
  if (choice === undefined) return [];
  return choice === 'all' ? [...codes] : codes.filter((code) => code.frameworkId === choice);
}

/**
 * The codes left out as the request names them: per select, those unticked of the codes it now
 * offers. A code unticked under another framework waits there until that framework is chosen
 * again; a deleted code is dropped; a select whose codes would all go leaves none out, since
 * the builder refuses a table with no columns (one code is always kept ticked, but a code
 * deleted may have been that one).
 */
export function requestedLeftOut(shown: TableFrameworks, kept: LeftOutCodes, codes: readonly { id: number; frameworkId: number }[]): TableRequest['leaveOut'] {
  const leftOut: NonNullable<TableRequest['leaveOut']> = {};
  for (const role of ['rows', 'columns'] as const) {
    const offered = selectCodes(shown[role], codes);
    const away = offered.filter((code) => kept[role]?.includes(code.id)).map((code) => code.id);
    if (away.length > 0 && away.length < offered.length) leftOut[role] = away;
  }
  return leftOut.rows || leftOut.columns ? leftOut : undefined;
}
