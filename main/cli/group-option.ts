/** --group GROUP or --no-group, as the filters of search, autocode, words, segments and table take them. */
import { UsageError } from './args.js';
import type { Call } from './call.js';

export const noGroupOption = { type: 'boolean' } as const;

/** The group's id; null for the cases in no group; undefined for any group. */
export async function groupFilter(call: Call, values: { group?: string | undefined; 'no-group'?: boolean | undefined }): Promise<number | null | undefined> {
  if (values['no-group']) {
    if (values.group !== undefined) throw new UsageError('groupOrNoGroup');
    return null;
  }
  return values.group === undefined ? undefined : (await call('groups.findByName', { name: values.group })).id;
}
