import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api.js';
import { t } from '../i18n/index.js';
import type { Act } from '../app-context.js';
import { DialogFrame } from './dialog-frame.js';
import { failureText } from '../failure-text.js';

/**
 * Opening a project: recent projects and those in the CaseCoder folder, one click each, or a
 * path typed in (the UI cannot browse the disk in browser mode).
 */
export function OpenProjectDialog({ act, onClose }: { act: Act; onClose(): void }) {
  const [lists, setLists] = useState<{ recent: string[]; workspace: string[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [path, setPath] = useState('');

  useEffect(() => {
    // Without the lists, a path can still be typed in.
    call('project.list', {}).then(setLists, (error: unknown) => setProblem(failureText(error)));
  }, []);

  const open = (target: string) => {
    onClose();
    void act(() => call('project.open', { path: target }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) open(path.trim());
  };
  const others = lists?.workspace.filter((p) => !lists.recent.includes(p)) ?? [];

  return (
    <DialogFrame className="open-project" label={t('project.openTitle')} onSubmit={submit} onEscape={onClose}>
      <h2>{t('project.openTitle')}</h2>
      {problem ? <p className="hint" role="alert">{problem}</p> : lists === null && <p className="hint">{t('common.loading')}</p>}
      {lists && lists.recent.length + others.length === 0 && <p className="hint">{t('project.noRecent')}</p>}
      {[{ title: t('project.recent'), paths: lists?.recent ?? [] }, { title: t('project.inWorkspace'), paths: others }]
        .filter((section) => section.paths.length > 0)
        .map((section) => (
          <section key={section.title}>
            <h3>{section.title}</h3>
            <ul className="recent">
              {section.paths.map((p) => (
                <li key={p}>
                  <button type="button" className="link" data-user-data="path" onClick={() => open(p)}>{p}</button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      <div className="field">
        <label htmlFor="open-path">{t('project.orPath')}</label>
        {/* Under the label, not as the field's placeholder: at 1366 px the dialog showed half of it
            («Имя (файл сохранится в папке CaseCoder) или полн»), and it went once typing began. */}
        <p className="hint" id="open-path-hint">{t('project.openPathHint')}</p>
        <input id="open-path" value={path} onChange={(e) => setPath(e.target.value)} aria-describedby="open-path-hint" />
      </div>
      <div className="modal-buttons">
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={!path.trim()}>{t('project.open')}</button>
      </div>
    </DialogFrame>
  );
}
