import { useState } from 'react';
import type { SessionState } from '../../../shared/entities.js';
import { call } from '../api.js';
import { currentLanguage, t } from '../i18n/index.js';
import type { Field, ModalRequest } from './modal.js';
import { OpenProjectDialog } from './open-project-dialog.js';
import type { Act } from '../app-context.js';

/** Asks for a project path (a bare name lands in the workspace folder), then acts on it. */
export function askProjectPath(ask: (r: ModalRequest) => void, act: Act, purpose: 'create' | 'saveCopy') {
  const path: Field = { kind: 'text', name: 'path', label: t('project.path') };
  // A second coder codes the same material blind (inter-coder agreement): their copy leaves the codings out.
  const withoutCodings: Field = { kind: 'checkbox', name: 'withoutCodings', label: t('projectCopy.withoutCodings') };
  ask({
    title: t(`project.${purpose}Title`),
    message: t('project.pathHint'),
    fields: purpose === 'saveCopy' ? [path, withoutCodings] : [path],
    onSubmit: (values) => {
      // The default codebook comes in the language the user works in; after that its names are the project's.
      if (purpose === 'create') return void act(() => call('project.create', { path: String(values.path), language: currentLanguage() }));
      // The copy is written elsewhere and nothing on screen changes: say where it went, and what kind of copy it is.
      const blind = values.withoutCodings === true;
      let saved = '';
      void act(
        async () => ({ path: saved } = await call('project.saveCopy', { path: String(values.path), withoutCodings: blind })),
        () => t(blind ? 'projectCopy.savedWithoutCodings' : 'project.copySaved', { path: saved }),
      );
    },
  });
}

/** Shown when no project is open: recent projects and the ways to start. */
export function ProjectScreen({ session, act, ask }: { session: SessionState; act: Act; ask(r: ModalRequest): void }) {
  const [showOpen, setShowOpen] = useState(false);
  // The project being opened from the list: a large one takes a second or more to show, and the
  // page stood unchanged meanwhile, its link pressed again. Once open this screen goes.
  const [opening, setOpening] = useState<string | null>(null);
  const open = (path: string) => {
    setOpening(path);
    void act(() => call('project.open', { path })).then((opened) => !opened && setOpening(null));
  };
  // The folder is the user's, not a word to translate: it goes into the sentence as its own element.
  const [before, after] = t('project.workspace', { path: '\u0001' }).split('\u0001');
  return (
    <main className="project-screen">
      <h1>{t('project.welcome')}</h1>
      <p>{before}<code data-user-data="path">{session.workspace}</code>{after}</p>
      <div className="menu">
        <button className="primary" onClick={() => askProjectPath(ask, act, 'create')}>{t('project.new')}</button>
        <button onClick={() => setShowOpen(true)}>{t('project.open')}</button>
      </div>
      <h2>{t('project.recent')}</h2>
      {session.recent.length === 0 && <p className="hint">{t('project.noRecent')}</p>}
      <ul className="recent">
        {session.recent.map((path) => (
          <li key={path}>
            <button className="link" data-user-data="path" disabled={opening !== null} onClick={() => open(path)}>{path}</button>
          </li>
        ))}
      </ul>
      {opening !== null && <p className="hint" role="status">{t('project.opening', { path: opening })}</p>}
      {showOpen && <OpenProjectDialog act={act} onClose={() => setShowOpen(false)} />}
    </main>
  );
}
