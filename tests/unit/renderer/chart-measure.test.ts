/**
 * What a chart's bars measure (renderer/src/chart-measure.ts): raw segments, segments per case,
 * or the share of a group's cases with the code, all read from its code × case table.
 */
import { describe, expect, it } from 'vitest';
import type { CrossTable, TableRow } from '../../../shared/tables.js';
import { groupTallies, measured, measureFormat, tickFormat, valueTicks } from '../../../renderer/src/chart-measure.js';

/** A code × case table as the service builds it for one group: a heading, a row per case, the total. */
function codeCase(group: string, perCase: number[][]): CrossTable {
  const columns = [{ key: '1', label: 'Economic' }, { key: '2', label: 'Legal' }];
  const totals = columns.map((_, c) => perCase.reduce((sum, row) => sum + row[c]!, 0));
  const rows: TableRow[] = [
    { key: `heading:${group}`, label: group, role: 'heading' },
    ...perCase.map((_, i): TableRow => ({ key: String(i + 1), label: `Case ${i + 1}`, role: 'data' })),
    { key: 'total', label: 'Total', role: 'total' },
  ];
  const counts = [columns.map(() => 0), ...perCase, totals];
  return {
    kind: 'code-case', title: 'Codes by case', rowHeader: 'Case', columns, rows, display: 'counts', tagCases: true, filterNote: '',
    cells: counts.map((row, r) => row.map((count, c) => ({ row: rows[r]!.key, column: columns[c]!.key, count, segments: [] }))),
  };
}

describe('the measure of a chart’s bars', () => {
  // Ten programmers, one of them with many Economic segments; four entrepreneurs, three with one each.
  const programmers = groupTallies(codeCase('Programmers', [[9, 0], [1, 1], ...Array.from({ length: 8 }, () => [0, 0])]));
  const entrepreneurs = groupTallies(codeCase('Entrepreneurs', [[1, 0], [1, 0], [1, 2], [0, 0]]));

  it('counts a group’s cases from its case rows, not its heading or total', () => {
    expect(programmers.cases).toBe(10);
    expect(entrepreneurs.cases).toBe(4);
    expect(programmers.columns[0]).toEqual({ segments: 10, cases: 10, casesWith: 2 });
    expect(entrepreneurs.columns[1]).toEqual({ segments: 2, cases: 4, casesWith: 1 });
  });

  it('evens out groups of unequal size: raw counts favour the bigger group, per case and shares do not', () => {
    const economic = [programmers.columns[0]!, entrepreneurs.columns[0]!];
    expect(economic.map((tally) => measured('segments', tally))).toEqual([10, 3]);
    expect(economic.map((tally) => measured('perCase', tally))).toEqual([1, 0.75]);
    expect(economic.map((tally) => measured('shareOfCases', tally))).toEqual([0.2, 0.75]);
  });

  it('gives a group of no cases bars of 0, not NaN', () => {
    const none = groupTallies(codeCase('Empty', []));
    expect(none.cases).toBe(0);
    expect(measured('perCase', none.columns[0]!)).toBe(0);
    expect(measured('shareOfCases', none.columns[0]!)).toBe(0);
  });

  it('writes counts whole, means to one decimal and shares as whole percents, in the UI language', () => {
    expect(new Intl.NumberFormat('ru-RU', measureFormat('perCase')).format(0.75)).toBe('0,8');
    expect(new Intl.NumberFormat('ru-RU', measureFormat('perCase')).format(2)).toBe('2,0');
    expect(new Intl.NumberFormat('en', measureFormat('shareOfCases')).format(2 / 3)).toBe('67%');
    expect(new Intl.NumberFormat('en', measureFormat('segments')).format(12)).toBe('12');
    // An axis' ticks of a quarter read 0,25, not 0,3 beside 0,5.
    expect([0.25, 0.5, 1].map((v) => new Intl.NumberFormat('ru-RU', tickFormat('perCase')).format(v))).toEqual(['0,25', '0,5', '1']);
  });
});

describe('a group named with its number of cases', () => {
  it('takes the plural form of each language', async () => {
    const { translator } = await import('../../../shared/i18n/translator.js');
    const name = (language: 'en' | 'ru' | 'kk', group: string, count: number) => translator(language).t('charts.groupCases', { group, count });
    expect([1, 4, 10, 21].map((n) => name('ru', 'Программисты', n))).toEqual([
      'Программисты (1 кейс)',
      'Программисты (4 кейса)',
      'Программисты (10 кейсов)',
      'Программисты (21 кейс)',
    ]);
    expect(name('kk', 'Бағдарламашылар', 10)).toBe('Бағдарламашылар (10 кейс)');
    expect([1, 4].map((n) => name('en', 'Programmers', n))).toEqual(['Programmers (1 case)', 'Programmers (4 cases)']);
  });
});

describe('the value axis of a measure', () => {
  it('steps at round values: whole counts, halves of a mean (not 0.65), quarters of the cases', () => {
    expect(valueTicks('segments', 12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(valueTicks('segments', 3)).toEqual([0, 1, 2, 3]);
    expect(valueTicks('perCase', 2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(valueTicks('perCase', 0.4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(valueTicks('shareOfCases', 0.4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('still draws an axis when no bar has height', () => {
    expect(valueTicks('segments', 0)).toEqual([0, 1]);
    expect(valueTicks('perCase', 0).at(-1)).toBe(1);
  });
});
