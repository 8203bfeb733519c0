import { defineCommand, UsageError } from '../args.js';
import { MAX_WORD_LIST } from '../../../shared/search.js';
import { printJson, printTable } from '../output.js';
import { groupFilter, noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { columnHeads, messagesFor } from '../messages.js';
import { fixedDigits, formatNumberIn } from '../../../shared/number-format.js';
import { systemCodebookLanguage } from '../../../shared/default-codebook.js';

export const wordsCommand = defineCommand({
  name: 'words',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    'no-group': noGroupOption,
    code: { type: 'string', value: 'FRAMEWORK/CODE' },
    stems: { type: 'boolean' },
    limit: { type: 'string', value: 'N' },
  },
  async run({ values, positionals: [project] }, io) {
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    // Checked here, as --n-cut and --overlap are, so that a bad value is a usage error, not the contract's validator text.
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= MAX_WORD_LIST)) throw new UsageError('limit', { value: values.limit!, max: MAX_WORD_LIST });
    const words = messagesFor(io.env);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call) => {
      const request = {
        byStem: values.stems ?? false,
        language: systemCodebookLanguage(io.env),
        limit,
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
