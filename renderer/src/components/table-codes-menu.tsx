/**
 * Which codes of a table's framework select are shown (review-study-1207 #4: the study's Table 3
 * is STEEPL × Positive/Negative, without Forecast): a menu of boxes beside the select, one per
 * code, open while several are ticked. It names how many are shown once any is left out, so
 * the choice is seen without opening it; the last code ticked cannot be unticked (a table of
 * no columns). Keyboard and screen reader as the other menus (drop-menu.tsx).
 */
import { useMemo } from 'react';
import { codeTree } from '../../../shared/code-tree.js';
import type { Codebook } from '../../../shared/entities.js';
import { t } from '../i18n/index.js';
import { selectCodes, type FrameworkChoice } from '../table-frameworks.js';
import { DropMenu } from './drop-menu.js';

export function TableCodesMenu({ codebook, choice, of, leftOut, onToggle }: {
  codebook: Codebook;
  /** The select's framework, or all of them. */
  choice: FrameworkChoice;
  /** The select's name (Columns, Rows, Codes), which the menu's name carries. */
  of: string;
  leftOut: readonly number[];
  onToggle(codeId: number): void;
}) {
  // In codebook order, sub-codes under their parents; with every framework, each code by its path.
  const entries = useMemo(() => {
    const tree = codeTree(codebook);
    return selectCodes(choice, tree.entries.map((entry) => ({ ...entry, id: entry.code.id, frameworkId: entry.code.frameworkId })));
  }, [codebook, choice]);
  const away = entries.filter((entry) => leftOut.includes(entry.id)).length;
  const label = away === 0 ? t('tables.codesChoice') : t('tables.codesShown', { shown: entries.length - away, total: entries.length });
  return (
    <DropMenu label={label} title={t('tables.codesChoiceOf', { choice: label, of })} className={away === 0 ? 'column-menu codes-menu' : 'column-menu codes-menu some-left-out'}>
      {entries.map((entry) => {
        const shown = !leftOut.includes(entry.id);
        return (
          // A click on a box is not a chosen action: the menu stays open for the next.
          <label key={entry.id} onClick={(event) => event.stopPropagation()} style={choice === 'all' ? undefined : { paddingLeft: `${8 + entry.depth * 16}px` }}>
            <input type="checkbox" checked={shown} disabled={shown && away === entries.length - 1} onChange={() => onToggle(entry.id)} />{' '}
            <span data-user-data="code-path">{choice === 'all' ? entry.path : entry.code.name}</span>
          </label>
        );
      })}
    </DropMenu>
  );
}
