import { formatAgreementText } from '../../agreement/format-text.js';
import { DEFAULT_OVERLAP_THRESHOLD, type AgreementRequest } from '../../../shared/agreement/schema.js';
import { defineCommand, UsageError } from '../args.js';
import { messagesFor } from '../messages.js';
import { printJson } from '../output.js';
import { withProject } from '../project.js';

/** Disagreements the text report lists; it counts them all. */
const TEXT_DISAGREEMENTS = 50;

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: "Inter-coder agreement per code and framework: percent, Cohen's kappa, Krippendorff's alpha",
  positionals: ['PROJECT'],
  options: {
    coders: { type: 'string', value: 'A,B[,C...]', required: true, help: 'The coders to compare: two or more names, comma-separated' },
    framework: { type: 'string', value: 'FRAMEWORK', help: 'Only the codes of this framework' },
    overlap: {
      type: 'string',
      value: 'RATIO',
      help: `Segments are one unit when shared / combined length is at least this (above 0, at most 1; default ${DEFAULT_OVERLAP_THRESHOLD})`,
    },
    json: { type: 'boolean', help: 'Print the whole report as JSON, every disagreement included' },
  },
  details:
    'Only documents every named coder coded are compared. Figures are given character by character (every code point a unit) ' +
    'and by segment (segments of different coders matched by overlap); n/a marks a figure that is 0/0, with the reason.',
  async run({ values, positionals: [project] }, io) {
    const coders = values.coders.split(',').map((name) => name.trim()).filter((name) => name !== '');
    if (coders.length < 2) throw new UsageError('--coders needs two or more names, e.g. --coders Ada,Boris');
    const request: AgreementRequest = { coders };
    if (values.overlap !== undefined) {
      const threshold = Number(values.overlap);
      if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--overlap must be a number above 0 and at most 1, not ${values.overlap}`);
      request.overlapThreshold = threshold;
    }
    await withProject(io, project!, {}, async (call) => {
      if (values.framework !== undefined) request.frameworkId = (await call('frameworks.findByName', { name: values.framework })).id;
      // The text lists the first disagreements (all are counted); --json lists every one.
      const report = await call('agreement.report', values.json ? request : { ...request, maxDisagreements: TEXT_DISAGREEMENTS });
      if (values.json) printJson(io, report);
      else io.out(formatAgreementText(report, messagesFor(io.env), TEXT_DISAGREEMENTS));
    });
  },
});
