import type { QcaResult } from '../../../shared/method/qca-request.js';
import { formatTerm } from '../../../shared/qca/format.js';
import { fixedDigits, formatNumberIn } from '../../../shared/number-format.js';
import type { QcaSolutionSet } from '../../../shared/qca/minimize.js';
import { defineCommand, UsageError } from '../args.js';
import { messagesFor, type Messages } from '../messages.js';
import { printJson, printTable, type CliIo } from '../output.js';
import { withProject } from '../project.js';
import { outputPath, writeWhole } from '../output-file.js';

const expectationWords = { present: 'present', absent: 'absent', either: 'either', '1': 'present', '0': 'absent', '-': 'either' } as const;

export const qcaCommand = defineCommand({
  name: 'qca',
  positionals: ['PROJECT'],
  options: {
    condition: {
      type: 'string', value: 'TEST', multiple: true, required: true,
    },
    outcome: { type: 'string', value: 'TEST', required: true },
    group: { type: 'string', value: 'GROUP' },
    expect: {
      type: 'string', value: 'E,E,...',
    },
    'include-candidates': { type: 'boolean' },
    'include-excluded': { type: 'boolean' },
    'incl-cut': { type: 'string', value: 'X' },
    'n-cut': { type: 'string', value: 'N' },
    negate: { type: 'boolean' },
    'r-csv': { type: 'string', value: 'FILE' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const expectations = values.expect?.split(',').map((word) => {
      const e = expectationWords[word.trim().toLowerCase() as keyof typeof expectationWords];
      if (!e) throw new UsageError('expectWord', { word });
      return e;
    });
    if (expectations && expectations.length !== values.condition.length) {
      throw new UsageError('expectCount', { conditions: values.condition.length, given: expectations.length });
    }
    const consistencyThreshold = values['incl-cut'] === undefined ? undefined : Number(values['incl-cut']);
    const frequencyThreshold = values['n-cut'] === undefined ? undefined : Number(values['n-cut']);
    if (consistencyThreshold !== undefined && !(consistencyThreshold > 0 && consistencyThreshold <= 1)) {
      throw new UsageError('inclCut', { value: values['incl-cut']! });
    }
    if (frequencyThreshold !== undefined && !(Number.isInteger(frequencyThreshold) && frequencyThreshold >= 1)) {
      throw new UsageError('nCut', { value: values['n-cut']! });
    }
    await withProject(io, project!, { readOnly: true }, async (call, opened) => {
      const rCsv = values['r-csv'] === undefined ? undefined : outputPath(io, 'r-csv', values['r-csv'], opened.path, { stdout: false });
      const groupId = values.group === undefined ? undefined : (await call('groups.findByName', { name: values.group })).id;
      const result = await call('qca.run', {
        conditions: values.condition,
        outcome: values.outcome,
        groupId,
        statuses: ['selected', ...(values['include-candidates'] ? ['candidate' as const] : []), ...(values['include-excluded'] ? ['excluded' as const] : [])],
        expectations,
        consistencyThreshold,
        frequencyThreshold,
        negateOutcome: values.negate,
      });
      const words = messagesFor(io.env);
      if (rCsv !== undefined) {
        writeWhole(rCsv, result.rData.csv);
        if (!values.json) io.out(`${words.t('commandLineReports.qca.wroteR', { path: rCsv })}\n${result.rData.rCommands.replace('qca-data.csv', rCsv)}\n`);
      }
      if (values.json) printJson(io, result);
      else printResult(io, result, words);
    });
  },
});


/**
 * The analysis in the system's language, figures too (features/commandLineReports.ts, with the QCA view's own
 * words where they are the same); the conditions and formulas as written.
 */
function printResult(io: CliIo, { analysis, caseNames, formatted }: QcaResult, words: Messages): void {
  const say = (key: string, options?: Record<string, unknown>) => words.t(`commandLineReports.qca.${key}`, options);
  const head = (key: string) => words.t(key).toLocaleUpperCase(words.language);
  // As the QCA view writes them: «1,000» in Russian and Kazakh.
  const fixed = (x: number | null) => (x === null ? '-' : formatNumberIn(words.language, x, fixedDigits(3)));
  const table = analysis.truthTable;
  io.out(say('truthTable', { outcome: table.outcome, consistency: table.consistencyThreshold, frequency: table.frequencyThreshold }));
  printTable(
    io,
    [...table.conditions, head('commandLineReports.qca.heads.out'), head('commandLineReports.qca.heads.n'), head('method.consistency'), head('method.cases')],
    table.rows.map((r) => [
      ...r.configuration.map(String), String(r.outcome) + (r.contradictory ? ' (C)' : ''), String(r.n), fixed(r.consistency),
      r.cases.map((id) => caseNames[id] ?? id).join(', '),
    ]),
  );
  io.out(say('remainders', { count: table.remainders.length }));
  const names = table.conditions;
  const section = (kind: 'complex' | 'parsimonious' | 'intermediate', set: QcaSolutionSet, written: string[]) => {
    io.out('');
    io.out(words.t(`method.solutions.${kind}`));
    if (set.solutions.length === 0) {
      io.out(`  ${say('noOutcome')}`);
      return;
    }
    set.solutions.forEach((solution, i) => {
      const fit = words.t('method.fit', { consistency: fixed(solution.consistency), coverage: fixed(solution.coverage) });
      io.out(`  M${i + 1}: ${written[i]}    ${fit}`);
      printTable(
        io,
        [`    ${head('method.term')}`, ...['method.consistency', 'method.rawCoverage', 'method.uniqueCoverage', 'method.cases'].map(head)],
        solution.terms.map((t) => [
          `    ${formatTerm(t.literals, names)}`, fixed(t.consistency), fixed(t.rawCoverage), fixed(t.uniqueCoverage),
          t.cases.map((id) => caseNames[id] ?? id).join(', '),
        ]),
      );
    });
    if (set.moreSolutionsOmitted) io.out(`  ${say('moreOmitted')}`);
  };
  section('complex', analysis.complex, formatted.complex);
  section('parsimonious', analysis.parsimonious, formatted.parsimonious);
  // Every complex × parsimonious pair gives an intermediate model; flatten them in that order.
  const intermediate: QcaSolutionSet = {
    primeImplicants: [],
    solutions: analysis.intermediate.flatMap((set) => set.solutions),
    moreSolutionsOmitted: analysis.intermediate.some((set) => set.moreSolutionsOmitted),
  };
  section('intermediate', intermediate, formatted.intermediate);
}
