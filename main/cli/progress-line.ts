/**
 * The command line's progress line on stderr, for work that may take long: silent for the first second (quick work stays
 * quiet), then at most one line a second, and a last line when the work ends. In the system's language (messages.ts).
 */
import type { JobStage } from '../../shared/contract.js';
import type { Words } from '../../shared/i18n/error-text.js';

const QUIET_MS = 1000;

export interface ProgressLine {
  /** Reports how far the work is; `total` when it is known (0: not yet); `stage` once the count no longer moves. */
  update(done: number, total?: number, stage?: JobStage): void;
  /** Ends the line; says how far it got if anything was said before. */
  finish(): void;
}

/**
 * Writes through `write` only when `toTerminal`: the line is for a person watching, and a
 * script reading stderr should find there warnings and errors alone.
 */
export function progressLine(
  what: string, words: Words, write: (line: string) => void, toTerminal: boolean, now: () => number = Date.now,
): ProgressLine {
  const started = now();
  let lastWritten = 0;
  let said = false;
  let last = { done: 0, total: undefined as number | undefined, stage: undefined as JobStage | undefined };
  const text = (done: number, total?: number) => words.t(total ? 'commandLine.progressOf' : 'commandLine.progress', { what, done, total });
  return {
    update(done, total, stage) {
      // A new stage is said at once: the count stands still through it.
      const newStage = stage !== last.stage;
      last = { done, total, stage };
      const at = now();
      if (!toTerminal || at - started < QUIET_MS || (!newStage && at - lastWritten < QUIET_MS)) return;
      write(words.t(stage === 'finishing' ? 'commandLine.finishing' : 'commandLine.running', { progress: text(done, total) }));
      lastWritten = at;
      said = true;
    },
    finish() {
      if (said) write(words.t('commandLine.done', { progress: text(last.done, last.total) }));
    },
  };
}
