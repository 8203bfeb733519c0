import { caseStatuses } from '../../../shared/method/selection.js';
import { defineCommand, oneOf } from '../args.js';
import { messagesFor, statusText } from '../messages.js';
import { withProject } from '../project.js';

export const selectCommand = defineCommand({
  name: 'select',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true },
    group: { type: 'string', value: 'GROUP' },
    status: { type: 'string', value: 'STATUS', required: true, helpValues: { choices: caseStatuses.join(', ') } },
    reason: { type: 'string', value: 'TEXT' },
    criteria: { type: 'string', value: 'A,B' },
    coder: { type: 'string', value: 'NAME' },
  },
  async run({ values, positionals: [project] }, io) {
    const status = oneOf('status', values.status, caseStatuses);
    const criteria = (values.criteria ?? '').split(',').map((c) => c.trim()).filter((c) => c !== '');
    await withProject(io, project!, { coder: values.coder }, async (call) => {
      const found = await call('cases.findByName', { name: values.case, groupName: values.group });
      await call('selection.decide', { caseId: found.id, status, reason: values.reason ?? '', criteria });
      const { funnel } = await call('selection.report', {});
      const words = messagesFor(io.env);
      io.out(words.t('commandLineResults.decided', { case: found.name, status: statusText(words, status), funnel: words.t('commandLineResults.funnel', funnel) }));
    });
  },
});
