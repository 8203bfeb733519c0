/**
 * The user's map of a sheet's groups onto the project's (shared/sheet-group-map.ts), checked
 * before anything is written: each group it maps is one the sheet's rows name, once, onto a
 * group the project has. The command line's map is typed by hand, so a typo is named, not
 * taken for a group of nothing.
 */
import { findByName, nameKey } from '../../shared/names.js';
import type { GroupMap } from '../../shared/sheets.js';
import { AppError } from '../errors.js';
import { listGroups } from '../db/repos/groups.js';
import type { ServiceContext } from './context.js';

/**
 * The project's group each mapped sheet's group goes to, by the sheet group's nameKey.
 * `sheetGroups`: the group cells of the rows that name a case, as the import reads them.
 */
export function resolveGroupMap(
  ctx: ServiceContext, map: GroupMap | undefined, sheetGroups: readonly string[], fileName: string,
): Map<string, number> {
  const resolved = new Map<string, number>();
  if (!map?.length) return resolved;
  const named = new Map(sheetGroups.map((cell) => [nameKey(cell), cell.trim()]));
  const groups = listGroups(ctx.store);
  for (const { from, to } of map) {
    const key = nameKey(from);
    if (resolved.has(key)) throw new AppError('sheetGroupMappedTwice', `The sheet's group ${from} is mapped onto a group more than once`, { group: from });
    if (named.size === 0) {
      throw new AppError('sheetGroupsNone', `${fileName} gives its cases no group, so its group ${from} cannot be mapped`, { file: fileName, group: from });
    }
    if (!named.has(key)) {
      const listed = [...named.values()].join(', ');
      throw new AppError('sheetGroupNotInSheet', `${fileName} names no group ${from}; its groups: ${listed}`, { file: fileName, group: from, groups: listed });
    }
    const group = findByName(groups, to);
    if (!group) throw new AppError('sheetGroupTargetMissing', `The project has no group ${to} to put the sheet's ${from} into`, { group: to, sheetGroup: from });
    resolved.set(key, group.id);
  }
  return resolved;
}
