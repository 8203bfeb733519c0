/**
 * The agreement report as plain text for the command line: a table of the frameworks, one of the codes,
 * the first disagreements, and how the figures were computed. Figures that are undefined
 * (0/0) show as n/a with a numbered note giving the reason.
 */
import type { AgreementReport, MethodResult } from '../../shared/agreement/schema.js';
import type { Statistic } from '../../shared/agreement/units.js';
import { largest } from '../../shared/extremes.js';

const WIDTH = 100;

export function formatAgreementText(report: AgreementReport, maxDisagreements = 50): string {
  const reasons: string[] = [];
  const withKappa = report.coders.length === 2;
  const figure = (stat: Statistic, format: (value: number) => string) => {
    if (stat.value !== null) return format(stat.value);
    if (!reasons.includes(stat.reason)) reasons.push(stat.reason);
    return `n/a[${reasons.indexOf(stat.reason) + 1}]`;
  };
  const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
  const decimal = (v: number) => v.toFixed(3);
  const cells = (result: MethodResult) => [
    figure(result.percentAgreement, percent),
    ...(withKappa ? [figure(result.kappa, decimal)] : []),
    figure(result.alpha, decimal),
    String(result.units),
  ];
  const headers = (first: string) => [
    first,
    ...['CHAR', 'SEG'].flatMap((method) => [`${method} AGREE`, ...(withKappa ? [`${method} KAPPA`] : []), `${method} ALPHA`, `${method} UNITS`]),
  ];

  const totalLength = report.documents.reduce((sum, d) => sum + d.length, 0);
  const lines = [
    `Agreement between ${report.coders.join(', ')} over ${count(report.documents.length, 'document')} (${count(totalLength, 'code point')}).`,
    `Segments are the same unit when their overlap is at least ${report.overlapThreshold}.`,
  ];
  if (report.skippedDocuments.length > 0) {
    const skipped = report.skippedDocuments.map((d) => `${d.caseName}/${d.name} (${d.codedBy.join(', ')})`);
    lines.push(`Skipped, not coded by every coder: ${skipped.join('; ')}.`);
  }
  lines.push(
    '',
    ...table(headers('FRAMEWORK'), report.frameworks.map((f) => [f.name, ...cells(f.character), ...cells(f.segment)]), (i) => i > 0),
    '',
    ...table(headers('CODE'), report.codes.map((c) => [c.path, ...cells(c.character), ...cells(c.segment)]), (i) => i > 0),
  );
  if (reasons.length > 0) lines.push('', ...reasons.map((reason, i) => `[${i + 1}] ${reason}`));

  const shown = report.disagreementCount > maxDisagreements ? ` (the first ${maxDisagreements}; --json lists all)` : '';
  lines.push('', `Disagreements: ${report.disagreementCount}${shown}`);
  if (report.disagreements.length > 0) {
    const names = new Map(report.documents.map((d) => [d.id, `${d.caseName}/${d.name}`]));
    lines.push(
      ...table(
        ['DOCUMENT', 'START', 'END', 'CODE', 'APPLIED BY', 'NOT BY'],
        report.disagreements
          .slice(0, maxDisagreements)
          .map((d) => [names.get(d.documentId)!, String(d.start), String(d.end), d.path, d.appliedBy.join(', '), d.notAppliedBy.join(', ')]),
        (i) => i === 1 || i === 2,
      ),
    );
  }
  lines.push('', 'Method:', ...report.method.flatMap((note) => wrap(`- ${note}`, WIDTH, '  ')));
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

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
