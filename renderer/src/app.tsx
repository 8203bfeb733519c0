import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { SessionState, StepPlace } from '../../shared/entities.js';
import { call, CallError, currentProjectGeneration, isConnectionFailure } from './api.js';
import { AppContext, type Act, type AppContextValue, type SelectedSpan, type SelectionReader } from './app-context.js';
import { loadCodeCounts, loadProjectData, loadSession, type ProjectData, type View } from './app-state.js';
import { CaseList } from './components/case-list.js';
import { CaseSheet } from './components/case-sheet.js';
import { CodebookPanel } from './components/codebook-panel.js';
import { ColumnDivider } from './components/column-divider.js';
import { useColumnWidths } from './column-widths.js';
import { DocumentView } from './components/document-view.js';
import { Modal, type ModalRequest } from './components/modal.js';
import { alteredProjectPath, SalvageDialog } from './components/salvage-dialog.js';
import { ProjectScreen } from './components/project-screen.js';
import { SegmentTable } from './components/segment-table.js';
import { TablesView } from './components/tables-view.js';
import { AgreementView } from './components/agreement-view.js';
import { ChartsView } from './components/charts-view.js';
import { MethodView } from './components/method/method-view.js';
import { SearchPanel, type SearchTool } from './components/search-panel.js';
import { cycleRegion } from './region-cycle.js';
import { ViewTab } from './components/view-tab.js';
import { MemoList } from './components/memo-list.js';
import { CodePicker } from './components/code-picker.js';
import { ShortcutList } from './components/shortcut-list.js';
import { ImportDocumentsDialog } from './components/import-documents-dialog.js';
import { SheetImportDialog } from './components/sheet-import-dialog.js';
import { WindowDropZone } from './components/window-drop-zone.js';
import type { Span } from './coding-actions.js';
import { shortcutKey, typingInField } from './shortcuts.js';
import { askNewFramework } from './components/codebook-panel.js';
import { stepName, TopBar, type AppCommands } from './components/top-bar.js';
import { JobProgress } from './components/job-progress.js';
import { readingPlace } from './reading-place.js';
import { currentLanguage, onLanguageChanged, t, type Language } from './i18n/index.js';
import { failureText } from './failure-text.js';
import { sourceLabel } from './source-label.js';
import { caseLabelByName } from './case-label.js';
import { onConnectionChange } from './connection.js';
import { sameWhereEqual } from './same-where-equal.js';
import { NothingPicked } from './components/nothing-picked.js';
import { InterruptedImportNotice } from './components/interrupted-import-notice.js';

export function App() {
  const [session, setSession] = useState<SessionState | null>(null);
  const [data, setData] = useState<ProjectData | null>(null);
  const [revision, setRevision] = useState(0);
  const [documentRevision, setDocumentRevision] = useState(0);
  // Whether the document was asked to be read again already for the reload under way (act below).
  const documentReadEarly = useRef(false);
  // A view belongs to the project it was opened in: another project starts from its own
  // last reading place, never from the previous project's document.
  const [viewState, setViewState] = useState<{ project: string | null; view: View }>({ project: null, view: { kind: 'none' } });
  const [modal, setModal] = useState<ModalRequest | null>(null);
  // The bar under the top bar: an error, what an undo or redo just did, or that CaseCoder does not
  // answer (connection.ts). `serial` tells a message said again from the last (a second undo of
  // the same kind of step), so it is read out again.
  const [message, setMessage] = useState<{ text: string; kind: 'error' | 'done' | 'connection'; serial: number } | null>(null);
  const messageSerial = useRef(0);
  const said = useCallback((text: string, kind: 'error' | 'done' | 'connection') => ({ text, kind, serial: ++messageSerial.current }), []);
  // What was done (undone, imported) goes after a while: it stayed for minutes, the workspace
  // pushed down under it. An error stays until dismissed.
  useEffect(() => {
    if (message?.kind !== 'done') return;
    const timer = setTimeout(() => setMessage(null), DONE_MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  /** A project refused as altered outside CaseCoder, whose data the user may import instead. */
  const [altered, setAltered] = useState<string | null>(null);
  const [activeFrameworkId, setActiveFrameworkId] = useState<number | null>(null);
  const [selection, setSelection] = useState<AppContextValue['selection']>(null);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const selectionReader = useRef<SelectionReader | null>(null);
  const setSelectionReader = useCallback((reader: SelectionReader | null) => {
    selectionReader.current = reader;
  }, []);
  const currentSelection = useCallback((): SelectedSpan | null => {
    const read = selectionReader.current?.();
    if (read === undefined) return selectionRef.current;
    // Heard now, so the codebook's count, and the selection shown again after the coding's
    // reload, are what was coded.
    if (!sameSpan(read, selectionRef.current)) {
      selectionRef.current = read;
      setSelection(read);
    }
    return read;
  }, []);
  const [language, setLanguage] = useState<Language>(currentLanguage);
  // The quick code picker, open with the selection it will code (null: asks for one).
  const [picker, setPicker] = useState<{ span: Span | null } | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  // The search drawer and its tab, null while closed.
  const [searchTool, setSearchTool] = useState<SearchTool | null>(null);
  // Asked for again while open, the search drawer's box takes the focus back.
  const [searchFocus, setSearchFocus] = useState(0);
  const openSearch = useCallback((tool: SearchTool) => {
    setShowMemos(false);
    setSearchTool(tool);
    setSearchFocus((n) => n + 1);
  }, []);
  const [showMemos, setShowMemos] = useState(false);
  // An open drawer (search, memos) takes the codebook's column, so the document beside it reflows instead of being covered.
  const drawerOpen = searchTool !== null || showMemos;
  const columnWidths = useColumnWidths();
  const columnStyle = {
    '--cases-width': `${columnWidths.width('cases')}px`,
    '--codebook-width': `${columnWidths.width('codebook')}px`,
  } as CSSProperties;
  // The document import, open with the files chosen or dropped so far.
  const [importing, setImporting] = useState<File[] | null>(null);
  const openImport = useCallback((files: File[]) => setImporting((current) => [...(current ?? []), ...files]), []);
  // Said by the hidden live region; each announcement is a new node, so the same words twice are said twice.
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, count: a.count + 1 })), []);
  // Said, then gone: left in the page it would be read again in passing, and in the old
  // language after a switch.
  useEffect(() => {
    if (!announcement.text) return;
    const timer = setTimeout(() => setAnnouncement((a) => ({ ...a, text: '' })), ANNOUNCEMENT_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  // The spreadsheet import, open with the file chosen before it opened, if any.
  const [importingSheet, setImportingSheet] = useState<{ file?: File } | null>(null);
  const importSheet = useCallback((file?: File) => setImportingSheet(file ? { file } : {}), []);
  // The switch is said in the new language: with the language select, each arrow key is one
  // (the whole interface changes under the focus), and a screen reader user hears where they are.
  useEffect(() => onLanguageChanged(() => {
    const now = currentLanguage();
    setLanguage(now);
    setAnnouncement((a) => ({ text: t('language.switched', { name: t(`language.names.${now}`) }), count: a.count + 1 }));
  }), []);

  // A selection belongs to the document it was made in: changing view drops it, so a code
  // clicked later cannot land on a document no longer shown.
  const projectPath = session?.project?.path ?? null;
  const projectPathRef = useRef(projectPath);
  projectPathRef.current = projectPath;
  const view = viewState.project === projectPath ? viewState.view : firstView(projectPath);
  // Read by the undo's message, made after the step's call: where the user is then, and the groups a case is named with.
  const placeRef = useRef({ view, groups: data?.groups ?? [] });
  placeRef.current = { view, groups: data?.groups ?? [] };
  const setView = useCallback((next: View) => {
    setSelection(null);
    setViewState({ project: projectPathRef.current, view: next });
  }, []);
  useEffect(() => setSelection(null), [projectPath]);

  const showError = useCallback((error: unknown) => {
    setMessage(said(failureText(error), isConnectionFailure(error) ? 'connection' : 'error'));
    setAltered(alteredProjectPath(error));
  }, [said]);
  const showDone = useCallback((text: string) => setMessage(said(text, 'done')), [said]);

  // The codes' counts asked last (an older answer, come late, does not replace a newer one), and
  // the project whose data is shown, whose counts they must be.
  const countsAsked = useRef(0);
  const shownPath = useRef<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const next = await loadSession();
      const path = next.project?.path ?? null;
      // Read beside the rest and shown when they come: on the reference corpus they take a third
      // of a second (every code's segments, cases and codings), and a coding's marks waited for them.
      const asked = ++countsAsked.current;
      const counts = path === null ? null : loadCodeCounts().catch((error: unknown) => {
        if (!isConnectionFailure(error)) showError(error);
        return null;
      });
      const nextData = path === null ? null : await loadProjectData();
      // Together, so no render pairs one project's session with another's data; the counts meanwhile
      // are the ones shown before, or none for a project just opened.
      const sameProject = shownPath.current === path;
      shownPath.current = path;
      setSession((shown) => (sameProject ? sameWhereEqual(shown, next) : next));
      setData((shown) => {
        if (!nextData) return null;
        if (!shown || !sameProject) return { ...nextData, counts: [] };
        return sameWhereEqual(shown, { ...nextData, counts: shown.counts });
      });
      setRevision((r) => r + 1);
      if (!documentReadEarly.current) setDocumentRevision((r) => r + 1);
      documentReadEarly.current = false;
      void counts?.then((read) => {
        if (read && asked === countsAsked.current && shownPath.current === path) {
          setData((shown) => {
            const counts = shown && sameWhereEqual(shown.counts, read);
            return shown && counts !== shown.counts ? { ...shown, counts: counts! } : shown;
          });
        }
      });
    } catch (error) {
      // Not reached, nothing was read: the bar says so already (the connection's listener below),
      // and it is read again once CaseCoder answers.
      if (!isConnectionFailure(error)) showError(error);
    }
  }, [showError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // CaseCoder stopped answering (found by any call, the job bar's poll among them): said at once,
  // and kept until it answers again; then what is shown is read again, as it may have changed.
  useEffect(() => onConnectionChange((state) => {
    if (state === 'up') {
      const back = said(t('connection.back'), 'done');
      setMessage((shown) => (shown?.kind === 'connection' ? back : shown));
      void reload();
    } else {
      setMessage(said(t(`connection.${state}`), 'connection'));
    }
  }), [reload, said]);

  // A project made at start has its codebook in the system's language (LANG=C gives English):
  // told the UI's, it takes it while nothing is done in it.
  useEffect(() => {
    if (!projectPath) return;
    call('codebook.followUiLanguage', { language }).then(({ renamed }) => (renamed ? reload() : undefined), showError);
  }, [projectPath, language, reload, showError]);

  // Asks who is coding; `then` runs once the name is set (the action that needed it, again).
  const blindCopyBy = session?.project?.blindCopyBy ?? null;
  const askCoder = useCallback((then?: () => void) => {
    setModal({
      title: t('coder.title'),
      message: blindCopyBy === null ? t('coder.message') : t(blindCopyBy ? 'projectCopy.whoCodesCopyBy' : 'projectCopy.whoCodesCopy', { name: blindCopyBy }),
      fields: [{ kind: 'text', name: 'name', label: t('coder.name') }],
      onSubmit: async ({ name }) => {
        if (await actRef.current(() => call('session.setCoder', { name: String(name) }))) then?.();
      },
    });
  }, [blindCopyBy]);
  const actRef = useRef<Act>(async () => false);

  const act = useCallback<Act>(
    async (change, done) => {
      let told: string | null = null;
      try {
        const generation = currentProjectGeneration();
        await change();
        // Not where the change put another project in place: the document shown is the old one's,
        // and read in the new project it is missing (which forgot the old project's reading place).
        if (generation === currentProjectGeneration()) {
          documentReadEarly.current = true;
          setDocumentRevision((r) => r + 1);
        }
        told = done?.() ?? null;
        setMessage(null);
      } catch (error) {
        // The coder's name, dismissed at the start, is asked for when an action needs it, and the
        // action then done: a keyboard user's digit got only a message to set it top right.
        if (error instanceof CallError && error.error.code === 'coderRequired') askCoder(() => void actRef.current(change, done));
        else showError(error);
        return false;
      } finally {
        await reload();
      }
      // Once the screen shows the change, not before the reloaded view lays it out again.
      if (told !== null) showDone(told);
      return true;
    },
    [reload, showError, showDone],
  );
  actRef.current = act;

  // Says what was undone or redone: the user may not see the change (another document, a
  // closed panel) or may not be looking (a screen reader reads the message).
  // A coding undone in a document not shown says which: «Undone: coding “Sociocultural”» alone
  // left a researcher reading another interview to guess what had gone.
  const history = useCallback(
    async (direction: 'undo' | 'redo') => {
      let step = null as string | null;
      let subject = null as string | null;
      let target = null as string | null;
      let place = null as StepPlace | null;
      await act(
        async () => {
          const state = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
          // The step just undone is the one redo would take again now, and the other way round.
          [step, subject, target, place] = direction === 'undo'
            ? [state.redoLabel, state.redoSubject, state.redoTarget, state.redoPlace]
            : [state.undoLabel, state.undoSubject, state.undoTarget, state.undoPlace];
        },
        () => {
          if (!step) return null;
          const { view: shown, groups } = placeRef.current;
          const elsewhere = place !== null && !(shown.kind === 'document' && shown.documentId === place.documentId);
          const what = elsewhere
            ? t('history.stepIn', { step: stepName(step, subject, target), place: sourceLabel(place!.caseName, place!.documentName, caseLabelByName(place!.caseName, place!.groupName, groups)) })
            : stepName(step, subject, target);
          return t(direction === 'undo' ? 'history.undone' : 'history.redone', { what });
        },
      );
    },
    [act],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // In a form field, Ctrl+Z undoes the typing, not the last change to the project, and "?" is a character.
      // While a dialog is open (dialog-frame.tsx marks each) the keys are its own.
      if (document.querySelector('[role=dialog][aria-modal=true]')) return;
      // From a field too: F6 types nothing.
      if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        cycleRegion(event.shiftKey);
        return;
      }
      if (typingInField(event.target)) return;
      const key = shortcutKey(event);
      if (!(event.ctrlKey || event.metaKey)) {
        if (event.key === '?' && !event.altKey) {
          event.preventDefault();
          setShowShortcuts(true);
        }
        return;
      }
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        void history(key === 'y' || event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'k' && data) {
        event.preventDefault();
        setPicker({ span: currentSelection() });
      } else if (key === 'f' && event.shiftKey && data) {
        event.preventDefault();
        openSearch('search');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, data, openSearch, currentSelection]);

  // The coder's name is asked once, before the first action that records it; and again as a copy
  // made for a second coder opens, where no one is named (main/services/settings.ts opened).
  const coderAsked = useRef<string | null>(null);
  useEffect(() => {
    const occasion = blindCopyBy === null ? 'start' : `copy:${session?.project?.path}`;
    if (session && session.coderName === null && coderAsked.current !== occasion) {
      coderAsked.current = occasion;
      askCoder();
    }
  }, [session, blindCopyBy, askCoder]);

  const frameworkId = activeFrameworkId ?? data?.codebook.frameworks[0]?.id ?? null;

  const context = useMemo<AppContextValue | null>(
    () =>
      session && data
        ? {
            session, language, data, revision, documentRevision, view, setView, act, ask: setModal,
            activeFrameworkId: frameworkId, setActiveFrameworkId, selection, setSelection, currentSelection, setSelectionReader,
            importSheet, announce, showError, showDone,
          }
        : null,
    [session, language, data, revision, documentRevision, view, setView, act, frameworkId, selection, currentSelection, setSelectionReader, importSheet, announce, showError, showDone],
  );

  const commands: AppCommands = {
    'help.shortcuts': () => setShowShortcuts(true),
    ...(data && {
      'code.picker': () => setPicker({ span: currentSelection() }),
      'code.newFramework': () => askNewFramework(setModal, act),
      'code.segments': () => setView({ kind: 'segments' }),
      'analyse.tables': () => setView({ kind: 'tables' }),
      'analyse.charts': () => setView({ kind: 'charts' }),
      'analyse.agreement': () => setView({ kind: 'agreement' }),
      'analyse.selection': () => setView({ kind: 'method', tool: 'selection' }),
      'analyse.summaries': () => setView({ kind: 'method', tool: 'summaries' }),
      'analyse.compare': () => setView({ kind: 'method', tool: 'compare' }),
      'analyse.qca': () => setView({ kind: 'method', tool: 'qca' }),
      // The search drawer and the memo list share the right edge: one at a time.
      'analyse.search': () => openSearch('search'),
      'analyse.words': () => openSearch('words'),
      'analyse.memos': () => (setSearchTool(null), setShowMemos(true)),
      'file.importDocuments': () => openImport([]),
      'file.importSheet': () => importSheet(),
    }),
  };

  if (!session) return <div className="loading">{message?.text ?? t('common.loading')}</div>;

  return (
    // The side columns' widths, for the workspace's tracks and for what floats over a column (styles.css .message.done).
    <div className="app" style={columnStyle}>
      <TopBar session={session} history={data?.history ?? null} onHistory={history} act={act} ask={setModal} commands={commands} />
      {session.project?.risk && (
        <div className="message warning" role="status">{t('project.risk', { reason: session.project.risk })}</div>
      )}
      {session.project?.migrated && (
        <div className="message hint" role="status">
          {t('project.migrated', { from: session.project.migrated.fromVersion, to: session.project.schemaVersion, keptAs: session.project.migrated.keptAs })}
        </div>
      )}
      {session.project?.interruptedImports.map((run) => (
        <InterruptedImportNotice key={run.id} run={run} act={act} onImportAgain={() => openImport([])} />
      ))}
      <JobProgress />
      {/* An error is read out at once, what was done when the reader is free. Both live regions
          are in the page before any message, and only their content changes: a region inserted
          with its text already in it is not read by every screen reader. They hold the message
          alone, not its dismiss button. */}
      <div className={message === null ? undefined : message.kind === 'done' ? 'message done' : 'message'} data-testid="message-bar">
        <span role="status">{message?.kind === 'done' && <span key={message.serial}>{message.text}</span>}</span>
        <span role="alert">{message && message.kind !== 'done' && <span key={message.serial}>{message.text}</span>}</span>
        {message && (
          <>
            {' '}
            <button onClick={() => setMessage(null)} aria-label={t('common.dismiss')}>×</button>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status"><span key={announcement.count}>{announcement.text}</span></p>
      {context ? (
        <AppContext.Provider value={context}>
          <main className={drawerOpen ? 'workspace drawer-open' : 'workspace'}>
            <CaseList />
            <ColumnDivider column="cases" widths={columnWidths} />
            <section className="center">
              <nav className="tabs" aria-label={t('app.views')}>
                <ViewTab current={view.kind === 'segments'} onClick={() => setView({ kind: 'segments' })}>
                  {t('segments.tab')}
                </ViewTab>
                <ViewTab current={view.kind === 'tables'} onClick={() => setView({ kind: 'tables' })}>
                  {t('tables.tab')}
                </ViewTab>
                <ViewTab current={view.kind === 'charts'} onClick={() => setView({ kind: 'charts' })}>
                  {t('charts.tab')}
                </ViewTab>
                <ViewTab current={view.kind === 'agreement'} onClick={() => setView({ kind: 'agreement' })}>
                  {t('agreement.tab')}
                </ViewTab>
                <ViewTab current={view.kind === 'method'} onClick={() => setView({ kind: 'method', tool: 'selection' })}>
                  {t('method.tab')}
                </ViewTab>
              </nav>
              {view.kind === 'document' && (
                // Keyed by project too: the same id in another project is another document.
                <DocumentView key={`${projectPath}:${view.documentId}`} documentId={view.documentId} focus={view.focus} />
              )}
              {view.kind === 'case' && <CaseSheet key={`${projectPath}:${view.caseId}`} caseId={view.caseId} />}
              {view.kind === 'segments' && <SegmentTable />}
              {view.kind === 'tables' && <TablesView />}
              {view.kind === 'charts' && <ChartsView />}
              {view.kind === 'agreement' && <AgreementView />}
              {view.kind === 'method' && <MethodView tool={view.tool} />}
              {view.kind === 'none' && <NothingPicked />}
            </section>
            <CodebookPanel onNeededWidth={columnWidths.codebookNeeds} />
            {!drawerOpen && <ColumnDivider column="codebook" widths={columnWidths} />}
            {showMemos && <MemoList key={projectPath} onClose={() => setShowMemos(false)} />}
            {searchTool && <SearchPanel key={projectPath} tool={searchTool} onTool={setSearchTool} onClose={() => setSearchTool(null)} focusRequest={searchFocus} />}
          </main>
          {picker && <CodePicker span={picker.span} onClose={() => setPicker(null)} />}
          <WindowDropZone onFiles={openImport} />
          {importingSheet && <SheetImportDialog initialFile={importingSheet.file} onClose={() => setImportingSheet(null)} />}
          {importing && (
            <ImportDocumentsDialog
              files={importing} onAddFiles={openImport} caseId={view.kind === 'case' ? view.caseId : null}
              documentId={view.kind === 'document' ? view.documentId : null} onClose={() => setImporting(null)}
            />
          )}
        </AppContext.Provider>
      ) : (
        <ProjectScreen session={session} act={act} ask={setModal} />
      )}
      {showShortcuts && <ShortcutList onClose={() => setShowShortcuts(false)} />}
      {modal && <Modal request={modal} onClose={() => setModal(null)} />}
      {altered && <SalvageDialog path={altered} act={act} onClose={() => setAltered(null)} />}
    </div>
  );
}

/** Long enough to read a sentence twice, or for a screen reader to say it. */
const DONE_MESSAGE_MS = 8000;
/** Long enough for a screen reader to pick the words up from the live region. */
const ANNOUNCEMENT_MS = 4000;

/** Where a project opens: the document last read in it, if any. */
function firstView(projectPath: string | null): View {
  const place = projectPath ? readingPlace(projectPath) : null;
  return place ? { kind: 'document', documentId: place.documentId } : { kind: 'none' };
}

function sameSpan(a: SelectedSpan | null, b: SelectedSpan | null): boolean {
  return a === b || (!!a && !!b && a.documentId === b.documentId && a.start === b.start && a.end === b.end);
}
