/**
 * Search figures of issue 10: p95 of `search.run` (top 100 hits with context lines) for a rare
 * word, a common word, a phrase, a prefix, a boolean and a scoped query, each beside a bare FTS5
 * MATCH of the same expression on the same file; and the share of import time the index costs
 * (the index rebuilt from the documents in a copy of the imported project, ÷ the import's time).
 */
import { copyFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { rebuildSearchIndex } from '../main/db/search-index.js';
import { parseQuery } from '../main/search/query-parse.js';
import { toFtsMatch } from '../main/search/query-fts.js';
import { tokenize } from '../main/search/tokenize.js';
import { percentile } from './baseline.js';
import type { Api } from './api.js';
import { figure, type Figure } from './figures.js';

const RUNS = 20;
const P95_TARGET_MS = 50;
const INDEX_SHARE_TARGET = 0.2;

export async function searchFigures(api: Api, project: string, importSeconds: number): Promise<Figure[]> {
  const queries = await pickQueries(api);
  const db = new Database(project, { readonly: true });
  const figures: Figure[] = [];
  try {
    const bare = db.prepare('SELECT rowid FROM document_search WHERE document_search MATCH ? LIMIT 100').pluck();
    const searchFor = (q: BenchQuery) => () => api.call('search.run', { query: q.query, scope: q.scope, limit: 100, counts: false });
    // Every kind once before any is timed: the garbage of picking the queries (a 100,000-word
    // list) is collected during these, not inside the first kind's timed runs.
    const firsts: Awaited<ReturnType<ReturnType<typeof searchFor>>>[] = [];
    for (const q of queries) firsts.push(await searchFor(q)());
    for (const [k, q] of queries.entries()) {
      const search = searchFor(q);
      const first = firsts[k]!;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await search();
        times.push(performance.now() - t);
      }
      const expression = toFtsMatch(parseQuery(q.query)).expression;
      const baseTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        bare.all(expression);
        baseTimes.push(performance.now() - t);
      }
      figures.push(figure(`search: ${q.kind}`, percentile(times, 95), 'ms', {
        baseline: percentile(baseTimes, 95), target: { max: P95_TARGET_MS, of: 'value' },
        note: `p95 of ${RUNS}, ${first.hits.length} hits with context${first.complete ? '' : ' (page full)'}: ${q.query}; baseline = bare FTS5 MATCH, 100 rowids`,
      }));
    }
  } finally {
    db.close();
  }
  figures.push(indexShare(project, importSeconds));
  return figures;
}

interface BenchQuery {
  kind: string;
  query: string;
  scope: { groupIds?: number[] };
}

/** Query words taken from the corpus itself: its most and least frequent content words, and a phrase of its first document. */
async function pickQueries(api: Api): Promise<BenchQuery[]> {
  const list = await api.call('words.list', { limit: 100_000 });
  const words = list.words.filter((w) => w.word.length >= 4 && /^\p{L}+$/u.test(w.word));
  const common = words[0]!.word;
  const second = words[1]!.word;
  const rare = [...words].reverse().find((w) => w.count >= 2)!.word;
  const [firstDocument] = await api.call('documents.list', {});
  const text = (await api.call('documents.get', { id: firstDocument!.id })).text;
  const phraseWords = tokenize(text).slice(10, 12).map((t) => t.norm);
  const groups = await api.call('groups.list', {});
  return [
    { kind: 'rare word', query: rare, scope: {} },
    { kind: 'common word', query: common, scope: {} },
    { kind: 'phrase', query: `"${phraseWords.join(' ')}"`, scope: {} },
    { kind: 'prefix', query: `${common.slice(0, 3)}*`, scope: {} },
    { kind: 'boolean', query: `(${common} OR ${rare}) AND ${second} NOT ${phraseWords[0]}`, scope: {} },
    { kind: 'scoped (one group)', query: common, scope: { groupIds: [groups[0]!.id] } },
  ];
}

/** The index's cost at import: every document tokenized, stemmed and written to FTS5, in one transaction, on a copy. */
function indexShare(project: string, importSeconds: number): Figure {
  const copy = `${project}.search-bench`;
  copyFileSync(project, copy);
  const db = new Database(copy);
  try {
    const t = performance.now();
    db.transaction(() => rebuildSearchIndex(db))();
    const seconds = (performance.now() - t) / 1000;
    return figure('search index: share of import time', seconds / importSeconds, 'ratio', {
      target: { max: INDEX_SHARE_TARGET, of: 'value' },
      note: `${seconds.toFixed(2)} s to index every document of the ${importSeconds.toFixed(2)} s import`,
    });
  } finally {
    db.close();
    rmSync(copy, { force: true });
  }
}
