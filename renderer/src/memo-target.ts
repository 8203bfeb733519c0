/**
 * What a memo in the memo list is on. A case, or a document, is named as lists of several cases
 * name them (case-label.ts, source-label.ts): «К: 4» did not say which group's case 4, nor
 * «К: 4 — Positive facts» which group's document.
 */
import type { MemoListRow } from '../../shared/entities.js';
import { caseLabelByName } from './case-label.js';
import { sourceLabel } from './source-label.js';

export function memoTarget(memo: Pick<MemoListRow, 'targetKind' | 'targetLabel' | 'caseName' | 'groupName'>, groups: readonly { id: number; name: string }[]): string | null {
  if (memo.caseName === null || memo.targetLabel === null) return memo.targetLabel;
  const caseShown = caseLabelByName(memo.caseName, memo.groupName, groups);
  return memo.targetKind === 'case' ? caseShown : sourceLabel(memo.caseName, memo.targetLabel, caseShown);
}
