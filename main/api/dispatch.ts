/**
 * The one entry every front door calls: it parses the input by the contract's schema, runs
 * the handler, and turns any failure into a Result the caller can show.
 */
import { CallId, contract, isMethod, type ApiError, type Result } from '../../shared/contract.js';
import { storageError } from '../db/storage-errors.js';
import { AppError } from '../errors.js';
import { inCall } from '../jobs/call-scope.js';
import type { Session } from '../services/session.js';
import { handlers } from './handlers.js';
import { invalidInput } from './invalid-input.js';

/** `callId`: the call's own name (shared/contract.ts CallId), by which jobs.cancelCall stops its jobs; none from the CLI. */
export type Dispatch = (method: unknown, input: unknown, callId?: unknown) => Promise<Result<unknown>>;

/**
 * For a front door that read a file for one call and never reads its bytes again: the thread
 * that reads the file then takes them without a copy (main/jobs/handed-over.ts).
 */
export { handOver } from '../jobs/handed-over.js';

export function createDispatch(session: Session, log: (message: string) => void = console.error): Dispatch {
  return async (method, input, callId) => {
    if (!isMethod(method)) return failure({ code: 'unknownMethod', message: `Unknown method ${String(method)}`, params: {} });
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return failure(invalidInput(method, parsed.error.issues));
    const id = callId === undefined ? undefined : CallId.safeParse(callId);
    if (id?.success === false) return failure(invalidInput(method, id.error.issues.map((issue) => ({ ...issue, path: ['callId', ...issue.path] }))));
    try {
      const handler = handlers[method] as (session: Session, input: unknown) => unknown;
      return { ok: true, value: await inCall(id?.data, () => handler(session, parsed.data)) };
    } catch (caught) {
      const error = storageError(caught) ?? caught;
      if (error instanceof AppError) return failure({ code: error.code, message: error.message, params: error.params });
      log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return failure({ code: 'internal', message: 'Something went wrong; your project was not changed', params: {} });
    }
  };
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}
