/**
 * Ctrl+K: every code of every framework by its path, filtered as the user types (all words,
 * any order, case-insensitive); arrows choose, Enter applies the code to the selection.
 */
import { useMemo, useState } from 'react';
import { codeTree } from '../../../shared/code-tree.js';
import { useApp } from '../app-context.js';
import { useApplyCode, type Span } from '../coding-actions.js';
import { t } from '../i18n/index.js';
import { DialogFrame } from './dialog-frame.js';

export function CodePicker({ span, onClose }: { span: Span | null; onClose(): void }) {
  const { data, language } = useApp();
  const applyCode = useApplyCode();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(() => codeTree(data.codebook).entries, [data.codebook]);
  const colors = useMemo(() => new Map(data.codebook.codes.map((c) => [c.id, c.color])), [data.codebook.codes]);
  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
    return entries.filter((e) => {
      const path = e.path.toLocaleLowerCase(language);
      return words.every((w) => path.includes(w));
    });
  }, [entries, query, language]);
  const chosen = Math.min(active, matches.length - 1);

  const apply = (codeId: number) => {
    onClose();
    applyCode(codeId, span ?? undefined);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive(Math.min(chosen + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(chosen - 1, 0));
    else if (event.key === 'Enter' && matches[chosen]) apply(matches[chosen].code.id);
    else return;
    event.preventDefault();
  };

  return (
    <DialogFrame className="code-picker" label={t('codingTools.pickerTitle')} onKeyDown={onKeyDown} onEscape={onClose} onBackdrop={onClose}>
      <h2>{t('codingTools.pickerTitle')}</h2>
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="code-picker-list"
        aria-activedescendant={matches[chosen] ? `pick-${matches[chosen].code.id}` : undefined}
        aria-label={t('codingTools.pickerLabel')}
        // The keys it takes are said with it, not only shown under it.
        aria-describedby="code-picker-hint"
        placeholder={t('codingTools.pickerLabel')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <p className="hint" id="code-picker-hint">{t('codingTools.pickerHint')}</p>
      <ul id="code-picker-list" role="listbox" aria-label={t('codingTools.pickerTitle')}>
        {matches.map((entry, i) => (
          <li
            key={entry.code.id}
            id={`pick-${entry.code.id}`}
            role="option"
            aria-selected={i === chosen}
            className={i === chosen ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => apply(entry.code.id)}
          >
            <span className="swatch" style={{ background: colors.get(entry.code.id) }} />
            <span data-user-data="code-path">{entry.path.split('/').join(' › ')}</span>
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="hint">{t('codingTools.pickerNone')}</p>}
    </DialogFrame>
  );
}
