/** What the UI holds of the open project, loaded after every change: the codes' counts beside the rest. */
import type { Attribute, CaseItem, Codebook, Group, HistoryState, SessionState } from '../../shared/entities.js';
import type { Output } from '../../shared/contract.js';
import { call } from './api.js';

export interface ProjectData {
  cases: CaseItem[];
  groups: Group[];
  attributes: Attribute[];
  codebook: Codebook;
  history: HistoryState;
  /** Per code: segments, cases and codings that carry it. */
  counts: Output<'codebook.counts'>;
}

export type View =
  | { kind: 'document'; documentId: number; focus?: { start: number; end: number } }
  | { kind: 'case'; caseId: number }
  /** `codeId`: opened on that code's segments (from the codebook or a code's memo), the other filters cleared. */
  | { kind: 'segments'; codeId?: number }
  | { kind: 'tables' }
  | { kind: 'charts' }
  | { kind: 'agreement' }
  | { kind: 'method'; tool: 'selection' | 'summaries' | 'compare' | 'qca' }
  | { kind: 'none' };

export async function loadSession(): Promise<SessionState> {
  return call('session.get', {});
}

/** All but the codes' counts (loadCodeCounts), which a large project takes longest to read. */
export async function loadProjectData(): Promise<Omit<ProjectData, 'counts'>> {
  const [cases, groups, attributes, codebook, history] = await Promise.all([
    call('cases.list', {}),
    call('groups.list', {}),
    call('attributes.list', {}),
    call('codebook.get', {}),
    call('history.state', {}),
  ]);
  return { cases, groups, attributes, codebook, history };
}

export async function loadCodeCounts(): Promise<ProjectData['counts']> {
  return call('codebook.counts', {});
}
