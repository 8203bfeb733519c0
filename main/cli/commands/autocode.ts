import { AppError } from '../../errors.js';
import { formatNumberIn } from '../../../shared/number-format.js';
import { defineCommand, oneOf } from '../args.js';
import { oneLine, printJson, printTable } from '../output.js';
import { columnHeads, counted, messagesFor } from '../messages.js';
import { noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { scopeOf } from './search.js';
import { holdsOnlyLeftOut, spanForms } from '../../../shared/search.js';
import { leaveOutOption, leftOutForms, refuseNotFound } from '../leave-out-option.js';
import { attributeOption, documentOption } from '../scope-options.js';

const scopes = ['hit', 'sentence', 'paragraph'] as const;

export const autocodeCommand = defineCommand({
  name: 'autocode',
  positionals: ['PROJECT', 'QUERY'],
  options: {
    code: { type: 'string', value: 'FRAMEWORK/CODE', required: true },
    scope: { type: 'string', value: 'hit|sentence|paragraph' },
    coder: { type: 'string', value: 'NAME' },
    'dry-run': { type: 'boolean' },
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    'no-group': noGroupOption,
    document: documentOption,
    attribute: attributeOption,
    'leave-out': leaveOutOption,
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project, query] }, io) {
    const codingScope = oneOf('scope', values.scope ?? 'hit', scopes);
    const words = messagesFor(io.env);
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      const codeId = (await call('codes.findByPath', { path: values.code })).id;
      const scope = await scopeOf(call, { case: values.case, group: values.group, 'no-group': values['no-group'], document: values.document, attribute: values.attribute });
      const preview = await call('search.autocodePreview', { query: query!, scope, codingScope, codeId });
      // Past the cap nothing is coded, as the app's Apply is then off: a run that would code is
      // refused, its spans not listed, so that `autocode … && next-step` stops there.
      if (!preview.complete && !values['dry-run']) {
        throw new AppError('autocodeTooMany', `More spans than one run codes (${formatNumberIn('en', preview.spans.length)}): nothing was coded; narrow the query or scope`, {
          total: preview.spans.length,
        });
      }
      const leftOut = leftOutForms(values['leave-out']);
      // Past the cap the forms of the spans not listed are unknown; nothing is coded then anyway.
      if (preview.complete) refuseNotFound(leftOut, new Set(preview.spans.flatMap(spanForms)));
      const spans = preview.spans.filter((s) => !holdsOnlyLeftOut(s, leftOut));
      // With --json, stdout holds one JSON document (the spans, and what was coded); the sentences go to stderr.
      const listed = spans.map(({ caseName, documentName, documentId, start, end, text }) => ({ caseName, documentName, documentId, start, end, text }));
      if (!values.json) {
        printTable(
          io,
          columnHeads(words, 'case', 'document', 'start', 'end', 'text'),
          listed.map((s) => [s.caseName, s.documentName, String(s.start), String(s.end), oneLine(s.text, 60)]),
        );
      }
      const said = (key: string, params: Record<string, unknown>) => (values.json ? io.err : io.out)(words.t(`commandLineResults.${key}`, { code: values.code, ...params }));
      const report = (coded = 0, unchanged = 0) => values.json && printJson(io, { spans: listed, complete: preview.complete, coded, unchanged });
      // A dry run past the cap lists the first spans; that none would be coded is a warning.
      if (!preview.complete) {
        report();
        io.err(words.t('commandLineResults.autocodeIncomplete', { total: preview.spans.length }));
        return;
      }
      if (values['dry-run'] || spans.length === 0) {
        report();
        said('autocodePreview', { spans: counted(words, 'span', spans.length) });
        return;
      }
      const result = await call('search.autocodeApply', { codeId, spans: spans.map(({ documentId, start, end }) => ({ documentId, start, end })) });
      report(result.coded, result.unchanged);
      said(result.unchanged > 0 ? 'autocodedSome' : 'autocoded', { spans: counted(words, 'span', result.coded), unchanged: result.unchanged });
    });
  },
});
