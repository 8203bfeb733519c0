/**
 * Which cases a spreadsheet's rows name, and what its import will do with them: a row's case is
 * the project's case of that name in the row's group (main/services/sheet-import.ts, caseFinder),
 * else a new one. The import dialog says so before anything is written, because a sheet that
 * names its cases differently (P1 for a case named 1, a case renamed since the last import)
 * otherwise makes every one of them again.
 */
import { findByName, nameKey } from './names.js';

/** A case a sheet's rows name; `group` from the sheet's Group column (absent: the import's group applies). */
export interface SheetCase {
  name: string;
  group?: string | undefined;
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
}

/** The key a case is found by: its name within its group (none: null). */
export function caseKey(name: string, groupId: number | null): string {
  return `${groupId ?? ''}\u0000${nameKey(name)}`;
}

export function planSheetCases(rows: readonly SheetCase[], importGroup: string | undefined, project: ProjectCases): SheetCasePlan {
  const known = new Set(project.cases.map((c) => caseKey(c.name, c.groupId)));
  const names = new Set(project.cases.map((c) => nameKey(c.name)));
  const seen = new Set<string>();
  const plan: SheetCasePlan = { matched: 0, created: [], sameNameElsewhere: 0 };
  for (const row of rows) {
    const groupName = row.group?.trim() || importGroup?.trim() || undefined;
    // A group the project lacks is made by the import: none of its cases exist yet.
    const group = groupName === undefined ? null : findByName(project.groups, groupName) ?? groupName;
    const key = typeof group === 'string' ? `new\u0000${nameKey(group)}\u0000${nameKey(row.name)}` : caseKey(row.name, group?.id ?? null);
    if (seen.has(key)) continue;
    seen.add(key);
    if (known.has(key)) {
      plan.matched++;
    } else {
      plan.created.push(row.name);
      if (names.has(nameKey(row.name))) plan.sameNameElsewhere++;
    }
  }
  return plan;
}
