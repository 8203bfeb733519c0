/**
 * The agreement report as a table for a paper's methods section, in any export format: a row
 * per framework, then a row per code, each with percent agreement, kappa (two coders only),
 * alpha and the units compared, character by character and by segment, as the Agreement tab
 * shows them. Its note says over what and how the figures were computed, in the export's
 * language: the tab's and the command line's own sentences, so a paper says what the screen said.
 */
import type { AgreementReport, MethodResult } from '../../shared/agreement/schema.js';
import type { Statistic } from '../../shared/agreement/units.js';
import { presentTable, type TablePresentation } from '../../shared/method/presentation.js';
import { translator } from '../../shared/i18n/translator.js';
import { fixedDigits, formatNumberIn } from '../../shared/number-format.js';
import { formatList } from '../../shared/locale-format.js';
import type { CrossTable, ExportLanguage, TableCell, TableRow } from '../../shared/tables.js';
import { unitNotes } from './method-notes.js';

type Figure = 'percent' | 'kappa' | 'alpha' | 'units';

export function agreementCrossTable(report: AgreementReport, presentation: TablePresentation = {}): CrossTable {
  const language: ExportLanguage = presentation.language ?? 'en';
  const words = translator(language);
  const t = (key: string, options?: Record<string, unknown>) => words.t(key, options);
  const number = (value: number, options?: Intl.NumberFormatOptions) => formatNumberIn(language, value, options);

  // Kappa compares two coders: with more, its column would say only «n/a» (the command line leaves it out too).
  const figures: Figure[] = report.coders.length === 2 ? ['percent', 'kappa', 'alpha', 'units'] : ['percent', 'alpha', 'units'];
  const figureLabel: Record<Figure, string> = { percent: t('agreement.percent'), kappa: 'κ', alpha: 'α', units: t('agreement.table.units') };
  const methods = [
    { key: 'character', heading: t('agreement.byCharacter') },
    { key: 'segment', heading: t('agreement.bySegment', { threshold: number(report.overlapThreshold) }) },
  ] as const;
  const columns = methods.flatMap(({ key, heading }) =>
    figures.map((figure) => ({ key: `${key}:${figure}`, label: `${heading}/${figureLabel[figure]}`, framework: heading })));

  // An undefined figure (0/0) says n/a with the number of its reason, given once in the note.
  const reasons: string[] = [];
  const statistic = (stat: Statistic, digits: number, percent = false): Pick<TableCell, 'text' | 'figure'> => {
    if (stat.value !== null) {
      const figure = { value: stat.value, digits, percent };
      return { text: number(stat.value, fixedDigits(digits, percent ? 'percent' : 'decimal')), figure };
    }
    const reason = t(`agreement.reasons.${stat.code}`);
    if (!reasons.includes(reason)) reasons.push(reason);
    return { text: `${t('agreement.notAvailable')} [${reasons.indexOf(reason) + 1}]` };
  };
  const rows: TableRow[] = [];
  const cells: TableCell[][] = [];
  const push = (row: TableRow, results: Record<(typeof methods)[number]['key'], MethodResult> | null) => {
    rows.push(row);
    cells.push(columns.map((column, i) => {
      const cell = { row: row.key, column: column.key, count: 0, segments: [] };
      if (!results) return cell;
      const result = results[methods[Math.floor(i / figures.length)]!.key];
      switch (figures[i % figures.length]!) {
        case 'percent': return { ...cell, ...statistic(result.percentAgreement, 1, true) };
        case 'kappa': return { ...cell, ...statistic(result.kappa, 3) };
        case 'alpha': return { ...cell, ...statistic(result.alpha, 3) };
        // A figure, not a count: grouped as the note writes it («1,046», «1 046»), a number in XLSX.
        case 'units': return { ...cell, text: number(result.units), figure: { value: result.units, digits: 0, percent: false } };
      }
    }));
  };
  push({ key: 'frameworks', label: t('agreement.table.frameworks'), role: 'heading' }, null);
  for (const f of report.frameworks) push({ key: `framework:${f.frameworkId}`, label: f.name, role: 'data' }, f);
  push({ key: 'codes', label: t('agreement.table.codes'), role: 'heading' }, null);
  for (const c of report.codes) push({ key: `code:${c.codeId}`, label: c.path, role: 'data' }, c);

  const say = (key: string, options?: Record<string, unknown>) => t(`commandLineReports.agreement.${key}`, options);
  const codePoints = report.documents.reduce((sum, d) => sum + d.length, 0);
  const note = [
    say('between', { coders: formatList(language, report.coders), documents: say('documents', { count: report.documents.length }), codePoints: say('codePoints', { count: codePoints }) }),
    // How many were left out, as the tab says it; which they were is the tab's and the command line's
    // list (hundreds on a large project: too long for a table's note).
    ...(report.skippedDocuments.length > 0 ? [t('agreement.skipped', { count: report.skippedDocuments.length })] : []),
    t('agreement.rowsRead'),
    ...unitNotes(words, report.overlapThreshold),
    ...reasons.map((reason, i) => `[${i + 1}] ${reason}`),
  ];
  return presentTable({
    kind: 'code-case',
    // The coders as the note names them («Ada and Boris»), the file name too, which is made from the title.
    title: t('agreement.table.title', { coders: formatList(language, report.coders) }),
    rowHeader: t('agreement.table.rowHeader'),
    rows,
    columns,
    cells,
    display: 'counts',
    cellsShow: t('agreement.table.cellsShow'),
    tagCases: false,
    filterNote: note.join(' '),
  }, presentation);
}
