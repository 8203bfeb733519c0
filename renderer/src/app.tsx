import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionState } from '../../shared/entities.js';
import { CallError } from './api.js';
import { call } from './api.js';
import { AppContext, type AppContextValue } from './app-context.js';
import { loadProjectData, loadSession, type ProjectData, type View } from './app-state.js';
import { CaseList } from './components/case-list.js';
import { CaseSheet } from './components/case-sheet.js';
import { CodebookPanel } from './components/codebook-panel.js';
import { DocumentView } from './components/document-view.js';
import { Modal, type ModalRequest } from './components/modal.js';
import { ProjectScreen } from './components/project-screen.js';
import { SegmentTable } from './components/segment-table.js';
import { TablesView } from './components/tables-view.js';
import { AgreementView } from './components/agreement-view.js';
import { TopBar } from './components/top-bar.js';
import { readingPlace } from './reading-place.js';
import { currentLanguage, errorText, onLanguageChanged, t, type Language } from './i18n/index.js';

export function App() {
  const [session, setSession] = useState<SessionState | null>(null);
  const [data, setData] = useState<ProjectData | null>(null);
  const [revision, setRevision] = useState(0);
  // A view belongs to the project it was opened in: another project starts from its own
  // last reading place, never from the previous project's document.
  const [viewState, setViewState] = useState<{ project: string | null; view: View }>({ project: null, view: { kind: 'none' } });
  const [modal, setModal] = useState<ModalRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [activeFrameworkId, setActiveFrameworkId] = useState<number | null>(null);
  const [selection, setSelection] = useState<AppContextValue['selection']>(null);
  const [language, setLanguage] = useState<Language>(currentLanguage);
  useEffect(() => onLanguageChanged(() => setLanguage(currentLanguage())), []);

  // A selection belongs to the document it was made in: changing view drops it, so a code
  // clicked later cannot land on a document no longer shown.
  const projectPath = session?.project?.path ?? null;
  const projectPathRef = useRef(projectPath);
  projectPathRef.current = projectPath;
  const view = viewState.project === projectPath ? viewState.view : firstView(projectPath);
  const setView = useCallback((next: View) => {
    setSelection(null);
    setViewState({ project: projectPathRef.current, view: next });
  }, []);
  useEffect(() => setSelection(null), [projectPath]);

  const showError = useCallback((error: unknown) => {
    setMessage(error instanceof CallError ? errorText(error.error) : String(error));
  }, []);

  const reload = useCallback(async () => {
    try {
      const next = await loadSession();
      const nextData = next.project ? await loadProjectData() : null;
      // Together, so no render pairs one project's session with another's data.
      setSession(next);
      setData(nextData);
      setRevision((r) => r + 1);
    } catch (error) {
      showError(error);
    }
  }, [showError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const act = useCallback(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
        setMessage(null);
        return true;
      } catch (error) {
        showError(error);
        return false;
      } finally {
        await reload();
      }
    },
    [reload, showError],
  );

  const history = useCallback(
    (direction: 'undo' | 'redo') => act(() => call(direction === 'undo' ? 'history.undo' : 'history.redo', {})),
    [act],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || modal) return;
      // In a form field, Ctrl+Z undoes the typing, not the last change to the project.
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        void history(key === 'y' || event.shiftKey ? 'redo' : 'undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, modal]);

  // The coder's name is asked once, before the first action that records it.
  const coderAsked = useRef(false);
  useEffect(() => {
    if (session && session.coderName === null && !coderAsked.current) {
      coderAsked.current = true;
      setModal({
        title: t('coder.title'),
        message: t('coder.message'),
        fields: [{ kind: 'text', name: 'name', label: t('coder.name') }],
        onSubmit: ({ name }) => void act(() => call('session.setCoder', { name: String(name) })),
      });
    }
  }, [session, act]);

  const frameworkId = activeFrameworkId ?? data?.codebook.frameworks[0]?.id ?? null;

  const context = useMemo<AppContextValue | null>(
    () =>
      session && data
        ? {
            session, language, data, revision, view, setView, act, ask: setModal,
            activeFrameworkId: frameworkId, setActiveFrameworkId, selection, setSelection,
          }
        : null,
    [session, language, data, revision, view, setView, act, frameworkId, selection],
  );

  if (!session) return <div className="loading">{message ?? t('common.loading')}</div>;

  return (
    <div className="app">
      <TopBar session={session} history={data?.history ?? null} onHistory={history} act={act} ask={setModal} />
      {session.project?.risk && (
        <div className="message warning" role="status">{t('project.risk', { reason: session.project.risk })}</div>
      )}
      {message && (
        <div className="message" role="alert">
          {message} <button onClick={() => setMessage(null)} aria-label={t('common.dismiss')}>×</button>
        </div>
      )}
      {context ? (
        <AppContext.Provider value={context}>
          <main className="workspace">
            <CaseList />
            <section className="center">
              <nav className="tabs">
                <button className={view.kind === 'segments' ? 'tab active' : 'tab'} onClick={() => setView({ kind: 'segments' })}>
                  {t('segments.tab')}
                </button>
                <button className={view.kind === 'tables' ? 'tab active' : 'tab'} onClick={() => setView({ kind: 'tables' })}>
                  {t('tables.tab')}
                </button>
                <button className={view.kind === 'agreement' ? 'tab active' : 'tab'} onClick={() => setView({ kind: 'agreement' })}>
                  {t('agreement.tab')}
                </button>
              </nav>
              {view.kind === 'document' && (
                // Keyed by project too: the same id in another project is another document.
                <DocumentView key={`${projectPath}:${view.documentId}`} documentId={view.documentId} focus={view.focus} />
              )}
              {view.kind === 'case' && <CaseSheet key={`${projectPath}:${view.caseId}`} caseId={view.caseId} />}
              {view.kind === 'segments' && <SegmentTable />}
              {view.kind === 'tables' && <TablesView />}
              {view.kind === 'agreement' && <AgreementView />}
              {view.kind === 'none' && <p className="hint">{t('app.pickSomething')}</p>}
            </section>
            <CodebookPanel />
          </main>
        </AppContext.Provider>
      ) : (
        <ProjectScreen session={session} act={act} ask={setModal} />
      )}
      {modal && <Modal request={modal} onClose={() => setModal(null)} />}
    </div>
  );
}

/** Where a project opens: the document last read in it, if any. */
function firstView(projectPath: string | null): View {
  const place = projectPath ? readingPlace(projectPath) : null;
  return place ? { kind: 'document', documentId: place.documentId } : { kind: 'none' };
}
