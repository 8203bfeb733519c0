/**
 * Cases as the case list shows them: group by group in the groups' order, each group's cases in
 * their own order, then the cases in no group. The app's case pickers (filters, import, move)
 * list them so too: in the order the cases were made, a case added to the first group later came
 * after the last group's cases.
 */
export function casesInListOrder<C extends { groupId: number | null }>(cases: readonly C[], groups: readonly { id: number }[]): C[] {
  const rank = new Map(groups.map((group, i) => [group.id, i]));
  const rankOf = (item: C) => (item.groupId === null ? undefined : rank.get(item.groupId)) ?? groups.length;
  return cases.map((item, at) => ({ item, at })).sort((a, b) => rankOf(a.item) - rankOf(b.item) || a.at - b.at).map(({ item }) => item);
}
