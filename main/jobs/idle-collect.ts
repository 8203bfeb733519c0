/**
 * A kept job thread's garbage, collected as it goes idle. V8 collects when a thread allocates,
 * and an idle thread allocates nothing: the garbage of its last job (a co-occurrence table of 500
 * codes leaves 67–95 MB, an agreement report more) stayed taken for the minute the thread waits
 * for the next job (run-job.ts), in each kept thread. Moving between the views of the reference
 * corpus for 8 minutes, browser mode's process peaked at 824 MB; collected, at 667 MB.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8's collector, reached without starting the process with --expose-gc, as Jest's leak detector does.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * How long a thread waits for its next job before collecting: a list scrolled through asks for
 * page after page, and a collection between two of them (20–30 ms) held the next one up.
 */
export const COLLECT_WHEN_IDLE_MS = 2_000;

/** Below this the garbage is not worth a full collection's pause. */
export const COLLECT_PAST_BYTES = 32 * 1024 * 1024;

/** Collects the thread's garbage when its heap (`heapBytes`, garbage included) is past COLLECT_PAST_BYTES. */
export function collectIfGrown(heapBytes: number): boolean {
  if (heapBytes <= COLLECT_PAST_BYTES) return false;
  collect();
  return true;
}
