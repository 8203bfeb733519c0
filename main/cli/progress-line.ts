/**
 * The command line's progress line on stderr, for work that may take long: silent for the first second (quick work stays
 * quiet), then at most one line a second, and a last line when the work ends.
 */
const QUIET_MS = 1000;

export interface ProgressLine {
  /** Reports how far the work is; `total` when it is known (0: not yet). */
  update(done: number, total?: number): void;
  /** Ends the line; says how far it got if anything was said before. */
  finish(): void;
}

/**
 * Writes through `write` only when `toTerminal`: the line is for a person watching, and a
 * script reading stderr should find there warnings and errors alone.
 */
export function progressLine(what: string, write: (line: string) => void, toTerminal: boolean, now: () => number = Date.now): ProgressLine {
  const started = now();
  let lastWritten = 0;
  let said = false;
  let last = '';
  const text = (done: number, total?: number) =>
    `${what}: ${done.toLocaleString('en-US')}${total ? ` of ${total.toLocaleString('en-US')}` : ''}`;
  return {
    update(done, total) {
      last = text(done, total);
      const at = now();
      if (!toTerminal || at - started < QUIET_MS || at - lastWritten < QUIET_MS) return;
      write(`${last}…`);
      lastWritten = at;
      said = true;
    },
    finish() {
      if (said) write(`${last}, done`);
    },
  };
}
