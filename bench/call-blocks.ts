/**
 * Issue 13's "no main-thread block over 50 ms", call by call: each thing the app asks of a large
 * project (open it, list, read a long document, page segments, search counting every hit, word
 * lists, tables, the method views, agreement, code and undo) through the one dispatch, in this
 * process, with a ticker every 2 ms noting the longest stretch the event loop went without turning
 * while the call ran. Each call runs once, as a user's first click would. The writes are undone,
 * so the project ends as it began but for its undo history.
 */
import type { Api } from './api.js';
import type { CorpusPlan } from './corpus/model.js';
import { figure, type Figure } from './figures.js';
import { longestLoopGap } from './loop-gap.js';

const TICK_MS = 2;
const TARGET_MS = 50;

interface CallBlock {
  call: string;
  blockMs: number;
  totalMs: number;
}

export async function callBlocks(api: Api, project: string, plan: CorpusPlan): Promise<{ figure: Figure; calls: CallBlock[] }> {
  const calls: CallBlock[] = [];
  const measure = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const { value, maxGap, duration } = await longestLoopGap(work, TICK_MS);
    calls.push({ call: name, blockMs: maxGap, totalMs: duration });
    return value;
  };

  await measure('project.open (reopened)', async () => {
    await api.call('project.close', {});
    return api.call('project.open', { path: project });
  });
  const { codes, frameworks } = await measure('codebook.get', () => api.call('codebook.get', {}));
  await measure('codebook.counts', () => api.call('codebook.counts', {}));
  const cases = await measure('cases.list', () => api.call('cases.list', {}));
  const documents = await measure('documents.list', () => api.call('documents.list', {}));
  await measure('groups.list', () => api.call('groups.list', {}));
  const longest = documents.reduce((a, b) => (b.length > a.length ? b : a));
  const { text } = await measure('documents.get (the longest)', () => api.call('documents.get', { id: longest.id }));
  const common = codes.find((c) => c.name === plan.codes[0]!.name)!;
  await measure('segments.query (a code, by quote)', () => api.call('segments.query', { sort: 'quote', codeId: common.id, limit: 200 }));
  await measure('segments.query (all, newest first)', () => api.call('segments.query', { sort: 'date', descending: true, limit: 200 }));

  const words = await measure('words.list (project)', () => api.call('words.list', { limit: 1000 }));
  await measure('words.list (project, by stem)', () => api.call('words.list', { limit: 1000, byStem: true }));
  const word = words.words.find((w) => w.word.length >= 4 && /^\p{L}+$/u.test(w.word))!.word;
  await measure('search.run (a common word, every hit counted)', () => api.call('search.run', { query: word }));
  await measure('search.run (a prefix, every hit counted)', () => api.call('search.run', { query: `${word.slice(0, 3)}*` }));
  await measure('search.autocodePreview (a common word)', () => api.call('search.autocodePreview', { query: word, codeId: common.id }));

  // The largest framework's table of each kind (the first two frameworks for a crosstab).
  const byCodes = [...frameworks].sort((a, b) => codes.filter((c) => c.frameworkId === b.id).length - codes.filter((c) => c.frameworkId === a.id).length);
  const framework = byCodes[0]!;
  await measure('tables.build (code × case, all codes)', () => api.call('tables.build', { kind: 'code-case' }));
  await measure('tables.build (case matrix, the largest framework)', () => api.call('tables.build', { kind: 'case-matrix', columnFramework: framework.id, groupBy: 'group' }));
  await measure('tables.build (crosstab, two largest frameworks)', () => api.call('tables.build', { kind: 'crosstab', rowFramework: framework.id, columnFramework: byCodes[1]!.id }));
  await measure('tables.build (co-occurrence, all codes)', () => api.call('tables.build', { kind: 'cooccurrence' }));
  const statuses = ['candidate', 'selected', 'excluded'] as const;
  const comparison = await measure('comparison.build (all codes)', () => api.call('comparison.build', { statuses: [...statuses] }));
  await measure('comparison.cellEvidence', () => api.call('comparison.cellEvidence', { request: { statuses: [...statuses] }, codeId: comparison.rows[0]!.codeId, part: comparison.parts[0]!.key }));
  const grid = await measure('summaries.grid (the largest framework)', () => api.call('summaries.grid', { frameworkId: framework.id, statuses: [...statuses] }));
  await measure('summaries.cellEvidence', () => api.call('summaries.cellEvidence', { caseId: grid.cases[0]!.id, codeId: grid.codes[0]!.id }));
  const coders = await measure('coders.list', () => api.call('coders.list', {}));
  await measure('agreement.report (two coders)', () => api.call('agreement.report', { coders: coders.slice(0, 2), maxDisagreements: 200 }));
  await measure('selection.report', () => api.call('selection.report', {}));

  const end = Math.min(text.length, 40);
  await measure('coding.apply', () => api.call('coding.apply', { documentId: longest.id, start: 0, end, codeId: common.id }));
  await measure('history.undo (the coding)', () => api.call('history.undo', {}));
  await measure('cases.create', () => api.call('cases.create', { name: `Bench ${cases.length + 1}` }));
  await measure('history.undo (the case)', () => api.call('history.undo', {}));

  const worst = [...calls].sort((a, b) => b.blockMs - a.blockMs);
  const over = calls.filter((c) => c.blockMs > TARGET_MS);
  const list = (some: CallBlock[]) => some.map((c) => `${c.call} ${Math.round(c.blockMs)} ms (of ${formatTotal(c.totalMs)})`).join('; ');
  return {
    calls,
    figure: figure('longest main-thread block of an app call', worst[0]!.blockMs, 'ms', {
      target: { max: TARGET_MS, of: 'value' },
      note: `${calls.length} calls through the dispatch, each once; over ${TARGET_MS} ms: ${over.length > 0 ? list(over) : 'none'}; `
        + `the longest otherwise: ${list(worst.filter((c) => c.blockMs <= TARGET_MS).slice(0, 3))}`,
    }),
  };
}

function formatTotal(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
