/**
 * An interrupted import's notice in the reader's language (features/interruptedImports.ts), for
 * the app's notice and the command line's line alike: what stopped and when, then its files by
 * outcome, each list cut to the names the project gives and counted. A run another CaseCoder is
 * still doing on this computer (InterruptedImport.status) is said as running, with no files: they
 * may still be coming in. One begun on another computer is said as begun there, with its files:
 * whether it still runs only that computer can tell, and a project copied from it was most likely
 * cut short there.
 */
import type { InterruptedImport } from '../entities.js';
import { formatMoment } from '../locale-format.js';
import type { Words } from './error-text.js';

export interface InterruptedImportText {
  title: string;
  /** What stopped, and when. */
  what: string;
  /** Its files by outcome: the label, then the names shown ("… and 3 more" when there are more). */
  lists: { outcome: 'done' | 'pending' | 'refused'; label: string; names: string }[];
  /** What to do about it. */
  hint: string;
}

export function interruptedImportText(words: Words, language: string, run: InterruptedImport): InterruptedImportText {
  const when = formatMoment(run.startedAt, language);
  const merge = run.kind === 'merge';
  if (run.status === 'running') {
    return {
      title: words.t(merge ? 'interruptedImports.runningMergeTitle' : 'interruptedImports.runningTitle'),
      what: words.t(`interruptedImports.running.${run.kind}`, { when }),
      lists: [],
      hint: words.t('interruptedImports.running.hint'),
    };
  }
  const elsewhere = run.status === 'elsewhere';
  const list = (outcome: 'done' | 'pending' | 'refused') => {
    const count = run.files[outcome];
    const shown = run.names[outcome];
    const more = count > shown.length ? [words.t('interruptedImports.more', { count: count - shown.length })] : [];
    const label = merge && outcome === 'pending' ? words.t('interruptedImports.pendingMerge') : words.t(`interruptedImports.${outcome}`, { count });
    return { outcome, label, names: [...shown, ...more].join(', '), count };
  };
  return {
    title: words.t(merge ? 'interruptedImports.mergeTitle' : 'interruptedImports.title'),
    what: elsewhere ? words.t(`interruptedImports.elsewhere.${run.kind}`, { when, host: run.host }) : words.t(`interruptedImports.${run.kind}`, { when }),
    lists: [list('done'), list('pending'), list('refused')].filter((l) => l.count > 0).map(({ count: _count, ...l }) => l),
    hint: [
      ...(elsewhere ? [words.t('interruptedImports.elsewhere.hint')] : []),
      words.t(run.kind === 'documents' ? 'interruptedImports.againDocuments' : 'interruptedImports.againExchange'),
    ].join(' '),
  };
}

/** The whole notice on one line, for the command line. */
export function interruptedImportLine(words: Words, language: string, run: InterruptedImport): string {
  const text = interruptedImportText(words, language, run);
  const parts = [text.what, ...text.lists.map((l) => `${l.label} ${l.names}.`), text.hint];
  // A run still running here is not dismissed; the others are, here by `casecoder imports PROJECT --dismiss`.
  return words.t(run.status === 'running' ? 'interruptedImports.commandLineRunning' : 'interruptedImports.commandLine', { text: parts.join(' ') });
}
