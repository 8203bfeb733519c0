/**
 * The sheet's groups the project spells otherwise or lacks, each put by the user into a group
 * of the project or left to make a new one: a sheet written in English (Programmers) fills the
 * project's Бағдарламашылар instead of making its cases again. A group that is the project's but
 * for capitals and spaces starts in it and cannot be new, as the import would not make it.
 */
import type { Group } from '../../../shared/entities.js';
import type { SheetGroupChoice } from '../../../shared/sheet-group-map.js';
import { t } from '../i18n/index.js';

/** `chosen`: the name of the project's group a sheet's group goes to, '' for a new group. */
export function SheetGroupMapField({ choices, groups, chosen, onChoose }: {
  choices: readonly SheetGroupChoice[];
  groups: readonly Group[];
  chosen(choice: SheetGroupChoice): string;
  onChoose(choice: SheetGroupChoice, group: string): void;
}) {
  // A project without groups has none to map onto: each of the sheet's is simply made.
  if (choices.length === 0 || groups.length === 0) return null;
  return (
    <fieldset className="field sheet-group-map" data-testid="sheet-group-map">
      <legend>{t('sheets.groupMap')}</legend>
      <p className="hint">{t('sheets.groupMapHint')}</p>
      {choices.map((choice) => (
        <div key={choice.name} className="sheet-group-map-row">
          <span>
            <span data-user-data="group">{choice.name}</span> <span className="hint">({t('sheets.groupMapCases', { count: choice.cases })})</span>
          </span>
          <select
            aria-label={t('sheets.groupMapInto', { group: choice.name })} value={chosen(choice)}
            onChange={(e) => onChoose(choice, e.target.value)}
          >
            {!choice.sameAs && <option value="">{t('sheets.newGroup', { group: choice.name })}</option>}
            {groups.map((g) => <option key={g.id} value={g.name} data-user-data="group">{g.name}</option>)}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
