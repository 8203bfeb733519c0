/**
 * What a memo in the memo list is on. A case, or a document, is named as lists of several cases
 * name them (case-label.ts, source-label.ts): «К: 4» did not say which group's case 4, nor
 * «К: 4 — Positive facts» which group's document. A passage (a segment, a coding) is its quote
 * followed by where it is, named so too: a quote alone did not tell two like ones apart.
 */
import type { MemoListRow } from '../../shared/entities.js';
import { caseLabelByName } from './case-label.js';
import { t } from './i18n/index.js';
import { sourceLabel } from './source-label.js';

export function memoTarget(
  memo: Pick<MemoListRow, 'targetKind' | 'targetLabel' | 'caseName' | 'groupName' | 'documentName'>, groups: readonly { id: number; name: string }[],
): string | null {
  if (memo.caseName === null || memo.targetLabel === null) return memo.targetLabel;
  const caseShown = caseLabelByName(memo.caseName, memo.groupName, groups);
  if (memo.targetKind === 'case') return caseShown;
  if (memo.targetKind === 'document' || memo.documentName === null) return sourceLabel(memo.caseName, memo.targetLabel, caseShown);
  return t('memoList.passageIn', { passage: memo.targetLabel, source: sourceLabel(memo.caseName, memo.documentName, caseShown) });
}
