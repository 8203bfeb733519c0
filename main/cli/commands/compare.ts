import type { ComparisonRequest } from '../../../shared/method/comparison.js';
import { exportFormats } from '../../../shared/tables.js';
import { findByName } from '../../../shared/names.js';
import { AppError } from '../../errors.js';
import { defineCommand } from '../args.js';
import { printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';
import { formatNumberIn } from '../../../shared/number-format.js';
import { rangeLabel } from '../../../shared/method/value-ranges.js';
import { rangingText } from '../../../shared/i18n/ranging-text.js';
import { deliver, outputPath } from '../output-file.js';
import { checkExportFlags, presentationOf, presentationOptions } from '../table-presentation.js';
import { fileContent } from '../../jobs/passed-json.js';

export const compareCommand = defineCommand({
  name: 'compare',
  positionals: ['PROJECT'],
  options: {
    by: { type: 'string', value: 'group|ATTRIBUTE' },
    framework: { type: 'string', value: 'FRAMEWORK' },
    json: { type: 'boolean' },
    format: { type: 'string', value: 'FORMAT', helpValues: { choices: exportFormats.join(', ') } },
    out: { type: 'string', value: 'FILE' },
    ...presentationOptions,
  },
  async run({ values, positionals: [project] }, io) {
    const format = checkExportFlags(values, exportFormats);
    const presentation = presentationOf(values, io.env);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call, opened) => {
      const request: ComparisonRequest = {};
      if (values.by !== undefined && values.by !== 'group') {
        const attributes = await call('attributes.list', {});
        const attribute = findByName(attributes, values.by);
        if (!attribute) {
          throw new AppError('attributeNotFound', `No attribute named ${values.by} (attributes: ${attributes.map((a) => a.name).join(', ') || 'none'})`, {
            attribute: values.by,
          });
        }
        request.by = { attributeId: attribute.id };
      }
      if (values.framework !== undefined) request.frameworkId = (await call('frameworks.findByName', { name: values.framework })).id;
      if (format !== undefined) {
        const file = outputPath(io, 'out', values.out!, opened.path, { format });
        const table = await call('comparison.export', { request, format, ...presentation });
        deliver(io, file, fileContent(table), table.title);
        return;
      }
      const comparison = await call('comparison.build', request);
      if (values.json) {
        printJson(io, comparison);
        return;
      }
      const words = messagesFor(io.env);
      // As the comparison view writes a share: «38 %» in Russian.
      const percent = (share: number | null) => (share === null ? '-' : formatNumberIn(words.language, share, { style: 'percent' }));
      const [code, difference] = columnHeads(words, 'code', 'difference');
      const { ranging } = comparison;
      const partName = (p: (typeof comparison.parts)[number]) => (p.range && ranging ? rangeLabel(ranging.kind, p.range, words.language) : p.label);
      printTable(
        io,
        [code!, ...comparison.parts.map((p) => `${partName(p)} (n=${p.cases})`), difference!],
        comparison.rows.map((r) => [
          r.code, ...r.counts.map((n, i) => `${n} (${percent(r.shares[i]!)})`),
          // No difference where too few columns have cases enough (shared/method/comparison.ts).
          r.difference === null ? '-' : words.t('commandLineResults.points', { count: Math.round(r.difference * 100) }),
        ]),
      );
      // Under the table, as the view says it above: how the ranges were made.
      if (ranging) io.out(rangingText(words, comparison.by, ranging));
    });
  },
});
