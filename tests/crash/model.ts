/**
 * What the project must hold after a crash: every row as the acknowledged actions left it, and
 * the undo history they built. It starts from the project as created and takes in each
 * acknowledgement the worker printed.
 */
import type { HistoryEntry } from './rows.mjs';

export type HistoryEvent =
  | { kind: 'none' }
  | { kind: 'step'; id: number | null }
  | { kind: 'undo' | 'redo'; id: number };

export type HistoryKind = HistoryEvent['kind'];

export interface Ack {
  ack: number;
  action: string;
  effect: string;
  history: HistoryEvent;
  rows: Record<string, string | null>;
}

export class ExpectedProject {
  /** For failure messages: which acknowledgement last set each row. */
  private readonly setBy = new Map<string, string>();

  constructor(
    public rows: Map<string, string>,
    public history: HistoryEntry[],
  ) {}

  apply(ack: Ack): void {
    const history = nextHistory(this.history, ack.history);
    if (history === null) {
      throw new Error(`ack ${ack.ack} (${ack.action}) moved the history by ${JSON.stringify(ack.history)}, which the acknowledged history ${describeHistory(this.history)} does not allow`);
    }
    this.history = history;
    for (const [key, hash] of Object.entries(ack.rows)) {
      if (hash === null) this.rows.delete(key);
      else this.rows.set(key, hash);
      this.setBy.set(key, `ack ${ack.ack} ${ack.action}: ${ack.effect}`);
    }
  }

  /** Takes the recovered project as the new expectation, once it has been checked. */
  adopt(rows: Map<string, string>, history: HistoryEntry[]): void {
    this.rows = rows;
    this.history = history;
  }

  origin(key: string): string {
    return this.setBy.get(key) ?? 'the project as created';
  }
}

/** The history after an event, or null when the event cannot follow this history. */
export function nextHistory(history: HistoryEntry[], event: HistoryEvent): HistoryEntry[] | null {
  const done = history.filter((s) => !s.undone);
  const lastDone = done.at(-1);
  switch (event.kind) {
    case 'none':
      return history;
    case 'step':
      // A new step discards the redo stack; a step that changed nothing leaves all as it was.
      if (event.id === null) return history;
      return event.id > (lastDone?.id ?? 0) ? [...done, { id: event.id, undone: false }] : null;
    case 'undo':
      return lastDone?.id === event.id ? history.map((s) => (s.id === event.id ? { id: s.id, undone: true } : s)) : null;
    case 'redo':
      return history.find((s) => s.undone)?.id === event.id ? history.map((s) => (s.id === event.id ? { id: s.id, undone: false } : s)) : null;
  }
}

/** The event of a given kind that could have taken `from` to `to`, if any. */
export function explainHistory(from: HistoryEntry[], to: HistoryEntry[], kind: HistoryKind): HistoryEvent | null {
  const candidates: HistoryEvent[] = [];
  const lastDone = from.filter((s) => !s.undone).at(-1);
  const firstUndone = from.find((s) => s.undone);
  if (kind === 'step') candidates.push({ kind: 'step', id: null }, { kind: 'step', id: to.at(-1)?.id ?? 0 });
  if (kind === 'undo' && lastDone) candidates.push({ kind: 'undo', id: lastDone.id });
  if (kind === 'redo' && firstUndone) candidates.push({ kind: 'redo', id: firstUndone.id });
  return candidates.find((event) => sameHistory(nextHistory(from, event), to)) ?? null;
}

export function sameHistory(a: HistoryEntry[] | null, b: HistoryEntry[]): boolean {
  return a !== null && a.length === b.length && a.every((s, i) => s.id === b[i]!.id && s.undone === b[i]!.undone);
}

export function describeHistory(history: HistoryEntry[]): string {
  const done = history.filter((s) => !s.undone).map((s) => s.id);
  const undone = history.filter((s) => s.undone).map((s) => s.id);
  const tail = (ids: number[]) => (ids.length > 6 ? `…${ids.slice(-6).join(',')}` : ids.join(','));
  return `(${done.length} done [${tail(done)}], ${undone.length} undone [${undone.slice(0, 6).join(',')}])`;
}
