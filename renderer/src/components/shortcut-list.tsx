import { useEffect, useRef } from 'react';
import { t } from '../i18n/index.js';
import { SHORTCUTS } from '../shortcuts.js';

/** The "?" dialog: every shortcut and what it does. */
export function ShortcutList({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal shortcut-list" role="dialog" aria-label={t('shortcuts.title')}>
        <h2>{t('shortcuts.title')}</h2>
        <table className="sheet">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k) => (
                    <kbd key={k} data-untranslated="key">{k}</kbd>
                  ))}
                </td>
                <td>{t(s.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="modal-buttons">
          <button ref={close} className="primary" onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  );
}
