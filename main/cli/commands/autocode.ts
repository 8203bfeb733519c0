import { defineCommand } from '../args.js';
import { oneLine, printTable } from '../output.js';
import { withProject } from '../project.js';
import { UsageError } from '../args.js';
import { scopeOf } from './search.js';

const scopes = ['hit', 'sentence', 'paragraph'] as const;

export const autocodeCommand = defineCommand({
  name: 'autocode',
  summary: 'Code every search hit (or its sentence or paragraph) with a code, as one undoable step',
  positionals: ['PROJECT', 'QUERY'],
  options: {
    code: { type: 'string', value: 'FRAMEWORK/CODE', required: true, help: 'The code to apply' },
    scope: { type: 'string', value: 'hit|sentence|paragraph', help: 'What to code around each hit (default: hit)' },
    coder: { type: 'string', value: 'NAME', help: 'Who codes (default: $CASECODER_CODER, else your settings)' },
    'dry-run': { type: 'boolean', help: 'Only list the spans that would be coded' },
    case: { type: 'string', value: 'CASE', help: 'Only documents of this case' },
    group: { type: 'string', value: 'GROUP', help: 'Only documents of cases in this group' },
  },
  details: 'QUERY is read as by casecoder search. START and END are code points.',
  async run({ values, positionals: [project, query] }, io) {
    const codingScope = values.scope ?? 'hit';
    if (!(scopes as readonly string[]).includes(codingScope)) throw new UsageError(`--scope must be one of ${scopes.join(', ')}`);
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      const codeId = (await call('codes.findByPath', { path: values.code })).id;
      const scope = await scopeOf(call, { case: values.case, group: values.group });
      const preview = await call('search.autocodePreview', { query: query!, scope, codingScope: codingScope as (typeof scopes)[number], codeId });
      printTable(
        io,
        ['CASE', 'DOCUMENT', 'START', 'END', 'TEXT'],
        preview.spans.map((s) => [s.caseName, s.documentName, String(s.start), String(s.end), oneLine(s.text, 60)]),
      );
      if (!preview.complete) io.out(`More spans than one run codes (${preview.spans.length}); narrow the query or scope.`);
      if (values['dry-run'] || preview.spans.length === 0 || !preview.complete) {
        io.out(`${preview.spans.length} span(s) would be coded as ${values.code}; nothing was changed`);
        return;
      }
      const result = await call('search.autocodeApply', { codeId, spans: preview.spans.map(({ documentId, start, end }) => ({ documentId, start, end })) });
      io.out(`Coded ${result.coded} span(s) as ${values.code}${result.unchanged > 0 ? ` (${result.unchanged} already were)` : ''}; one undo step`);
    });
  },
});
