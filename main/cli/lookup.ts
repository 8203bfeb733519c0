/** Names on the command line turned into the ids the services take. */
import { getCodebook } from '../db/repos/codebook.js';
import { findGroupByName, listGroups } from '../db/repos/groups.js';
import type { Store } from '../db/store.js';

export function groupIdByName(store: Store, name: string): number {
  const group = findGroupByName(store, name);
  if (!group) throw new Error(`No group named ${name} (groups: ${listGroups(store).map((g) => g.name).join(', ') || 'none'})`);
  return group.id;
}

/** Framework names are compared ignoring case, as in code paths. */
export function frameworkIdByName(store: Store, name: string): number {
  const { frameworks } = getCodebook(store);
  const framework = frameworks.find((f) => f.name === name) ?? frameworks.find((f) => f.name.toLowerCase() === name.toLowerCase());
  if (!framework) throw new Error(`No framework named ${name} (frameworks: ${frameworks.map((f) => f.name).join(', ')})`);
  return framework.id;
}
