/**
 * How a case is named in a list or a choice of cases from several groups: «Programmers · 1». Each
 * group's names are its own (a case table numbers every group's cases 1…n), so once the project
 * has groups every such list says the group, and a case in no group says so; without groups, the
 * name alone. The one label of the case filters, pickers, search hits and the autocode preview.
 */
import { caseLabel as withGroup } from '../../shared/sheets.js';
import { t } from './i18n/index.js';

type Groups = readonly { id: number; name: string }[];

/** A case of the project's list, its group by id. */
export function caseLabel(item: { name: string; groupId: number | null }, groups: Groups): string {
  const group = item.groupId === null ? null : (groups.find((g) => g.id === item.groupId)?.name ?? null);
  return caseLabelByName(item.name, group, groups);
}

/** A case as a result names it, its group by name (null: in no group). */
export function caseLabelByName(caseName: string, groupName: string | null, groups: Groups): string {
  if (groups.length === 0) return caseName;
  return withGroup(caseName, groupName ?? t('segments.noGroup'));
}
