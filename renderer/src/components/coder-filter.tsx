/**
 * The coder a list or table is narrowed to, picked from the project's coders: typed, a name
 * spelt another way («айгерим», «Aigerim») matched nobody and left an empty table, exportable.
 */
import { t } from '../i18n/index.js';
import { NO_ROWS, useCall } from '../use-call.js';

/** The project's coders' names, read again whenever the project changes. */
export function useCoders(): string[] {
  return useCall('coders.list', {}) ?? NO_ROWS;
}

/** `coders`: useCoders()'s, read by the view, which may need them too (the tables' note on two coders). */
export function CoderFilter({ value, coders, onChange }: { value: string; coders: readonly string[]; onChange(coder: string): void }) {
  return (
    <select aria-label={t('segments.filterCoder')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('segments.allCoders')}</option>
      {coders.map((name) => <option key={name} value={name} data-user-data="coder">{name}</option>)}
    </select>
  );
}
