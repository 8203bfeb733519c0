import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/entities.js';
import { call } from '../api.js';
import { formatDate, t } from '../i18n/index.js';
import type { Act } from '../app-context.js';
import { DialogFrame } from './dialog-frame.js';
import { failureText } from '../failure-text.js';

/** The open project's snapshots, newest first; restoring one keeps the current state as a snapshot. */
export function BackupsDialog({ act, onClose }: { act: Act; onClose(): void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    call('backups.list', {}).then(setBackups, (error: unknown) => setProblem(failureText(error)));
  }, []);

  const restore = (backup: BackupInfo) => {
    onClose();
    // Said once done: the dialog closes and the project changes under the user's eyes.
    void act(() => call('backups.restore', { path: backup.path }), () => t('backups.restored', { date: formatDate(backup.createdAt) }));
  };

  return (
    <DialogFrame className="backups" label={t('backups.title')} onEscape={onClose}>
      <h2>{t('backups.title')}</h2>
      <p>{t('backups.explain')}</p>
      {problem ? <p className="hint" role="alert">{problem}</p> : backups === null && <p className="hint">{t('common.loading')}</p>}
      {backups?.length === 0 && <p className="hint">{t('backups.none')}</p>}
      <table className="sheet">
        <tbody>
          {backups?.map((backup) => (
            <tr key={backup.path}>
              <td>{formatDate(backup.createdAt)}</td>
              <td>{t(`backups.reasons.${backup.reason}`)}</td>
              <td>{t('backups.size', { kb: Math.ceil(backup.bytes / 1024) })}</td>
              <td><button onClick={() => restore(backup)}>{t('backups.restore')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-buttons">
        <button onClick={onClose}>{t('common.close')}</button>
      </div>
    </DialogFrame>
  );
}
