/** Word lists (issue 10): frequencies over the project, a group, a case or a code's text, with the project's stop words. */
import { StopWordSettings, type WordList, type WordListRequest } from '../../shared/search.js';
import type { CrossTable } from '../../shared/tables.js';
import { listCases } from '../db/repos/cases.js';
import { listUnmeasuredDocuments } from '../db/repos/documents.js';
import { storeStopWords, storedStopWords, wordSources } from '../db/repos/search.js';
import type { ReadStore } from '../db/store.js';
import type { Progress } from '../jobs/progress.js';
import { wordFrequencies, type FrequencySource } from '../search/frequencies.js';
import type { ServiceContext } from './context.js';

export type ParsedWordListRequest = Required<Omit<WordListRequest, 'caseId' | 'groupId' | 'codeId' | 'language'>> & Pick<WordListRequest, 'caseId' | 'groupId' | 'codeId' | 'language'>;

/** What reading the word list needs: the project through a store that reads (a job's own connection, or the session's). */
interface Reader {
  store: ReadStore;
}

/** The project's stop-word settings; all three built-in lists and no changes until it sets some. */
export function getStopWords({ store }: Reader): StopWordSettings {
  const stored = storedStopWords(store);
  // A project file is outside input: a value that does not parse counts as never set.
  const parsed = stored === null ? undefined : StopWordSettings.safeParse(safeJson(stored));
  return parsed?.success ? parsed.data : StopWordSettings.parse({});
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A setting of the project (project_meta), not research data: not in the undo history. */
export function setStopWords({ store }: ServiceContext, settings: StopWordSettings): StopWordSettings {
  storeStopWords(store, JSON.stringify(settings));
  return settings;
}

/**
 * Counts every word of the texts asked for: seconds on a large project, so the app runs it as a
 * job (jobs/job-list.ts) and `progress` hears of each document as its counting starts.
 */
export function wordList(reader: Reader, request: ParsedWordListRequest, progress: Progress = () => {}): WordList {
  const sources = perDocument(wordSources(reader.store, request), documentsToRead(reader.store, request), progress);
  const result = wordFrequencies(sources, { stopWords: getStopWords(reader), byStem: request.byStem, language: request.language });
  return { words: result.words.slice(0, request.limit).map((w) => ({ ...w, forms: w.forms && [...w.forms] })), totalWords: result.totalWords, distinctWords: result.words.length };
}

/**
 * How many documents a list of whole texts reads, counted from the list of documents (no text is
 * read). A code's quotes come from documents not known beforehand: 0, a total not known.
 */
function documentsToRead(store: ReadStore, request: ParsedWordListRequest): number {
  if (request.codeId !== undefined) return 0;
  const groupOf = new Map(listCases(store).map((c) => [c.id, c.groupId]));
  const read = (caseId: number) =>
    (request.caseId === undefined || caseId === request.caseId) && (request.groupId === undefined || groupOf.get(caseId) === request.groupId);
  return listUnmeasuredDocuments(store).filter((d) => read(d.caseId)).length;
}

/** The sources as they come, reporting each new document (they come grouped by document). */
function* perDocument<S extends FrequencySource>(sources: Iterable<S>, total: number, progress: Progress): Generator<S> {
  let done = 0;
  let last: S['document'] | undefined;
  for (const source of sources) {
    if (source.document !== last) progress(done++, total);
    last = source.document;
    yield source;
  }
  progress(done, total);
}

/**
 * The word list as a table for main/export, one row per word. CrossTable cells are counts, so
 * the share goes as occurrences per 10,000 words (the caller's label says so).
 */
export function wordListTable(list: WordList, labels: { title: string; word: string; count: string; share: string; documents: string; cases: string; filterNote: string }): CrossTable {
  const columns = [
    { key: 'count', label: labels.count },
    { key: 'share', label: labels.share },
    { key: 'documents', label: labels.documents },
    { key: 'cases', label: labels.cases },
  ];
  const cell = (row: string, column: string, count: number) => ({ row, column, count, segments: [] });
  return {
    kind: 'code-case',
    title: labels.title,
    rowHeader: labels.word,
    rows: list.words.map((w) => ({ key: w.word, label: w.forms && w.forms.length > 1 ? `${w.word} (${w.forms.join(', ')})` : w.word, role: 'data' as const })),
    columns,
    cells: list.words.map((w) => [
      cell(w.word, 'count', w.count), cell(w.word, 'share', Math.round(w.share * 10_000)),
      cell(w.word, 'documents', w.documents), cell(w.word, 'cases', w.cases),
    ]),
    display: 'counts',
    tagCases: false,
    filterNote: labels.filterNote,
  };
}
