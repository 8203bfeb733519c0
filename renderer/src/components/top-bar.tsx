import { useState } from 'react';
import type { HistoryState, SessionState } from '../../../shared/entities.js';
import type { MergePlan } from '../../../shared/merge.js';
import { call, fileToBase64 } from '../api.js';
import { FilePicker } from './file-picker.js';
import { DropMenu } from './drop-menu.js';
import { LanguagePicker } from './language-picker.js';
import { BackupsDialog } from './backups-dialog.js';
import { ExchangeMenu } from './exchange-menu.js';
import { OpenProjectDialog } from './open-project-dialog.js';
import { MergeDialog } from './merge-dialog.js';
import { t } from '../i18n/index.js';
import type { ModalRequest } from './modal.js';
import { askProjectPath } from './project-screen.js';

interface Props {
  session: SessionState;
  history: HistoryState | null;
  onHistory(direction: 'undo' | 'redo'): void;
  act(change: () => Promise<unknown>): Promise<boolean>;
  ask(request: ModalRequest): void;
}

export function TopBar({ session, history, onHistory, act, ask }: Props) {
  const project = session.project;
  const [mergePlan, setMergePlan] = useState<MergePlan | null>(null);
  const [showBackups, setShowBackups] = useState(false);
  const [showOpen, setShowOpen] = useState(false);
  const planMerge = (file: File) =>
    void act(async () => setMergePlan(await call('merge.plan', { fileName: file.name, content: await fileToBase64(file) })));
  const changeCoder = () =>
    ask({
      title: t('coder.title'),
      fields: [{ kind: 'text', name: 'name', label: t('coder.name'), value: session.coderName ?? '' }],
      onSubmit: ({ name }) => void act(() => call('session.setCoder', { name: String(name) })),
    });

  return (
    <>
    <header className="top-bar">
      <strong className="brand" data-untranslated="brand">CaseCoder</strong>
      <span className="project-name" title={project?.path} data-user-data="project">{project?.name ?? t('project.none')}</span>
      <nav className="menu" aria-label={t('menu.label')}>
        <DropMenu label={t('menu.file')}>
          <button onClick={() => askProjectPath(ask, act, 'create')}>{t('project.new')}</button>
          <button onClick={() => setShowOpen(true)}>{t('project.open')}</button>
          {project && <button onClick={() => askProjectPath(ask, act, 'saveCopy')}>{t('project.saveCopy')}</button>}
          {project && <button onClick={() => setShowBackups(true)}>{t('backups.button')}</button>}
          {project && <button onClick={() => void act(() => call('project.close', {}))}>{t('project.close')}</button>}
        </DropMenu>
        {project && (
          <DropMenu label={t('menu.exchange')}>
            <FilePicker label={t('merge.button')} accept=".casecoder,.qdpx,.qde" onFile={planMerge} />
            <ExchangeMenu act={act} ask={ask} />
          </DropMenu>
        )}
      </nav>
      {history && (
        <div className="history">
          <button
            disabled={!history.canUndo}
            onClick={() => onHistory('undo')}
            title={history.undoLabel ? t('history.undoWhat', { what: t(`history.step.${history.undoLabel}`) }) : undefined}
          >
            {t('history.undo')}
          </button>
          <button
            disabled={!history.canRedo}
            onClick={() => onHistory('redo')}
            title={history.redoLabel ? t('history.redoWhat', { what: t(`history.step.${history.redoLabel}`) }) : undefined}
          >
            {t('history.redo')}
          </button>
        </div>
      )}
      <LanguagePicker />
      <button className="coder" onClick={changeCoder} title={t('coder.change')}>
        {t('coder.label')}: <span data-user-data="coder">{session.coderName ?? '—'}</span>
      </button>
    </header>
    {showOpen && <OpenProjectDialog act={act} onClose={() => setShowOpen(false)} />}
    {showBackups && <BackupsDialog act={act} onClose={() => setShowBackups(false)} />}
    {mergePlan && <MergeDialog plan={mergePlan} act={act} onClose={() => setMergePlan(null)} />}
    </>
  );
}
