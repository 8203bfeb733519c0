import { createContext, useContext } from 'react';
import type { SessionState } from '../../shared/entities.js';
import type { Language } from './i18n/index.js';
import type { ProjectData, View } from './app-state.js';
import type { ModalRequest } from './components/modal.js';

/**
 * Runs a change through the services, then reloads; failures are shown, not thrown. `done`, when
 * given, says what the change did once it has (an undo, a file written elsewhere, a merge), or
 * null for nothing to say: a change that shows itself needs no words.
 */
export type Act = (change: () => Promise<unknown>, done?: () => string | null) => Promise<boolean>;

export type SelectedSpan = { documentId: number; start: number; end: number };
export type SelectionReader = () => SelectedSpan | null | undefined;

export interface AppContextValue {
  session: SessionState;
  /** The UI language: a change re-renders every component that reads the context. */
  language: Language;
  data: ProjectData;
  /** Counts the reloads of the project's data: each read of a view is asked again with it (use-call.ts). */
  revision: number;
  /**
   * Counts the changes to the open document's project, moved on as soon as a change is written,
   * before the project's data is read again: the document view reads the document then, beside
   * that data, so a coded span is marked without waiting for it (0.2–0.3 s on the reference corpus).
   */
  documentRevision: number;
  view: View;
  setView(view: View): void;
  act: Act;
  ask(request: ModalRequest): void;
  activeFrameworkId: number | null;
  setActiveFrameworkId(id: number): void;
  /** The span the user has selected in the open document, in code points. */
  selection: SelectedSpan | null;
  setSelection(selection: SelectedSpan | null): void;
  /**
   * The selection as it is at this moment, for an action about to code it: `selection` hears of
   * a change only with selectionchange, which comes after a code key pressed within milliseconds
   * of the last Shift+→ (12 of 29 highlighted characters were coded). Read from the open
   * document's text when the selection is there (and `selection` set to it), else `selection`.
   */
  currentSelection(): SelectedSpan | null;
  /** The open document's reader of its text's selection (undefined: the selection is not in the text); null on close. */
  setSelectionReader(reader: SelectionReader | null): void;
  /** Opens the spreadsheet import, with a file already chosen or to choose one. */
  importSheet(file?: File): void;
  /** Says a change a screen reader would not otherwise hear of (a code applied by a key), without showing it. */
  announce(text: string): void;
  /** Shows a failed read in the message bar (a change goes through act, which shows its own). */
  showError(error: unknown): void;
  /** Says in the message bar that something not done through act is done (act says its own). */
  showDone(text: string): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
