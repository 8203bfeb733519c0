import { extname, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../../shared/entities.js';
import type { MergeChoices, MergePlan } from '../../../shared/merge.js';
import { defineCommand, oneOf, UsageError } from '../args.js';
import { rowsByKind, messagesFor, notMergedMessage } from '../messages.js';
import { printJson, type CliIo } from '../output.js';
import { checkInput } from '../read-input.js';
import { withProject } from '../project.js';
import { watchJob } from '../watch-job.js';

/** What one merge did (or, in a dry run, would do), named as the command line named it. */
type MergeReport = Omit<MergePlan, 'planId'>;

export const mergeCommand = defineCommand({
  name: 'merge',
  positionals: ['PROJECT', 'OTHER...'],
  options: {
    prefer: { type: 'string', value: 'ours|theirs' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project, ...others] }, io) {
    const words = messagesFor(io.env);
    if (others.length === 0) throw new UsageError('mergeFromNone');
    const prefer = oneOf('prefer', values.prefer ?? 'ours', ['ours', 'theirs']);
    const fileOf = (other: string) => (extname(other) ? other : `${other}${PROJECT_EXTENSION}`);
    // Each is there and of a size that merges before the first is merged, so a typo in the
    // last name does not leave the first merged alone.
    for (const other of others) checkInput(io, fileOf(other));
    await withProject(io, project!, {}, async (call) => {
      const reports: MergeReport[] = [];
      for (const other of others) {
        const file = fileOf(other);
        // The path as typed, so that a refusal names the file the user gave, not a temporary copy.
        // Read where it lies: a project of any size, a package within the import's limit. A REFI-QDA package is written
        // into a private project first, as a job: progress and Ctrl+C apply.
        const plan = await watchJob(call, io, words.t('commandLine.work.reading', { file: other }), () =>
          call('merge.plan', { path: resolve(io.cwd, file), shownAs: file }));
        const choices: MergeChoices = Object.fromEntries(
          plan.conflicts.map((c) => [c.id, c.options.includes(prefer) ? prefer : c.options[0]!]),
        );
        // A dry run's plan holds each conflict's default: it says what --prefer would choose.
        const { planId: _planId, ...outcome } = values['dry-run']
          ? (await call('merge.cancel', { planId: plan.planId }), { ...plan, conflicts: plan.conflicts.map((c) => ({ ...c, chosen: choices[c.id]! })) })
          : await watchJob(call, io, words.t('commandLine.work.merging', { file: other }), () => call('merge.apply', { planId: plan.planId, choices }));
        reports.push({ ...outcome, source: other });
      }
      if (values.json) printJson(io, reports);
      else for (const report of reports) printReport(io, report, values['dry-run'] === true);
      for (const report of reports) printRefused(io, report);
    });
  },
});

function printReport(io: CliIo, report: MergeReport, dryRun: boolean): void {
  const words = messagesFor(io.env);
  const line = dryRun ? 'wouldMerge' : 'merged';
  io.out(words.t(`commandLineResults.${line}`, { source: report.source, added: rowsByKind(words, report.added), matched: rowsByKind(words, report.matched) }));
  for (const conflict of report.conflicts) {
    const text = words.t(`merge.conflictText.${conflict.kind}`, conflict.params);
    const chosen = words.t(`commandLineResults.${dryRun ? 'wouldChoose' : 'chose'}.${conflict.chosen}`);
    io.out(`  ${words.t('commandLineResults.conflict', { text, chosen })}`);
  }
}

/** What was not merged because it breaks a rule, on stderr (stdout stays the report, or JSON). */
function printRefused(io: CliIo, report: MergeReport): void {
  const words = messagesFor(io.env);
  for (const refusal of report.refused) io.err(`${report.source}: ${notMergedMessage(words, refusal)}`);
}
