import { listCoderNames } from '../db/repos/coders.js';
import type { ServiceContext } from './context.js';

/** Everyone who has coded or written in the project, by name. */
export function listCoders({ store }: ServiceContext): string[] {
  return listCoderNames(store);
}
