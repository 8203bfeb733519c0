/** Word lists (issue 10): frequencies over the project, a group, a case or a code's text, with the project's stop words. */
import { StopWordSettings, type WordList, type WordListRequest } from '../../shared/search.js';
import type { CrossTable } from '../../shared/tables.js';
import { storeStopWords, storedStopWords, wordSources } from '../db/repos/search.js';
import { wordFrequencies } from '../search/frequencies.js';
import type { ServiceContext } from './context.js';

type ParsedWordListRequest = Required<Omit<WordListRequest, 'caseId' | 'groupId' | 'codeId'>> & Pick<WordListRequest, 'caseId' | 'groupId' | 'codeId'>;

/** The project's stop-word settings; all three built-in lists and no changes until it sets some. */
export function getStopWords({ store }: ServiceContext): StopWordSettings {
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

export function wordList(ctx: ServiceContext, request: ParsedWordListRequest): WordList {
  const result = wordFrequencies(wordSources(ctx.store, request), { stopWords: getStopWords(ctx), byStem: request.byStem });
  return { words: result.words.slice(0, request.limit).map((w) => ({ ...w, forms: w.forms && [...w.forms] })), totalWords: result.totalWords, distinctWords: result.words.length };
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
