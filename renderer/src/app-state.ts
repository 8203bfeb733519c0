/** What the UI holds of the open project, loaded together after every change. */
import type { Attribute, CaseItem, Codebook, Group, HistoryState, SessionState } from '../../shared/entities.js';
import { call } from './api.js';

export interface ProjectData {
  cases: CaseItem[];
  groups: Group[];
  attributes: Attribute[];
  codebook: Codebook;
  history: HistoryState;
}

export type View =
  | { kind: 'document'; documentId: number; focus?: { start: number; end: number } }
  | { kind: 'case'; caseId: number }
  | { kind: 'segments' }
  | { kind: 'tables' }
  | { kind: 'agreement' }
  | { kind: 'none' };

export async function loadSession(): Promise<SessionState> {
  return call('session.get', {});
}

export async function loadProjectData(): Promise<ProjectData> {
  const [cases, groups, attributes, codebook, history] = await Promise.all([
    call('cases.list', {}),
    call('groups.list', {}),
    call('attributes.list', {}),
    call('codebook.get', {}),
    call('history.state', {}),
  ]);
  return { cases, groups, attributes, codebook, history };
}
