import { useState } from 'react';
import type { MergeChoices, MergeCounts, MergePlan } from '../../../shared/merge.js';
import { call } from '../api.js';
import { t, words } from '../i18n/index.js';
import { mergedText } from '../../../shared/i18n/merge-counts-text.js';
import { refusalExamples, refusalLine } from '../../../shared/i18n/merge-refusal-text.js';
import type { Act } from '../app-context.js';
import { DialogFrame } from './dialog-frame.js';

/**
 * The merge report: what will be added, what matched, a choice for each conflict, and the
 * teammate's rows that break a rule and so will not be merged.
 */
export function MergeDialog({ plan, act, onClose }: { plan: MergePlan; act: Act; onClose(): void }) {
  const [choices, setChoices] = useState<MergeChoices>(() => Object.fromEntries(plan.conflicts.map((c) => [c.id, c.options[0]!])));
  const kinds = Object.keys(plan.added) as (keyof MergeCounts)[];
  // Merging the open project, or an unchanged copy, into itself: said before Merge, not only after.
  const nothingToAdd = kinds.every((kind) => plan.added[kind] === 0) && plan.conflicts.length === 0 && plan.refused.length === 0;

  const finish = (apply: boolean) => {
    onClose();
    if (!apply) return void act(() => call('merge.cancel', { planId: plan.planId }));
    // What came in may sit in cases and documents not on screen, and what was replaced shows nowhere: say both.
    let merged = plan;
    void act(async () => (merged = await call('merge.apply', { planId: plan.planId, choices })), () => mergedText(words, merged));
  };

  return (
    <DialogFrame className="merge" label={t('merge.title', { source: plan.source })} onEscape={onClose}>
      <h2>{t('merge.title', { source: plan.source })}</h2>
      <table className="sheet merge-counts">
        <thead>
          <tr><th /><th>{t('merge.added')}</th><th>{t('merge.matched')}</th></tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th>{t(`merge.kinds.${kind}`)}</th>
              <td data-testid={`merge-added-${kind}`}>{plan.added[kind]}</td>
              <td>{plan.matched[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nothingToAdd && <p className="message warning" role="status">{t('merge.nothingToAdd')}</p>}
      <h3>{t('merge.conflicts', { count: plan.conflicts.length })}</h3>
      {plan.conflicts.length === 0 && <p className="hint">{t('merge.noConflicts')}</p>}
      <ul className="conflicts">
        {plan.conflicts.map((conflict) => (
          <li key={conflict.id}>
            <p>{t(`merge.conflictText.${conflict.kind}`, conflict.params)}</p>
            {conflict.options.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={conflict.id}
                  checked={choices[conflict.id] === option}
                  onChange={() => setChoices((c) => ({ ...c, [conflict.id]: option }))}
                />{' '}
                {t(`merge.options.${option}`)}
              </label>
            ))}
          </li>
        ))}
      </ul>
      {plan.refused.length > 0 && <RefusedRows refused={plan.refused} />}
      <div className="modal-buttons">
        <button onClick={() => finish(false)}>{t('common.cancel')}</button>
        <button className="primary" onClick={() => finish(true)}>{t('merge.apply')}</button>
      </div>
    </DialogFrame>
  );
}

/** Rows refused by the merge's checks: per table and reason, a count and the first examples. */
function RefusedRows({ refused }: { refused: MergePlan['refused'] }) {
  const total = refused.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="merge-refused" data-testid="merge-refused">
      <h3>{t('mergeRefusals.title', { count: total })}</h3>
      <ul>
        {refused.map((r) => (
          <li key={`${r.table}:${r.reason}`}>
            <p>{refusalLine(words, r)}</p>
            {r.examples.length > 0 && <p className="hint">{refusalExamples(words, r)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
