import { findCoder as findCoderId, findCoderByGuid, insertCoder, listCodingCoderNames, listCoders as listCoderRefs, type CoderRef } from '../db/repos/coders.js';
import type { ReadStore, WriteStore } from '../db/store.js';
import { CASE_TABLE_CODER_GUID, DEFAULT_TABLE_CODER_NAME } from '../../shared/case-table-coder.js';
import { AppError } from '../errors.js';
import type { ServiceContext } from './context.js';

/**
 * Everyone who has coded in the project, by name: the coders a list or table is filtered by and
 * agreement compares. `people`: not the case table's pre-coding.
 */
export function listCoders({ store }: ServiceContext, people = false): string[] {
  return listCodingCoderNames(store, people ? CASE_TABLE_CODER_GUID : undefined);
}

/**
 * The coder a case table's pre-coding is recorded under (shared/case-table-coder.ts), made on
 * the first import with `name`, or `name (2)`… where a person has that name.
 */
export function tableCoder(store: WriteStore, name = DEFAULT_TABLE_CODER_NAME): number {
  const existing = findCoderByGuid(store, CASE_TABLE_CODER_GUID);
  if (existing !== undefined) return existing;
  let free = name;
  for (let n = 2; findCoderId(store, free) !== undefined; n++) free = `${name} (${n})`;
  return insertCoder(store, free, CASE_TABLE_CODER_GUID);
}

/**
 * The coder of exactly this name, else unknownCoder naming those there are: a mistyped name
 * filtering segments or comparing coders would look like a coder who coded nothing.
 */
export function coderNamed(store: ReadStore, name: string): CoderRef {
  const known = listCoderRefs(store);
  const coder = known.find((k) => k.name === name);
  if (!coder) throw new AppError('unknownCoder', `No coder named ${name} (coders: ${known.map((k) => k.name).join(', ') || 'none'})`, { name });
  return coder;
}

export function findCoder({ store }: ServiceContext, name: string): string {
  return coderNamed(store, name).name;
}
