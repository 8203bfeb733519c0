import { AppError } from '../errors.js';
import type { Store } from '../db/store.js';

/** What a service needs of the session: the open project and who is coding. */
export interface ServiceContext {
  store: Store;
  coderName: string | null;
}

export function requireCoder(ctx: ServiceContext): string {
  if (!ctx.coderName) throw new AppError('coderRequired', 'Set your coder name first');
  return ctx.coderName;
}

export function notFound(what: string, id: number): AppError {
  return new AppError('notFound', `No ${what} with id ${id}`, { what, id });
}
