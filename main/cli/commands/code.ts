import { defineCommand } from '../args.js';
import { oneLine } from '../output.js';
import { messagesFor } from '../messages.js';
import { withProject } from '../project.js';

export const codeCommand = defineCommand({
  name: 'code',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true },
    group: { type: 'string', value: 'GROUP' },
    quote: { type: 'string', value: '"EXACT TEXT"', required: true },
    code: { type: 'string', value: 'FRAMEWORK/CODE', required: true },
    coder: { type: 'string', value: 'NAME' },
  },
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
