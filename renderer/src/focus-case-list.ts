/**
 * The focus after a case or a document is deleted: on a case's button in the case list (the case
 * after the deleted one, else the one before it, or a deleted document's case), else on the
 * list's first button. The focused Delete button went with what it deleted and the focus fell to
 * the page: the next Tab went on from where the button had been, into the codebook.
 */
export function focusCaseInList(caseId: number | null): void {
  const list = document.querySelector('.case-list');
  const button = caseId === null ? null : list?.querySelector<HTMLElement>(`button[data-case-id="${caseId}"]`);
  if (button) button.focus();
  // The list draws only the cases in view: one scrolled away is scrolled to, then focused.
  else if (caseId === null || !revealCase?.(caseId)) list?.querySelector<HTMLElement>('button')?.focus();
}

let revealCase: ((caseId: number) => boolean) | null = null;

/**
 * Set by the case list while it is shown: scrolls to a case and focuses its button once drawn,
 * or says false when the list has no such case. Returns the call that unsets it.
 */
export function setCaseRevealer(reveal: (caseId: number) => boolean): () => void {
  revealCase = reveal;
  return () => {
    if (revealCase === reveal) revealCase = null;
  };
}

/** The case to focus once `caseId` is gone: the next in list order, else the one before. */
export function neighbourCase(order: readonly { id: number }[], caseId: number): number | null {
  const at = order.findIndex((c) => c.id === caseId);
  if (at < 0) return null;
  return (order[at + 1] ?? order[at - 1])?.id ?? null;
}
