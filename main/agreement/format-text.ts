/**
 * The agreement report as plain text for the command line: a table of the frameworks, one of the codes,
 * the first disagreements, and how the figures were computed. Figures that are undefined
 * (0/0) show as n/a with a numbered note giving the reason. In the words and figures of `words`' language
 * (features/commandLineReports.ts; the heads other commands print too are theirs, commandLineResults);
 * in English a reason is the service's own, which says more than the app's note beside a figure.
 * The method's notes too are in `words`' language (method-notes.ts).
 */
import type { AgreementReport, MethodResult } from '../../shared/agreement/schema.js';
import type { Statistic } from '../../shared/agreement/units.js';
import { largest } from '../../shared/extremes.js';
import { caseLabel } from '../../shared/sheets.js';
import type { Words } from '../../shared/i18n/error-text.js';
import { fixedDigits, formatNumberIn } from '../../shared/number-format.js';
import { formatList } from '../../shared/locale-format.js';
import { methodNotes } from './method-notes.js';

const WIDTH = 100;

export function formatAgreementText(report: AgreementReport, words: Words & { language: string }, maxDisagreements = 50): string {
  const say = (key: string, options?: Record<string, unknown>) => words.t(`commandLineReports.agreement.${key}`, options);
  const upper = (text: string) => text.toLocaleUpperCase(words.language);
  const head = (key: string) => upper(say(`heads.${key}`));
  const shared = (key: string) => upper(words.t(`commandLineResults.${key}`));
  const reasons: string[] = [];
  const withKappa = report.coders.length === 2;
  const figure = (stat: Statistic, format: (value: number) => string) => {
    if (stat.value !== null) return format(stat.value);
    const reason = words.language === 'en' ? stat.reason : words.t(`agreement.reasons.${stat.code}`);
    if (!reasons.includes(reason)) reasons.push(reason);
    return `${words.t('agreement.notAvailable')}[${reasons.indexOf(reason) + 1}]`;
  };
  // As the agreement view writes them: «90,0 %» and «0,800» (a kappa below zero «−0,111») in Russian.
  const percent = (v: number) => formatNumberIn(words.language, v, fixedDigits(1, 'percent'));
  const decimal = (v: number) => formatNumberIn(words.language, v, fixedDigits(3));
  const cells = (result: MethodResult) => [
    figure(result.percentAgreement, percent),
    ...(withKappa ? [figure(result.kappa, decimal)] : []),
    figure(result.alpha, decimal),
    String(result.units),
  ];
  const column = (method: string, figure: string) => upper(say('column', { method: say(`heads.${method}`), figure: say(`heads.${figure}`) }));
  const headers = (first: string) => [
    shared(first),
    ...['char', 'seg'].flatMap((method) => [
      column(method, 'agree'), ...(withKappa ? [column(method, 'kappa')] : []), column(method, 'alpha'), column(method, 'units'),
    ]),
  ];

  const totalLength = report.documents.reduce((sum, d) => sum + d.length, 0);
  const lines = [
    say('between', {
      coders: formatList(words.language, report.coders),
      documents: say('documents', { count: report.documents.length }),
      codePoints: say('codePoints', { count: totalLength }),
    }),
    say('overlap', { threshold: report.overlapThreshold }),
  ];
  if (report.skippedDocuments.length > 0) {
    const skipped = report.skippedDocuments.map((d) => `${documentLabel(d)} (${d.codedBy.join(', ')})`);
    lines.push(say('skipped', { documents: skipped.join('; ') }));
  }
  lines.push(
    '',
    ...table(headers('framework'), report.frameworks.map((f) => [f.name, ...cells(f.character), ...cells(f.segment)]), (i) => i > 0),
    '',
    ...table(headers('columns.code'), report.codes.map((c) => [c.path, ...cells(c.character), ...cells(c.segment)]), (i) => i > 0),
  );
  if (reasons.length > 0) lines.push('', ...reasons.map((reason, i) => `[${i + 1}] ${reason}`));

  const counted = say('disagreements', { count: report.disagreementCount });
  lines.push('', report.disagreementCount > maxDisagreements ? say('firstOnly', { line: counted, count: maxDisagreements }) : counted);
  if (report.disagreements.length > 0) {
    const names = new Map(report.documents.map((d) => [d.id, documentLabel(d)]));
    lines.push(
      ...table(
        [...['document', 'start', 'end', 'code'].map((key) => shared(`columns.${key}`)), head('appliedBy'), head('notBy')],
        report.disagreements
          .slice(0, maxDisagreements)
          .map((d) => [names.get(d.documentId)!, String(d.start), String(d.end), d.path, d.appliedBy.join(', '), d.notAppliedBy.join(', ')]),
        (i) => i === 1 || i === 2,
      ),
    );
  }
  const notes = methodNotes(words, report.coders.length, report.overlapThreshold);
  lines.push('', say('method'), ...notes.flatMap((note) => wrap(`- ${note}`, WIDTH, '  ')));
  return lines.join('\n');
}

/** Columns padded to their widest cell; figures (the columns `right` names) right-aligned. */
function table(headers: string[], rows: string[][], right: (column: number) => boolean): string[] {
  const width = (text: string) => [...text].length;
  const widths = headers.map((h, i) => largest(rows.map((row) => width(row[i]!)), width(h)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return right(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * A document as the lists name it: its case with the case's group, then its name («Программисты ·
 * 2/2 — Negative facts»). A case table names every group's cases alike, so «2/2 — Negative facts»
 * stood for two documents.
 */
function documentLabel(d: { caseName: string; groupName: string | null; name: string }): string {
  return `${caseLabel(d.caseName, d.groupName)}/${d.name}`;
}
