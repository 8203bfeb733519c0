/**
 * What a new row is stamped with: when it was made and a GUID (REFI-QDA exchange names every
 * object by one). Apart from store.ts, so code that only reads and stamps (a table job's
 * thread) does not load the migrations and the search stemmers with it.
 */
import { randomUUID } from 'node:crypto';

export function now(): string {
  return new Date().toISOString();
}

export function newGuid(): string {
  return randomUUID();
}
