import { useCallback } from 'react';
import type { Coding } from '../../shared/entities.js';
import { call } from './api.js';
import { useApp } from './app-context.js';
import { t } from './i18n/index.js';
import { noteRecentCode } from './recent-codes.js';

export type Span = { documentId: number; start: number; end: number };

/** Applies a code to the current selection; shared by the codebook, the coding menu, the picker and the digit keys. */
export function useApplyCode(): (codeId: number, span?: Span) => void {
  const { selection: current, act, ask, session } = useApp();
  return (codeId, span) => {
    const selection = span ?? current;
    if (!selection) {
      ask({ title: t('coding.noSelectionTitle'), message: t('coding.noSelection'), notice: true, onSubmit: () => {} });
      return;
    }
    noteRecentCode(session.project?.path ?? '', codeId);
    void act(() => call('coding.apply', { ...selection, codeId }));
  };
}

/** The codes the digit keys 1–9 pick: the active framework's, in codebook order. */
export function useShortcutCodes(): number[] {
  const { data, activeFrameworkId } = useApp();
  return data.codebook.codes.filter((c) => c.frameworkId === activeFrameworkId).slice(0, 9).map((c) => c.id);
}

/**
 * Removes a coding: the coder's own at once (undo brings it back), another coder's only after
 * asking, naming whose it is. In a team project one click must not take a colleague's work away
 * unseen. `done` runs once the coding is gone (not when the question is cancelled).
 */
export function useRemoveCoding(): (coding: Coding, codeName: string, done?: () => void) => void {
  const { act, ask, session } = useApp();
  const me = session.coderName;
  return useCallback(
    (coding, codeName, done) => {
      const remove = () => void act(() => call('coding.remove', { codingId: coding.id })).then(() => done?.());
      if (coding.coder === me) return remove();
      ask({
        title: t('coding.removeOthersTitle', { code: codeName, coder: coding.coder }),
        message: t('coding.removeOthersMessage', { coder: coding.coder }),
        okLabel: t('coding.removeOthersOk'),
        danger: true,
        onSubmit: remove,
      });
    },
    [act, ask, me],
  );
}
