import { exportFormats } from '../../../shared/tables.js';
import { defineCommand } from '../args.js';
import { oneLine, printJson, printTable } from '../output.js';
import { columnHeads, messagesFor, statusText } from '../messages.js';
import { formatMoment } from '../../../shared/locale-format.js';
import { withProject } from '../project.js';
import { deliver, outputPath } from '../output-file.js';
import { checkExportFlags, presentationOf, presentationOptions } from '../table-presentation.js';
import { fileContent } from '../../jobs/passed-json.js';

export const selectionCommand = defineCommand({
  name: 'selection',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
    format: { type: 'string', value: 'FORMAT', helpValues: { choices: exportFormats.join(', ') } },
    out: { type: 'string', value: 'FILE' },
    ...presentationOptions,
  },
  async run({ values, positionals: [project] }, io) {
    const format = checkExportFlags(values, exportFormats);
    const presentation = presentationOf(values, io.env);
    await withProject(io, project!, { readOnly: true }, async (call, opened) => {
      if (format !== undefined) {
        const file = outputPath(io, 'out', values.out!, opened.path, { format });
        const table = await call('selection.export', { format, ...presentation });
        deliver(io, file, fileContent(table), table.title);
        return;
      }
      const report = await call('selection.report', {});
      if (values.json) {
        printJson(io, report);
        return;
      }
      const { pool, selected, excluded, candidate } = report.funnel;
      const words = messagesFor(io.env);
      io.out(words.t('commandLineResults.funnelLine', { pool, selected, excluded, candidate }));
      printTable(
        io,
        columnHeads(words, 'case', 'group', 'status', 'reason', 'criteria', 'decidedBy', 'when'),
        // The status and the moment as the app's selection log shows them («Исключён», «5 дек. 2026 г., 10:08»).
        report.cases.map((c) => [
          c.caseName, c.groupName ?? '', statusText(words, c.status, c.decision !== null), oneLine(c.decision?.reason ?? '', 60),
          (c.decision?.criteria ?? []).join(', '), c.decision?.decidedBy ?? '', c.decision ? formatMoment(c.decision.decidedAt, words.language) : '',
        ]),
      );
    });
  },
});
