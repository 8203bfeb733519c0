import { useState } from 'react';
import type { HistoryState, SessionState } from '../../../shared/entities.js';
import type { MenuCommand } from '../../../shared/menu.js';
import type { MergePlan } from '../../../shared/merge.js';
import { call, fileAt } from '../api.js';
import { t } from '../i18n/index.js';
import { refiExchange } from '../refi-exchange.js';
import { BackupsDialog } from './backups-dialog.js';
import { FilePicker } from './file-picker.js';
import { KeepFocusButton } from './keep-focus-button.js';
import { LanguagePicker } from './language-picker.js';
import { MenuBar } from './menu-bar.js';
import { MergeDialog } from './merge-dialog.js';
import type { ModalRequest } from './modal.js';
import { OpenProjectDialog } from './open-project-dialog.js';
import { askProjectPath } from './project-screen.js';
import type { Act } from '../app-context.js';

/** Commands the app as a whole carries out (views, the picker, the shortcut list). */
export type AppCommands = Partial<Record<MenuCommand, () => void>>;

interface Props {
  session: SessionState;
  history: HistoryState | null;
  onHistory(direction: 'undo' | 'redo'): void;
  act: Act;
  ask(request: ModalRequest): void;
  commands: AppCommands;
}

/**
 * An undoable step, named by its label in the history and what it acted on («apply code
 * «Экономические»»); a merge of codes by both codes.
 */
export function stepName(label: string, subject: string | null = null, target: string | null = null): string {
  if (subject !== null && target !== null) return t('history.mergeOf', { subject, target });
  const step = t(`history.step.${label}`);
  return subject === null ? step : t('history.stepOf', { step, subject });
}

export function TopBar({ session, history, onHistory, act, ask, commands }: Props) {
  const project = session.project;
  const [mergePlan, setMergePlan] = useState<MergePlan | null>(null);
  const [showBackups, setShowBackups] = useState(false);
  const [showOpen, setShowOpen] = useState(false);
  const planMerge = (file: File) =>
    void act(async () => setMergePlan(await call('merge.plan', await fileAt(file))));
  const changeCoder = () =>
    ask({
      title: t('coder.title'),
      fields: [{ kind: 'text', name: 'name', label: t('coder.name'), value: session.coderName ?? '' }],
      onSubmit: ({ name }) => void act(() => call('session.setCoder', { name: String(name) })),
    });
  const refi = refiExchange(act, ask);

  const run: AppCommands = {
    'file.new': () => askProjectPath(ask, act, 'create'),
    'file.open': () => setShowOpen(true),
    'file.saveCopy': () => askProjectPath(ask, act, 'saveCopy'),
    'file.backups': () => setShowBackups(true),
    'file.close': () => void act(() => call('project.close', {})),
    'edit.undo': () => onHistory('undo'),
    'edit.redo': () => onHistory('redo'),
    'edit.coder': changeCoder,
    'exchange.exportQda': refi.exportFile,
    ...commands,
  };

  return (
    <>
    <header className="top-bar">
      {/* The page's one level-one heading: the app's name. */}
      <h1 className="brand" data-untranslated="brand">CaseCoder</h1>
      <span className="project-name" title={project?.path} data-user-data="project">{project?.name ?? t('project.none')}</span>
      <MenuBar
        hasProject={!!project}
        actions={{
          run,
          custom: {
            'exchange.merge': <FilePicker label={t('merge.button')} accept=".casecoder,.qdpx,.qde" onFile={planMerge} command="exchange.merge" />,
            'exchange.importQda': <FilePicker label={t('exchange.import')} accept=".qdpx,.qde,.qdc" onFile={refi.importFile} command="exchange.importQda" />,
          },
          disabled: { 'edit.undo': !history?.canUndo, 'edit.redo': !history?.canRedo },
          labels: {
            ...(history?.undoLabel ? { 'edit.undo': t('history.undoItem', { what: stepName(history.undoLabel, history.undoSubject, history.undoTarget) }) } : {}),
            ...(history?.redoLabel ? { 'edit.redo': t('history.redoItem', { what: stepName(history.redoLabel, history.redoSubject, history.redoTarget) }) } : {}),
          },
        }}
      />
      {history && (
        // The button pressed for the last step keeps the focus (KeepFocusButton).
        <div className="history">
          <KeepFocusButton
            inactive={!history.canUndo}
            onPress={() => onHistory('undo')}
            title={history.undoLabel ? t('history.undoWhat', { what: stepName(history.undoLabel, history.undoSubject, history.undoTarget) }) : undefined}
          >
            {t('history.undo')}
          </KeepFocusButton>
          <KeepFocusButton
            inactive={!history.canRedo}
            onPress={() => onHistory('redo')}
            title={history.redoLabel ? t('history.redoWhat', { what: stepName(history.redoLabel, history.redoSubject, history.redoTarget) }) : undefined}
          >
            {t('history.redo')}
          </KeepFocusButton>
        </div>
      )}
      <LanguagePicker />
      {/* The name may be cut short where the bar is narrow: the title gives it whole. */}
      <button className="coder" onClick={changeCoder} title={`${session.coderName ?? '—'}: ${t('coder.change')}`}>
        {t('coder.label')}: <span data-user-data="coder">{session.coderName ?? '—'}</span>
      </button>
    </header>
    {showOpen && <OpenProjectDialog act={act} onClose={() => setShowOpen(false)} />}
    {showBackups && <BackupsDialog act={act} onClose={() => setShowBackups(false)} />}
    {mergePlan && <MergeDialog plan={mergePlan} act={act} onClose={() => setMergePlan(null)} />}
    </>
  );
}
