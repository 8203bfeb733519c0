/** Schemas of full-text search, autocoding and word lists (issue 10, docs/search.md). */
import { z } from 'zod';
import { exportFormats, exportLanguages } from './tables.js';

const id = z.number().int().positive();
const ids = z.array(id).max(100_000).optional();

/** Where to search; each list left out or empty means no restriction on it. Conditions combine with AND. */
export const SearchScope = z.object({
  caseIds: ids,
  /** null stands for the cases in no group. */
  groupIds: z.array(id.nullable()).max(100_000).optional(),
  documentIds: ids,
  /** Cases with one of the values of each listed attribute. */
  attributes: z.array(z.object({ attributeId: id, values: z.array(z.string().max(1000)).min(1).max(1000) })).max(100).optional(),
  /** Only inside segments coded with one of these codes. */
  codeIds: ids,
});
export type SearchScope = z.infer<typeof SearchScope>;

export const searchOrders = ['document', 'case'] as const;
export const codingScopes = ['hit', 'sentence', 'paragraph'] as const;

export const SearchRequest = z.object({
  query: z.string().max(5000),
  scope: SearchScope.default({}),
  /** Document order (as imported) or by case name. */
  order: z.enum(searchOrders).default('document'),
  /** Context lines to return; later hits are still counted when `counts` is on. */
  limit: z.number().int().min(1).max(5000).default(100),
  contextWords: z.number().int().min(0).max(50).default(8),
  /** Count every hit per case and group (reads every matching document). */
  counts: z.boolean().default(true),
  /**
   * Forms (SearchResult.forms) whose hits to leave out, as the result spells them: a stem's
   * stray matches («mobile» for mobilization). A document left with no hits is left out too.
   */
  leaveOut: z.array(z.string().max(5000)).max(1000).default([]),
});
export type SearchRequest = z.input<typeof SearchRequest>;

const Span = z.object({ start: z.number().int(), end: z.number().int() });

/**
 * Where a line break of the document falls in a context line (SearchHit.line.text). A space there
 * ran the end of one answer into the next («…не стало. Конец»); one character for one keeps the
 * positions of the hits.
 */
export const PARAGRAPH_MARK = '¶';

export const SearchHit = z.object({
  documentId: z.number().int(),
  documentName: z.string(),
  caseId: z.number().int(),
  caseName: z.string(),
  groupName: z.string().nullable(),
  /** The hit in the document, code points. */
  start: z.number().int(),
  end: z.number().int(),
  /** The keyword-in-context line: where it lies in the document, its text (line breaks as PARAGRAPH_MARK), hits in it relative to its start. */
  line: z.object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    highlights: z.array(Span),
    moreBefore: z.boolean(),
    moreAfter: z.boolean(),
  }),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Most forms a search result lists (a prefix query over a large project finds thousands). */
export const MAX_SEARCH_FORMS = 50;

export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** False when there were more hits than `limit`. */
  complete: z.boolean(),
  /** With counts: every hit in scope, per case and per group (cases with hits only). */
  totalHits: z.number().int().nullable(),
  cases: z.array(z.object({ caseId: z.number().int(), caseName: z.string(), groupName: z.string().nullable(), hits: z.number().int() })),
  groups: z.array(z.object({ groupId: z.number().int().nullable(), groupName: z.string().nullable(), hits: z.number().int() })),
  /**
   * With counts: what the query found over every hit in scope, left-out forms' hits included,
   * each form (its words as written, lower case) with the hits found by it, most first (a NEAR
   * hit is found by a form of each of its phrases, not by the words between them); the first
   * MAX_SEARCH_FORMS and every left-out form found. Null without counts.
   */
  forms: z.array(z.object({ form: z.string(), hits: z.number().int() })).nullable(),
  /** Forms found but not listed. */
  moreForms: z.number().int(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const AutocodePreviewRequest = z.object({
  query: z.string().max(5000),
  scope: SearchScope.default({}),
  codingScope: z.enum(codingScopes).default('hit'),
  /** The code the spans are for: the preview marks spans already coded with it. */
  codeId: id,
});
export type AutocodePreviewRequest = z.input<typeof AutocodePreviewRequest>;

/** Most spans one preview or autocode run handles; more asks for a narrower query. */
export const MAX_AUTOCODE_SPANS = 20_000;

export const AutocodeSpan = z.object({
  documentId: z.number().int(),
  documentName: z.string(),
  caseName: z.string(),
  groupName: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  /** The span's text (at most 500 characters, then "…"). */
  text: z.string(),
  /**
   * What the query found in the span, hit by hit: the forms each hit was found by (hit-forms.ts),
   * in lower case, the word forms a stem matched («mobile» for mobilization); a NEAR hit's, one
   * for each of its phrases.
   */
  found: z.array(z.array(z.string())),
  /** The current coder already coded the span with the code: coding it again changes nothing. */
  alreadyCoded: z.boolean(),
});
export type AutocodeSpan = z.infer<typeof AutocodeSpan>;

/**
 * A hit left out for the forms left out: one of the forms it was found by is one of them. A
 * NEAR hit needs each of its phrases, so one found by a stray form («справочник» for справ*) is
 * not what was searched for, whatever its other words. Search's `leaveOut` asks this.
 */
export function hitLeftOut(forms: readonly string[], leftOut: ReadonlySet<string>): boolean {
  return forms.some((form) => leftOut.has(form));
}

/**
 * A span left out for the forms left out: every hit in it is (hitLeftOut). A sentence holding a
 * hit kept too is still coded. The app's preview and the command line's autocode both ask this,
 * so a form left out leaves out the same spans in each.
 */
export function holdsOnlyLeftOut(span: Pick<AutocodeSpan, 'found'>, leftOut: ReadonlySet<string>): boolean {
  return span.found.length > 0 && span.found.every((forms) => hitLeftOut(forms, leftOut));
}

/** The forms found in a span, each once. */
export function spanForms(span: Pick<AutocodeSpan, 'found'>): string[] {
  return [...new Set(span.found.flat())];
}

export const AutocodeApplyRequest = z.object({
  codeId: id,
  spans: z.array(z.object({ documentId: id, start: z.number().int().min(0), end: z.number().int().min(1) })).min(1).max(MAX_AUTOCODE_SPANS),
});

export const AutocodeResult = z.object({ coded: z.number().int(), unchanged: z.number().int() });

/** The most words one list gives (`casecoder words --limit` is refused past it). */
export const MAX_WORD_LIST = 100_000;

export const WordListRequest = z.object({
  caseId: id.optional(),
  /** null: the cases in no group. */
  groupId: id.nullable().optional(),
  /** Count only text coded with this code. */
  codeId: id.optional(),
  byStem: z.boolean().default(false),
  limit: z.number().int().min(1).max(MAX_WORD_LIST).default(1000),
  /** The reader's language, whose alphabet orders equally frequent words. */
  language: z.enum(exportLanguages).default('en'),
});
export type WordListRequest = z.input<typeof WordListRequest>;

export const WordRow = z.object({
  word: z.string(),
  count: z.number().int(),
  share: z.number(),
  documents: z.number().int(),
  cases: z.number().int(),
  forms: z.array(z.string()).optional(),
});
export type WordRow = z.infer<typeof WordRow>;

export const WordList = z.object({ words: z.array(WordRow), totalWords: z.number().int(), distinctWords: z.number().int() });
export type WordList = z.infer<typeof WordList>;

export const stopWordLanguages = ['ru', 'kk', 'en'] as const;

/** A project's stop words: the built-in lists it uses, and its own additions and removals. */
export const StopWordSettings = z.object({
  languages: z.array(z.enum(stopWordLanguages)).max(3).default([...stopWordLanguages]),
  add: z.array(z.string().trim().min(1).max(100)).max(10_000).default([]),
  remove: z.array(z.string().trim().min(1).max(100)).max(10_000).default([]),
});
export type StopWordSettings = z.infer<typeof StopWordSettings>;

const label = z.string().max(200);

/** The headings are the caller's words (the UI sends them in its language); English by default. */
export const WordListExportRequest = z.object({
  request: WordListRequest,
  format: z.enum(exportFormats),
  labels: z
    .object({ title: label, word: label, count: label, share: label, documents: label, cases: label, filterNote: z.string().max(1000) })
    .default({ title: 'Word frequencies', word: 'Word', count: 'Count', share: 'Per 10,000 words', documents: 'Documents', cases: 'Cases', filterNote: '' }),
});
