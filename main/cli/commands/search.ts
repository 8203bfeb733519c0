import { PARAGRAPH_MARK, type SearchResult, type SearchScope } from '../../../shared/search.js';
import type { Words } from '../../../shared/i18n/error-text.js';
import { defineCommand } from '../args.js';
import type { Call } from '../call.js';
import { printJson, printTable } from '../output.js';
import { groupFilter, noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { columnHeads, messagesFor } from '../messages.js';
import { leaveOutOption, leftOutForms, refuseNotFound } from '../leave-out-option.js';
import { attributeOption, attributeScope, documentOption, documentScope } from '../scope-options.js';

/** The most hits the command prints (the contract's largest page). */
const MAX_HITS = 5000;

export const searchCommand = defineCommand({
  name: 'search',
  positionals: ['PROJECT', 'QUERY'],
  options: {
    json: { type: 'boolean' },
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    'no-group': noGroupOption,
    document: documentOption,
    attribute: attributeOption,
    code: { type: 'string', value: 'FRAMEWORK/CODE' },
    'leave-out': leaveOutOption,
  },
  async run({ values, positionals: [project, query] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, { readOnly: true }, async (call) => {
      const scope = await scopeOf(call, values);
      const leftOut = leftOutForms(values['leave-out']);
      // Counts on: the forms found come with them, the left-out ones among them (SearchResult.forms).
      const result = await call('search.run', { query: query!, scope, limit: MAX_HITS, counts: true, leaveOut: [...leftOut] });
      refuseNotFound(leftOut, new Set(result.forms?.map(({ form }) => form)));
      if (values.json) {
        printJson(io, result);
        return;
      }
      printTable(
        io,
        columnHeads(words, 'case', 'group', 'document', 'start', 'end', 'context'),
        result.hits.map((h) => [h.caseName, h.groupName ?? '', h.documentName, String(h.start), String(h.end), contextLine(h.line)]),
      );
      const hits = words.t('commandLine.hitsInCases', { hits: words.t('search.hits', { count: result.totalHits }), count: result.cases.length });
      io.err(result.complete ? hits : `${hits}; ${words.t('search.shown', { count: result.hits.length })}`);
      for (const line of formLines(words, result, leftOut)) io.err(line);
    });
  },
});

/**
 * What the query found, as the app's list of words found shows it: each form with its hits,
 * most first, the first MAX_SEARCH_FORMS and «N more»; then, on their own line, those left out.
 */
function formLines(words: Words, { forms, moreForms }: SearchResult, leftOut: ReadonlySet<string>): string[] {
  const list = (shown: NonNullable<SearchResult['forms']>) => shown.map(({ form, hits }) => words.t('search.foundForm', { form, count: hits }));
  const kept = list(forms?.filter(({ form }) => !leftOut.has(form)) ?? []);
  if (moreForms > 0) kept.push(words.t('search.moreForms', { count: moreForms }));
  const left = list(forms?.filter(({ form }) => leftOut.has(form)) ?? []);
  return [
    ...(kept.length > 0 ? [words.t('commandLine.formsFound', { forms: kept.join(', ') })] : []),
    ...(left.length > 0 ? [words.t('commandLine.formsLeftOut', { forms: left.join(', ') })] : []),
  ];
}

/** A paragraph mark with the spaces around it (a blank line's among them). */
const SPACED_MARK = new RegExp(` *${PARAGRAPH_MARK} *`, 'g');

/** The context line with the hits in [brackets] and … where the document goes on. */
function contextLine(line: { text: string; highlights: { start: number; end: number }[]; moreBefore: boolean; moreAfter: boolean }): string {
  const chars = [...line.text];
  let out = '';
  let at = 0;
  for (const h of line.highlights) {
    out += chars.slice(at, h.start).join('') + '[' + chars.slice(h.start, h.end).join('') + ']';
    at = h.end;
  }
  out += chars.slice(at).join('');
  // Spaced, the paragraph mark reads as a break between two answers, not as part of a word.
  out = out.replace(SPACED_MARK, ` ${PARAGRAPH_MARK} `);
  return `${line.moreBefore ? '…' : ''}${out}${line.moreAfter ? '…' : ''}`;
}

/** The scope named by --case, --group (or --no-group), --document, --attribute and --code (shared by search and autocode). */
export async function scopeOf(
  call: Call,
  values: {
    case?: string | undefined; group?: string | undefined; 'no-group'?: boolean | undefined;
    document?: string | undefined; attribute?: readonly string[] | undefined; code?: string | undefined;
  },
): Promise<SearchScope> {
  const scope: SearchScope = {};
  if (values.case !== undefined) scope.caseIds = [(await call('cases.findByName', { name: values.case })).id];
  const groupId = await groupFilter(call, values);
  if (groupId !== undefined) scope.groupIds = [groupId];
  if (values.document !== undefined) scope.documentIds = [await documentScope(call, values.document, scope.caseIds?.[0])];
  const attributes = await attributeScope(call, values.attribute ?? []);
  if (attributes.length > 0) scope.attributes = attributes;
  if (values.code !== undefined) scope.codeIds = [(await call('codes.findByPath', { path: values.code })).id];
  return scope;
}
