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
 * codebook, the coding menu, the picker and the digit keys.
 */
export function useApplyCode(): (codeId: number, span?: Span) => void {
  const { currentSelection, act, ask, session, data, announce, showError } = useApp();
  return (codeId, span) => {
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
    const code = data.codebook.codes.find((c) => c.id === codeId);
    const framework = data.codebook.frameworks.find((f) => f.id === code?.frameworkId);
    // Said from inside the action, so a coding done again once Who is coding? is answered is said too.
    void act(async () => {
      await call('coding.apply', { ...selection, codeId });
      // An exclusive framework's code takes the place of another of its codes on the span: said so.
      if (code) announce(t(framework?.exclusive ? 'coding.appliedExclusive' : 'coding.applied', { code: code.name, framework: framework?.name ?? '' }));
    });
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

function useOthersCodingGuard(kind: keyof typeof othersCodingQuestion): (coding: Coding, codeName: string, action: () => Promise<unknown>, done?: () => void) => void {
  const { act, ask, session } = useApp();
  const me = session.coderName;
  return useCallback(
    (coding, codeName, action, done) => {
      const run = () => void act(action).then(() => done?.());
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
    [act, ask, me, kind],
  );
}

/** Removes a coding; another coder's after asking (useOthersCodingGuard). */
export function useRemoveCoding(): (coding: Coding, codeName: string, done?: () => void) => void {
  const guard = useOthersCodingGuard('remove');
  return useCallback((coding, codeName, done) => guard(coding, codeName, () => call('coding.remove', { codingId: coding.id }), done), [guard]);
}

/** Changes a coding to another code in one undoable step; another coder's after asking (useOthersCodingGuard). */
export function useChangeCoding(): (coding: Coding, codeName: string, codeId: number, done?: () => void) => void {
  const guard = useOthersCodingGuard('change');
  return useCallback((coding, codeName, codeId, done) => guard(coding, codeName, () => call('coding.change', { codingId: coding.id, codeId }), done), [guard]);
}
