import { defineCommand } from '../args.js';
import { printJson, printTable } from '../output.js';
import { groupFilter, noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { columnHeads, messagesFor } from '../messages.js';
import { fixedDigits, formatNumberIn } from '../../../shared/number-format.js';
import { systemCodebookLanguage } from '../../../shared/default-codebook.js';

export const wordsCommand = defineCommand({
  name: 'words',
  summary: 'Word frequencies of the project, a group, a case or the text coded with a code',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean', help: 'Print the list as JSON' },
    case: { type: 'string', value: 'CASE', help: 'Only documents of this case' },
    group: { type: 'string', value: 'GROUP', help: 'Only documents of cases in this group' },
    'no-group': noGroupOption,
    code: { type: 'string', value: 'FRAMEWORK/CODE', help: 'Only the text of segments coded with this code' },
    stems: { type: 'boolean', help: 'Count word forms together (бюрократия, бюрократии, …)' },
    limit: { type: 'string', value: 'N', help: 'How many words (default 100)' },
  },
  details: 'Stop words (Russian, Kazakh, English, with the project\'s own changes) are left out; SHARE is of all words.',
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, {}, async (call) => {
      const request = {
        byStem: values.stems ?? false,
        language: systemCodebookLanguage(io.env),
        limit: values.limit === undefined ? 100 : Number(values.limit),
        caseId: values.case === undefined ? undefined : (await call('cases.findByName', { name: values.case })).id,
        groupId: await groupFilter(call, values),
        codeId: values.code === undefined ? undefined : (await call('codes.findByPath', { path: values.code })).id,
      };
      const list = await call('words.list', request);
      if (values.json) {
        printJson(io, list);
        return;
      }
      // Figures as the app's word list shows them: «1 234», «1,07 %» in Russian.
      const number = (value: number, options?: Intl.NumberFormatOptions) => formatNumberIn(words.language, value, options);
      printTable(
        io,
        columnHeads(words, 'word', 'count', 'share', 'documents', 'cases'),
        list.words.map((w) => [w.word, number(w.count), number(w.share, fixedDigits(2, 'percent')), number(w.documents), number(w.cases)]),
      );
      io.err(words.t('search.words.total', { total: list.totalWords, distinct: list.distinctWords }));
    });
  },
});
