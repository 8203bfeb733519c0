/**
 * Which call of the page a job serves, so that the page can stop the work of a call it no longer
 * waits for: a view left, or its request superseded by a newer one (issue 13: a 5 s agreement
 * report went on after its view was left, holding one of the two cores the next view needed).
 * The dispatch runs each call in its scope; the job registry reads it there, so no handler has to
 * pass it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

/** Runs a call's handler in the scope of its id (none: a call no one will cancel). */
export function inCall<T>(callId: string | undefined, run: () => T): T {
  return callId === undefined ? run() : scope.run(callId, run);
}

/** The id of the call whose handler is running, if it has one. */
export function currentCall(): string | undefined {
  return scope.getStore();
}
