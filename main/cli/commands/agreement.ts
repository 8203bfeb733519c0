import { formatAgreementText } from '../../agreement/format-text.js';
import { DEFAULT_OVERLAP_THRESHOLD, type AgreementRequest } from '../../../shared/agreement/schema.js';
import { defineCommand, UsageError } from '../args.js';
import { messagesFor } from '../messages.js';
import { printJson } from '../output.js';
import { withProject } from '../project.js';
import { deliver, outputPath } from '../output-file.js';
import { checkExportFlags, presentationOf, presentationOptions } from '../table-presentation.js';
import { fileContent } from '../../jobs/passed-json.js';
import { exportFormats } from '../../../shared/tables.js';

/** Disagreements the text report lists; it counts them all. */
const TEXT_DISAGREEMENTS = 50;

export const agreementCommand = defineCommand({
  name: 'agreement',
  positionals: ['PROJECT'],
  options: {
    coders: { type: 'string', value: 'A,B[,C...]', required: true },
    framework: { type: 'string', value: 'FRAMEWORK' },
    overlap: { type: 'string', value: 'RATIO', helpValues: { default: String(DEFAULT_OVERLAP_THRESHOLD) } },
    json: { type: 'boolean' },
    format: { type: 'string', value: 'FORMAT', helpValues: { choices: exportFormats.join(', ') } },
    out: { type: 'string', value: 'FILE' },
    ...presentationOptions,
  },
  async run({ values, positionals: [project] }, io) {
    const format = checkExportFlags(values, exportFormats);
    const presentation = presentationOf(values, io.env);
    const coders = values.coders.split(',').map((name) => name.trim()).filter((name) => name !== '');
    if (coders.length < 2) throw new UsageError('codersTwo');
    const request: AgreementRequest = { coders };
    if (values.overlap !== undefined) {
      const threshold = Number(values.overlap);
      if (!(threshold > 0 && threshold <= 1)) throw new UsageError('overlap', { value: values.overlap });
      request.overlapThreshold = threshold;
    }
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call, opened) => {
      if (values.framework !== undefined) request.frameworkId = (await call('frameworks.findByName', { name: values.framework })).id;
      if (format !== undefined) {
        const file = outputPath(io, 'out', values.out!, opened.path, { format });
        const table = await call('agreement.export', { request, format, ...presentation });
        deliver(io, file, fileContent(table), table.title);
        return;
      }
      // The text lists the first disagreements (all are counted); --json lists every one.
      const report = await call('agreement.report', values.json ? request : { ...request, maxDisagreements: TEXT_DISAGREEMENTS });
      if (values.json) printJson(io, report);
      else io.out(formatAgreementText(report, messagesFor(io.env), TEXT_DISAGREEMENTS));
    });
  },
});
