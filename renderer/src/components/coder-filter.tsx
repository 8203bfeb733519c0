/**
 * The coder a list or table is narrowed to, picked from the project's coders: typed, a name
 * spelt another way («айгерим», «Aigerim») matched nobody and left an empty table, exportable.
 */
import { useEffect, useState } from 'react';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';

/** The project's coders' names, read again whenever the project changes. */
export function useCoders(): string[] {
  const { revision } = useApp();
  const [coders, setCoders] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    void call('coders.list', {}).then((names) => current && setCoders(names));
    return () => {
      current = false;
    };
  }, [revision]);
  return coders;
}

export function CoderFilter({ value, onChange }: { value: string; onChange(coder: string): void }) {
  const coders = useCoders();
  return (
    <select aria-label={t('segments.filterCoder')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('segments.allCoders')}</option>
      {coders.map((name) => <option key={name} value={name} data-user-data="coder">{name}</option>)}
    </select>
  );
}
