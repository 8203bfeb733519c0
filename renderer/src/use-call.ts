import { useEffect, useState } from 'react';
import type { Input, Method, Output } from '../../shared/contract.js';
import { call } from './api.js';
import { useApp } from './app-context.js';

/**
 * What a list shows before its first answer: one array for every render, so an effect or memo
 * that depends on the list does not run again each time (a new [] each render looped the
 * agreement view's choice of coders until they came).
 */
export const NO_ROWS: never[] = Object.freeze([]) as never[];

/**
 * A read's answer as state, asked again when its input (compared as JSON) or the project's
 * revision changes. Never through act(): its reload bumps the revision, which would ask again,
 * for ever. An older answer never replaces a newer one (a job may answer out of order); until
 * the new one comes, the last one stays, and the job still building the older one is stopped. A
 * failure is shown in the message bar. Null input asks nothing.
 */
export function useCall<M extends Method>(method: M, input: Input<M> | null): Output<M> | null {
  return useCallAnswer(method, input).answer;
}

/**
 * useCall's answer, and whether it is of an earlier input or revision than the one now asked
 * (`stale`): a view then says it is being read again, rather than show the last answer under the
 * new choices as if it were theirs (a table of 500 codes took a second to come).
 */
export function useCallAnswer<M extends Method>(method: M, input: Input<M> | null): { answer: Output<M> | null; stale: boolean } {
  const { revision, showError } = useApp();
  const [read, setRead] = useState<{ value: Output<M>; asked: string } | null>(null);
  const key = input === null ? null : JSON.stringify(input);
  const asked = `${revision}#${key}`;
  useEffect(() => {
    if (key === null) return;
    let current = true;
    // Asked again, or the view left: the job still building the earlier answer is stopped.
    const left = new AbortController();
    call(method, JSON.parse(key) as Input<M>, { signal: left.signal }).then(
      (value) => current && setRead({ value, asked }),
      (error: unknown) => current && showError(error),
    );
    return () => {
      current = false;
      left.abort();
    };
  }, [method, key, revision, asked, showError]);
  return { answer: read?.value ?? null, stale: read !== null && key !== null && read.asked !== asked };
}
