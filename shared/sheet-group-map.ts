/**
 * A sheet's groups against the project's. A sheet written in another language than the project
 * (Programmers against Бағдарламашылар) would make its groups, and every case in them, again:
 * the user maps each of the sheet's groups the project does not spell so onto one it has
 * (GroupMap). The dialog proposes a group only where it is the same name but for capitals and
 * spaces, never a translation: that much the import does by itself.
 */
import { findByName, nameKey, sameName, tidyName } from './names.js';
import type { GroupMap } from './sheets.js';

/** The name of the project's group a sheet's group cell is mapped onto; undefined: not mapped. */
export function mappedGroup(map: GroupMap | undefined, cell: string): string | undefined {
  return map?.find((m) => sameName(m.from, cell))?.to;
}

/** A group of the sheet to be mapped. */
export interface SheetGroupChoice {
  /** As the sheet first writes it. */
  name: string;
  /** The distinct cases its rows name. */
  cases: number;
  /** The project's group of the same name but for capitals and spaces, which it goes to unless mapped elsewhere. */
  sameAs?: { id: number; name: string };
}

/**
 * The sheet's groups (its cases' group cells) that no project group is spelled as, in row order.
 * A name some row spells as the project does is left out: a mapping takes every spelling of it.
 */
export function groupsToMap(
  cases: readonly { name: string; group?: string | undefined }[], groups: readonly { id: number; name: string }[],
): SheetGroupChoice[] {
  const spelled = new Set(groups.map((g) => tidyName(g.name)));
  const cells = cases.flatMap((c) => (c.group?.trim() ? [c.group] : []));
  const asProject = new Set(cells.filter((cell) => spelled.has(tidyName(cell))).map(nameKey));
  const choices = new Map<string, SheetGroupChoice>();
  for (const cell of cells) {
    const key = nameKey(cell);
    if (asProject.has(key)) continue;
    const known = choices.get(key);
    if (known) {
      known.cases++;
      continue;
    }
    const same = findByName(groups, cell);
    choices.set(key, { name: tidyName(cell), cases: 1, ...(same ? { sameAs: { id: same.id, name: same.name } } : {}) });
  }
  return [...choices.values()];
}
