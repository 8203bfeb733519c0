/**
 * The command line's progress line on stderr, for work that may take long: silent for the first second (quick work stays
 * quiet), then at most one line a second, and a last line when the work ends.
 */
const QUIET_MS = 1000;

export interface ProgressLine {
  /** Reports how far the work is; `total` when it is known. */
  update(done: number, total?: number): void;
  /** Ends the line; says how far it got if anything was said before. */
  finish(): void;
}

export function progressLine(what: string, write: (line: string) => void, now: () => number = Date.now): ProgressLine {
  const started = now();
  let lastWritten = 0;
  let said = false;
  let last = '';
  const text = (done: number, total?: number) =>
    `${what}: ${done.toLocaleString('en-US')}${total === undefined ? '' : ` of ${total.toLocaleString('en-US')}`}`;
  return {
    update(done, total) {
      last = text(done, total);
      const at = now();
      if (at - started < QUIET_MS || at - lastWritten < QUIET_MS) return;
      write(`${last}…`);
      lastWritten = at;
      said = true;
    },
    finish() {
      if (said) write(`${last}, done`);
    },
  };
}
