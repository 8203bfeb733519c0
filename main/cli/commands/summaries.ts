import { summaryCells } from '../../../shared/method/summaries.js';
import { exportFormats } from '../../../shared/tables.js';
import { defineCommand, UsageError } from '../args.js';
import { oneLine, printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';
import { deliver, outputPath } from '../output-file.js';
import { checkExportFlags, presentationOf, presentationOptions } from '../table-presentation.js';
import { fileContent } from '../../jobs/passed-json.js';

export const summariesCommand = defineCommand({
  name: 'summaries',
  positionals: ['PROJECT'],
  options: {
    framework: { type: 'string', value: 'FRAMEWORK', required: true },
    json: { type: 'boolean' },
    format: { type: 'string', value: 'FORMAT', helpValues: { choices: exportFormats.join(', ') } },
    out: { type: 'string', value: 'FILE' },
    quotes: { type: 'boolean' },
    ...presentationOptions,
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    code: { type: 'string', value: 'F/C' },
    set: { type: 'string', value: 'TEXT' },
    coder: { type: 'string', value: 'NAME' },
  },
  async run({ values, positionals: [project] }, io) {
    const format = checkExportFlags(values, exportFormats);
    const setting = [values.case, values.code, values.set].filter((v) => v !== undefined).length;
    if (setting !== 0 && setting !== 3) throw new UsageError('caseCodeSet');
    const presentation = presentationOf(values, io.env);
    await withProject(io, project!, { coder: values.coder, readOnly: setting === 0 }, async (call, opened) => {
      const frameworkId = (await call('frameworks.findByName', { name: values.framework })).id;
      if (setting) {
        const kase = await call('cases.findByName', { name: values.case!, groupName: values.group });
        const code = await call('codes.findByPath', { path: values.code! });
        await call('summaries.set', { caseId: kase.id, codeId: code.id, text: values.set! });
        io.out(messagesFor(io.env).t('commandLineResults.summarySet', { case: kase.name, code: values.code }));
        return;
      }
      const request = { frameworkId };
      if (format !== undefined) {
        const file = outputPath(io, 'out', values.out!, opened.path, { format });
        const table = await call('summaries.export', { request, quotes: values.quotes ?? false, format, ...presentation });
        deliver(io, file, fileContent(table), table.title);
        return;
      }
      const grid = await call('summaries.grid', request);
      if (values.json) {
        printJson(io, grid);
        return;
      }
      const cellAt = summaryCells(grid);
      printTable(
        io,
        [...columnHeads(messagesFor(io.env), 'case'), ...grid.codes.map((c) => c.name)],
        grid.cases.map((c, r) => [c.name, ...grid.codes.map((_, k) => cellAt(r, k)).map((cell) => oneLine(cell.text, 40) || `(${cell.segmentCount})`)]),
      );
    });
  },
});
