/**
 * The dialog a memo is written in, new or again. Its text comes first, where the focus goes, so
 * a quick memo is typed straight in; its title after, optional. A memo written before opens with
 * its text to read and change (a segment's memo opened empty, and saving it wrote a second);
 * emptied, it is deleted (services/memos.ts), which the dialog says under the text.
 */
import type { Memo, MemoTarget } from '../../shared/entities.js';
import { call } from './api.js';
import type { Act } from './app-context.js';
import type { ModalRequest } from './components/modal.js';
import { t } from './i18n/index.js';

/** The most of a quote a dialog shows above its fields: a coded paragraph would push them off the screen. */
const QUOTE_SHOWN = 300;

export const shortQuote = (quote: string) => (quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote);

/** A passage of a document, in code points, that a new memo is written on (memos.createOnPassage). */
export interface MemoPassage {
  documentId: number;
  start: number;
  end: number;
}

export type MemoDialogOptions = {
  title: string;
  /** What the memo is on: wanted for a new one (a memo changed keeps its links, or has none left). */
  target?: MemoTarget;
  /** Or the passage a new memo is on, which it makes a segment (uncoded text has none). */
  passage?: MemoPassage;
  /** The memo to show and change; none for a new one. */
  memo?: Memo | undefined;
  /** What the memo is on, shown above the fields: a segment's or a passage's words. */
  quote?: string;
  /** A new memo's title. */
  name?: string;
} & ({ target: MemoTarget } | { passage: MemoPassage } | { memo: Memo });

/** `announce`: says «Memo saved» once it is, to a screen reader (the dialog closing says nothing of it). */
export function memoDialog(act: Act, { title, target, passage, memo, quote, name = '' }: MemoDialogOptions, announce: (text: string) => void): ModalRequest {
  const said = (written: boolean) => {
    if (written) announce(t('memoDialogs.saved'));
  };
  return {
    title,
    ...(quote !== undefined && { message: shortQuote(quote) }),
    fields: [
      { kind: 'text', name: 'text', label: t('memos.text'), value: memo?.text ?? '', multiline: true, ...(memo && { hint: t('memoDialogs.clearToDelete') }) },
      { kind: 'text', name: 'name', label: t('memos.name'), value: memo?.name ?? name },
    ],
    onSubmit: (values) => {
      const text = String(values.text);
      const titled = String(values.name);
      if (!memo) {
        // Nothing written, nothing kept (the services refuse a memo without text).
        if (!text.trim()) return;
        if (target) void act(() => call('memos.create', { target, name: titled, text })).then(said);
        else if (passage) void act(() => call('memos.createOnPassage', { ...passage, name: titled, text })).then(said);
      } else if (text !== memo.text || titled !== memo.name) {
        // OK on a memo left as it was is no step to undo.
        // Emptied, it is deleted, which the message bar says.
        void act(() => call('memos.update', { id: memo.id, name: titled, text }), () => (text.trim() ? null : t('memoDialogs.deleted'))).then(
          (written) => said(written && text.trim() !== ''),
        );
      }
    },
  };
}

/** Asks before a memo is deleted (one undoable step: undo brings it back with its links). */
export function memoDeleteDialog(act: Act, memo: Memo): ModalRequest {
  return {
    title: t('memos.deleteTitle'),
    message: memo.name || memo.text.slice(0, 80),
    okLabel: t('common.delete'),
    danger: true,
    onSubmit: () => void act(() => call('memos.delete', { id: memo.id })),
  };
}
