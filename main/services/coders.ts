import { listCoderNames, listCoders as listCoderRefs, type CoderRef } from '../db/repos/coders.js';
import type { ReadStore } from '../db/store.js';
import { AppError } from '../errors.js';
import type { ServiceContext } from './context.js';

/** Everyone who has coded or written in the project, by name. */
export function listCoders({ store }: ServiceContext): string[] {
  return listCoderNames(store);
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
