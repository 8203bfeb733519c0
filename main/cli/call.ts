/**
 * How commands reach the project: every call goes through the one dispatch, so the contract
 * parses the command line's input as it parses the UI's; a refusal comes back as an AppError.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Input, Method, Output } from '../../shared/contract.js';
import type { Dispatch } from '../api/dispatch.js';
import { AppError } from '../errors.js';

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/**
 * `logged` holds what the dispatch logged: an unexpected failure's detail, of which the first
 * line joins the one-line message (the dispatch keeps the stack out of what users see).
 */
export function callThrough(dispatch: Dispatch, logged: readonly string[]): Call {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    // Calls answered on this thread (a page of segments read off the indexes) resolve without
    // the event loop turning, and a command that makes hundreds of them would hear no Ctrl+C.
    await nextTurn();
    const result = await dispatch(method, input);
    if (result.ok) return result.value as Output<M>;
    const { code, message, params } = result.error;
    const detail = code === 'internal' ? logged.at(-1)?.split('\n')[0] : undefined;
    throw new AppError(code, detail ? `${message} (${detail})` : message, params);
  };
}
