/**
 * Which cases a spreadsheet's rows name, and what its import will do with them: a row's case is
 * the project's case of that name in the row's group (the project's group the user mapped the
 * row's group onto, sheet-group-map.ts), else an ungrouped case of that name, which
 * the import puts into the group, else a new one (SheetCaseIndex, for the dialog's plan and for
 * main/services/sheet-import.ts alike). The import dialog says so before anything is written,
 * because a sheet that names its cases differently (P1 for a case named 1, a case renamed since
 * the last import) otherwise makes every one of them again. Asked to (`byNumber`), a row naming
 * a case by letters and a number (P1, E-4, Кейс 3) finds the case of its group named by that
 * number alone, as the seed study's cases.csv names the cases its tables number.
 */
import { findByName, nameKey, tidyName } from './names.js';
import { mappedGroup } from './sheet-group-map.js';
import type { GroupMap } from './sheets.js';

/** A case a sheet's rows name; `group` from the sheet's Group column (absent: the import's group applies). */
export interface SheetCase {
  name: string;
  group?: string | undefined;
}

/** A row's group: a project group's id, the name of a group the import will make, or none (null). */
export type SheetGroup = number | string | null;

/** How rows find their cases beyond their names. */
export interface SheetCaseMatching {
  /** A name of letters and a number (P1) also finds its group's case named by the number (1). */
  byNumber?: boolean | undefined;
}

/** What a case found for a row is to the row. */
export interface SheetCaseMatch {
  id: number;
  /** An ungrouped case, which the row puts into its group. */
  grouped: boolean;
  /** Found by the number in the row's name, not by the name. */
  byNumber: boolean;
}

/** The number a case name of letters and a number ends in (P1, P-01, Кейс 3: 1, 1, 3), or undefined. */
export function caseNameNumber(name: string): number | undefined {
  const match = /^\p{L}+[\s._#№-]?(\d{1,9})$/u.exec(tidyName(name));
  return match ? Number(match[1]) : undefined;
}

/** The number a case is named by alone (1, 01), or undefined. */
function bareNumber(name: string): number | undefined {
  const match = /^\d{1,9}$/u.exec(tidyName(name));
  return match ? Number(match[0]) : undefined;
}

/**
 * The project's cases as the sheet imports find them, by name within group. An ungrouped case is
 * also found by a row that gives it a group, and is then in that group: documents imported first
 * make ungrouped cases, and the attribute sheet that follows says each one's group.
 */
export class SheetCaseIndex {
  private readonly known = new Map<string, number>();
  /** The grouped cases named by a number alone, by group and number (filled only when asked to match by number). */
  private readonly numbered = new Map<string, number>();

  constructor(cases: Iterable<{ id: number; name: string; groupId: number | null }>, matching: SheetCaseMatching = {}) {
    for (const c of cases) {
      const key = caseKey(c.name, c.groupId);
      if (!this.known.has(key)) this.known.set(key, c.id);
      const number = matching.byNumber && c.groupId !== null ? bareNumber(c.name) : undefined;
      if (number !== undefined && !this.numbered.has(numberKey(number, c.groupId!))) this.numbered.set(numberKey(number, c.groupId!), c.id);
    }
  }

  /**
   * The case the row names (an ungrouped one the row puts into `group`, or, matching by number,
   * the group's case named by the number in the row's name); undefined: a new case.
   */
  find(name: string, group: SheetGroup): SheetCaseMatch | undefined {
    const key = groupedKey(name, group);
    const id = this.known.get(key);
    if (id !== undefined) return { id, grouped: false, byNumber: false };
    if (group === null) return undefined;
    const ungroupedKey = caseKey(name, null);
    const ungrouped = this.known.get(ungroupedKey);
    if (ungrouped !== undefined) {
      this.known.delete(ungroupedKey);
      this.known.set(key, ungrouped);
      return { id: ungrouped, grouped: true, byNumber: false };
    }
    const number = typeof group === 'number' ? caseNameNumber(name) : undefined;
    const numbered = number === undefined ? undefined : this.numbered.get(numberKey(number, group as number));
    return numbered === undefined ? undefined : { id: numbered, grouped: false, byNumber: true };
  }

  /** A case the import made, for the rows after. */
  add(name: string, group: SheetGroup, id: number): void {
    this.known.set(groupedKey(name, group), id);
  }
}

function numberKey(number: number, groupId: number): string {
  return `${groupId}\u0000${number}`;
}

function groupedKey(name: string, group: SheetGroup): string {
  return typeof group === 'string' ? `new\u0000${nameKey(group)}\u0000${nameKey(name)}` : caseKey(name, group);
}

export interface ProjectCases {
  cases: readonly { name: string; groupId: number | null }[];
  groups: readonly { id: number; name: string }[];
}

export interface SheetCasePlan {
  /** Distinct cases the rows name that the project has. */
  matched: number;
  /** The names of the cases the import makes, in row order. */
  created: string[];
  /** How many of those have a case of the same name in another group. */
  sameNameElsewhere: number;
  /** Of the matched, how many by the number in their name (P1 for case 1). */
  byNumber: number;
  /** The first of those: the row's name and its case's. */
  firstByNumber?: { row: string; case: string };
}

/** The key a case is found by: its name within its group (none: null). */
function caseKey(name: string, groupId: number | null): string {
  return `${groupId ?? ''}\u0000${nameKey(name)}`;
}

/** What the plan follows besides the rows' names: matching by number, and the user's map of the sheet's groups. */
export interface SheetCasePlanning extends SheetCaseMatching {
  groupMap?: GroupMap | undefined;
}

export function planSheetCases(
  rows: readonly SheetCase[], importGroup: string | undefined, project: ProjectCases, planning: SheetCasePlanning = {},
): SheetCasePlan {
  // The plan writes nothing: a case's place in the list stands for its id.
  const index = new SheetCaseIndex(project.cases.map((c, id) => ({ ...c, id })), planning);
  const names = new Set(project.cases.map((c) => nameKey(c.name)));
  const counted = new Set<number>();
  const plan: SheetCasePlan = { matched: 0, created: [], sameNameElsewhere: 0, byNumber: 0 };
  for (const row of rows) {
    const cell = row.group?.trim() || undefined;
    const mapped = cell === undefined ? undefined : mappedGroup(planning.groupMap, cell);
    const groupName = mapped ?? cell ?? (importGroup?.trim() || undefined);
    // A group the project lacks is made by the import: none of its cases exist yet.
    const found = groupName === undefined ? null : findByName(project.groups, groupName);
    const group = groupName === undefined ? null : found ? found.id : groupName;
    const match = index.find(row.name, group);
    if (match) {
      if (!counted.has(match.id)) {
        plan.matched++;
        if (match.byNumber && plan.byNumber++ === 0) plan.firstByNumber = { row: row.name, case: project.cases[match.id]!.name };
      }
      counted.add(match.id);
    } else {
      const id = -1 - plan.created.length;
      index.add(row.name, group, id);
      counted.add(id);
      plan.created.push(row.name);
      if (names.has(nameKey(row.name))) plan.sameNameElsewhere++;
    }
  }
  return plan;
}
