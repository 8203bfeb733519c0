import { useCallback } from 'react';
import type { Coding } from '../../shared/entities.js';
import { call, connectionFailure } from './api.js';
import { useApp, type SelectedSpan } from './app-context.js';
import { t } from './i18n/index.js';
import { noteRecentCode } from './recent-codes.js';

export type Span = SelectedSpan;

/**
 * Applies a code to the span given (the one a menu or the picker was opened for), else to the
 * selection as it is now, read when the code is applied (currentSelection): shared by the
 * codebook, the coding menu, the picker, the digit keys and a segment's card. `done` runs once
 * the code is applied.
 */
export function useApplyCode(): (codeId: number, span?: Span, done?: () => void) => void {
  const { currentSelection, act, ask, session, data, announce, showError } = useApp();
  return (codeId, span, done) => {
    const selection = span ?? currentSelection();
    if (!selection) {
      // While CaseCoder does not answer, nothing can be coded, selected or not: that is what to
      // hear, not "Nothing selected" (a selection lost with a view that could not load is no
      // reason to select again).
      const unanswered = connectionFailure();
      if (unanswered) showError(unanswered);
      else ask({ title: t('coding.noSelectionTitle'), message: t('coding.noSelection'), notice: true, onSubmit: () => {} });
      return;
    }
    noteRecentCode(session.project?.path ?? '', codeId);
    const name = (id: number) => data.codebook.codes.find((c) => c.id === id)?.name;
    // Said from inside the action, so a coding done again once Who is coding? is answered is said too.
    void act(async () => {
      const { replaced } = await call('coding.apply', { ...selection, codeId });
      // An exclusive framework's code takes the place of another of its codes on the span: the
      // one it replaced is named, and none is spoken of where there was none.
      const code = name(codeId);
      const before = replaced.map(name).find((n) => n !== undefined);
      if (code !== undefined) announce(before === undefined ? t('coding.applied', { code }) : t('coding.appliedInPlace', { code, replaced: before }));
    }).then(() => done?.());
  };
}

/** The codes the digit keys 1–9 pick: the active framework's, in codebook order. */
export function useShortcutCodes(): number[] {
  const { data, activeFrameworkId } = useApp();
  return data.codebook.codes.filter((c) => c.frameworkId === activeFrameworkId).slice(0, 9).map((c) => c.id);
}

/**
 * Runs `action` on a coding: on the coder's own at once (undo brings it back), on another
 * coder's only after asking, naming whose it is. In a team project one click must not take a
 * colleague's work away unseen: removing their coding takes it out, changing it replaces it with
 * one of this coder's. `done` runs once the action is done (not when the question is cancelled).
 */
const othersCodingQuestion = {
  remove: { title: 'coding.removeOthersTitle', message: 'coding.removeOthersMessage', ok: 'coding.removeOthersOk' },
  change: { title: 'coding.changeOthersTitle', message: 'coding.changeOthersMessage', ok: 'coding.changeOthersOk' },
} as const;

function useOthersCodingGuard(
  kind: keyof typeof othersCodingQuestion,
): (coding: Coding, codeName: string, action: () => Promise<unknown>, said: string, done?: () => void) => void {
  const { act, ask, session, announce } = useApp();
  const me = session.coderName;
  return useCallback(
    (coding, codeName, action, said, done) => {
      // Said once done, as a coding applied is: a screen reader user hears nothing else of it.
      const run = () => void act(action).then((changed) => {
        if (changed) announce(said);
        done?.();
      });
      if (coding.coder === me) return run();
      const question = othersCodingQuestion[kind];
      ask({
        title: t(question.title, { code: codeName, coder: coding.coder }),
        message: t(question.message, { coder: coding.coder }),
        okLabel: t(question.ok),
        danger: true,
        onSubmit: run,
      });
    },
    [act, ask, announce, me, kind],
  );
}

/** Removes a coding; another coder's after asking (useOthersCodingGuard). */
export function useRemoveCoding(): (coding: Coding, codeName: string, done?: () => void) => void {
  const guard = useOthersCodingGuard('remove');
  return useCallback(
    (coding, codeName, done) => guard(coding, codeName, () => call('coding.remove', { codingId: coding.id }), t('coding.removed', { code: codeName }), done),
    [guard],
  );
}

/** Changes a coding to another code in one undoable step; another coder's after asking (useOthersCodingGuard). */
export function useChangeCoding(): (coding: Coding, codeName: string, codeId: number, done?: () => void) => void {
  const guard = useOthersCodingGuard('change');
  const { data } = useApp();
  return useCallback(
    (coding, codeName, codeId, done) => {
      const to = data.codebook.codes.find((c) => c.id === codeId)?.name ?? '';
      guard(coding, codeName, () => call('coding.change', { codingId: coding.id, codeId }), t('coding.changed', { from: codeName, to }), done);
    },
    [guard, data.codebook.codes],
  );
}
