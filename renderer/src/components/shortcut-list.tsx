import { t } from '../i18n/index.js';
import { SHORTCUTS } from '../shortcuts.js';
import { DialogFrame } from './dialog-frame.js';

/** The "?" dialog: every shortcut and what it does. */
export function ShortcutList({ onClose }: { onClose(): void }) {
  return (
    <DialogFrame className="shortcut-list" label={t('shortcuts.title')} onEscape={onClose} onBackdrop={onClose}>
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
        <button data-autofocus className="primary" onClick={onClose}>{t('common.close')}</button>
      </div>
    </DialogFrame>
  );
}
