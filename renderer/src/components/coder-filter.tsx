/**
 * The coder a list or table is narrowed to, picked from the project's coders: typed, a name
 * spelt another way («айгерим», «Aigerim») matched nobody and left an empty table, exportable.
 */
import { t } from '../i18n/index.js';
import { NO_ROWS, useCall } from '../use-call.js';

/** The project's coders' names, read again whenever the project changes. */
/** `people`: not the case table's pre-coding (shared/case-table-coder.ts), for agreement and tables. */
export function useCoders(people = false): string[] {
  return useCall('coders.list', people ? { people } : {}) ?? NO_ROWS;
}

/**
 * `coders`: useCoders()'s, read by the view, which may need them too (the tables' note on two
 * coders). The coder chosen is listed even when not among them (before they come, or once their
 * last segment is gone): else the select showed «all coders» over a list or table of one coder's.
 */
export function CoderFilter({ value, coders, onChange }: { value: string; coders: readonly string[]; onChange(coder: string): void }) {
  const listed = value === '' || coders.includes(value) ? coders : [...coders, value];
  return (
    <select aria-label={t('segments.filterCoder')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('segments.allCoders')}</option>
      {listed.map((name) => <option key={name} value={name} data-user-data="coder">{name}</option>)}
    </select>
  );
}
