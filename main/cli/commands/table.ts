import { countings, exportFormats, tableKinds, type TableRequest } from '../../../shared/tables.js';
import { defineCommand, oneOf } from '../args.js';
import { deliver, outputPath } from '../output-file.js';
import { groupFilter, noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { presentationOf, presentationOptions } from '../table-presentation.js';
import { watchJob } from '../watch-job.js';
import { messagesFor } from '../messages.js';
import { fileContent } from '../../jobs/passed-json.js';

export const tableCommand = defineCommand({
  name: 'table',
  positionals: ['PROJECT'],
  options: {
    kind: { type: 'string', value: 'KIND', required: true, helpValues: { choices: tableKinds.join(', ') } },
    rows: { type: 'string', value: 'FRAMEWORK' },
    cols: { type: 'string', value: 'FRAMEWORK' },
    // Not --leave-out, which search and autocode take for a word form (leave-out-option.ts).
    'leave-out-row': { type: 'string', value: 'CODE', multiple: true },
    'leave-out-col': { type: 'string', value: 'CODE', multiple: true },
    group: { type: 'string', value: 'GROUP' },
    'no-group': noGroupOption,
    format: { type: 'string', value: 'FORMAT', required: true, helpValues: { choices: exportFormats.join(', ') } },
    out: { type: 'string', value: 'FILE', required: true },
    ...presentationOptions,
    count: { type: 'string', value: 'WHAT', helpValues: { choices: countings.join(', ') } },
    'counts-only': { type: 'boolean' },
    appendix: { type: 'boolean' },
    'include-all-cases': { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    const kind = oneOf('kind', values.kind, tableKinds);
    const format = oneOf('format', values.format, exportFormats);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call, opened) => {
      const file = outputPath(io, 'out', values.out, opened.path, { format });
      const request: TableRequest = { kind, ...presentationOf(values, io.env) };
      if (values.count !== undefined) request.count = oneOf('count', values.count, countings);
      if (values['counts-only']) request.countsOnly = true;
      // Said, not silently dropped (review-cli-1208 #8): co-occurrence counts pairs; counts only is a crosstab's.
      const ignored = [
        ...(values.count !== undefined && kind === 'cooccurrence' ? ['--count'] : []),
        ...(values['counts-only'] && kind !== 'crosstab' ? ['--counts-only'] : []),
      ];
      for (const option of ignored) io.err(words.t('commandLine.optionIgnored', { option, kind: words.t(`tables.kinds.${kind}`) }));
      if (values.appendix) request.appendix = true;
      if (values.rows !== undefined) request.rowFramework = (await call('frameworks.findByName', { name: values.rows })).id;
      if (values.cols !== undefined) request.columnFramework = (await call('frameworks.findByName', { name: values.cols })).id;
      // By path, as casecoder codes lists them; the builder refuses a code of neither axis.
      const ids = (paths: string[] | undefined) => Promise.all((paths ?? []).map(async (path) => (await call('codes.findByPath', { path })).id));
      const [rows, columns] = [await ids(values['leave-out-row']), await ids(values['leave-out-col'])];
      if (rows.length + columns.length > 0) request.leaveOut = { rows, columns };
      const groupId = await groupFilter(call, values);
      if (groupId !== undefined) request.filters = { groupIds: [groupId] };
      if (values['include-all-cases']) request.filters = { ...request.filters, statuses: ['selected', 'candidate', 'excluded'] };
      // The table is built in a worker thread (a job); its progress is read meanwhile.
      const table = await watchJob(call, io, words.t('commandLine.work.tableSteps', { kind: words.t(`tables.kinds.${kind}`) }), () => call('tables.export', { request, format }));
      deliver(io, file, fileContent(table), words.t('commandLine.written.table', { title: table.title, rows: table.rowCount, columns: table.columnCount }));
    });
  },
});
