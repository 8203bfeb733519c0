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
