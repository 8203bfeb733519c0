import { defineCommand } from '../args.js';
import { oneLine } from '../output.js';
import { messagesFor } from '../messages.js';
import { withProject } from '../project.js';

export const codeCommand = defineCommand({
  name: 'code',
  summary: 'Code the one place a quote occurs in a case\'s documents',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true, help: 'Name of the case' },
    group: { type: 'string', value: 'GROUP', help: 'Group of the case, when cases of other groups share its name' },
    quote: { type: 'string', value: '"EXACT TEXT"', required: true, help: 'Text as it is in the document (line endings aside)' },
    code: { type: 'string', value: 'FRAMEWORK/CODE', required: true, help: 'Code path, e.g. STEEPL/Economic or FRAMEWORK/PARENT/CHILD' },
    coder: { type: 'string', value: 'NAME', help: 'Who codes (default: $CASECODER_CODER, else your settings)' },
  },
  details: 'The quote must occur exactly once in all the documents of the case; if it occurs more often, give a longer one.',
  async run({ values, positionals: [project] }, io) {
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      const coded = await call('coding.applyByQuote', { caseName: values.case, groupName: values.group, quote: values.quote, codePath: values.code });
      io.out(messagesFor(io.env).t('commandLineResults.coded', {
        quote: oneLine(values.quote, 60), document: coded.documentName, case: values.group ? `${values.group} · ${values.case}` : values.case,
        start: coded.start, end: coded.end, code: coded.codePath,
      }));
    });
  },
});
