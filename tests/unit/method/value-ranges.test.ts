import { describe, expect, it } from 'vitest';
import {
  dayNumber, MAX_CATEGORIES, parseNumber, quantileRanges, rangeIndex, rangeLabel, rangesFor, readValues,
} from '../../../shared/method/value-ranges.js';

const ages = ['26', '28', '29', '30', '31', '33', '34', '35', '37', '38', '40', '42', '45', '50'];

describe('ranges of a numeric attribute', () => {
  it('splits distinct numbers into thirds of roughly equal size, named by their lowest and highest value', () => {
    const ranging = rangesFor('number', ages)!;
    expect(ranging).toEqual({ kind: 'number', distinct: 14, ranges: [{ low: 26, high: 31 }, { low: 33, high: 37 }, { low: 38, high: 50 }] });
    expect(ranging.ranges.map((r) => rangeLabel('number', r, 'ru'))).toEqual(['26–31', '33–37', '38–50']);
  });

  it('takes quarters from 20 cases on', () => {
    const values = Array.from({ length: 20 }, (_, i) => String(20 + i));
    expect(rangesFor('number', values)!.ranges).toEqual([{ low: 20, high: 24 }, { low: 25, high: 29 }, { low: 30, high: 34 }, { low: 35, high: 39 }]);
  });

  it('keeps equal values in one range, cutting at the nearest change of value', () => {
    // Ideal cuts after the 4th and 8th of 12 values; the 30s run from the 3rd to the 9th.
    const values = [25, 27, 30, 30, 30, 30, 30, 30, 30, 41, 44, 50];
    const ranges = quantileRanges(values, 3);
    expect(ranges).toEqual([{ low: 25, high: 27 }, { low: 30, high: 30 }, { low: 41, high: 50 }]);
    for (const v of values) expect(ranges.filter((r) => v >= r.low && v <= r.high)).toHaveLength(1);
    // A single value between two large ties keeps its own range.
    expect(quantileRanges([1, 5, 5, 5, 5, 5, 5, 5, 5, 9], 3)).toEqual([{ low: 1, high: 1 }, { low: 5, high: 5 }, { low: 9, high: 9 }]);
    // A tie so large that a second cut has nowhere to go: two ranges, not an empty third.
    expect(quantileRanges([5, 5, 5, 5, 5, 5, 5, 5, 5, 9], 3)).toEqual([{ low: 5, high: 5 }, { low: 9, high: 9 }]);
  });

  it('gives one range to values all equal, and compares few distinct values value by value', () => {
    expect(quantileRanges([7, 7, 7, 7], 3)).toEqual([{ low: 7, high: 7 }]);
    expect(quantileRanges([], 3)).toEqual([]);
    expect(rangesFor('number', ['7', '7', '7', '7', '7', '7', '7'])).toBeNull();
    const few = Array.from({ length: 30 }, (_, i) => String(i % MAX_CATEGORIES));
    expect(rangesFor('number', few)).toBeNull();
    expect(rangesFor('number', [...few, '99'])).not.toBeNull();
  });

  it('ranges negative and decimal numbers, written in each language', () => {
    const ranging = rangesFor('number', ['-3.5', '-1', '0', '0.25', '2.5', '3.75', '150000'])!;
    expect(ranging.ranges).toEqual([{ low: -3.5, high: -1 }, { low: 0, high: 2.5 }, { low: 3.75, high: 150000 }]);
    expect(ranging.ranges.map((r) => rangeLabel('number', r, 'ru'))).toEqual(['\u22123,5–\u22121', '0–2,5', '3,75–150\u00a0000']);
    expect(rangeLabel('number', { low: 3.75, high: 150000 }, 'en')).toBe('3.75–150,000');
    expect(rangeLabel('number', { low: 1985, high: 1990 }, 'en')).toBe('1985–1990');
    expect(rangeLabel('number', { low: 40, high: 40 }, 'kk')).toBe('40');
  });

  it('reads numbers typed as text as a person writes them, and leaves a mix of numbers and words categorical', () => {
    expect(['2,5', '−3', '150 000', ' 12 ', '+4'].map(parseNumber)).toEqual([2.5, -3, 150000, 12, 4]);
    expect(['', 'abc', '1e3', '1.2.3', '12 лет', '1,000,000'].map(parseNumber)).toEqual(Array(6).fill(undefined));
    expect(rangesFor('text', ['21', '25', '30', '35', '40', '45', '52'])?.kind).toBe('number');
    expect(rangesFor('text', ['21', '25', '30', '35', '40', '45', 'около 50'])).toBeNull();
    expect(rangesFor('number', ['21', '25', '30', '35', '40', '45', 'NaN'])).toBeNull();
    // A choice or yes/no is the researcher's own categories, whatever they look like.
    expect(readValues('choice', ['1', '2'])).toBeNull();
    expect(readValues('boolean', ['true'])).toBeNull();
  });

  it('ranges calendar days, written as the language writes a day', () => {
    const days = ['2022-10-01', '2022-10-03', '2022-10-05', '2022-10-07', '2022-10-09', '2022-10-11', '2023-01-02'];
    const ranging = rangesFor('date', days)!;
    expect(ranging.kind).toBe('date');
    expect(ranging.ranges.map((r) => rangeLabel('date', r, 'ru'))).toEqual(['01.10.2022–03.10.2022', '05.10.2022–09.10.2022', '11.10.2022–02.01.2023']);
    expect(rangeLabel('date', ranging.ranges[0]!, 'en')).toBe('10/01/2022–10/03/2022');
    expect(rangesFor('text', days)?.kind).toBe('date');
    expect(dayNumber('2022-02-30')).toBeUndefined();
    expect(rangesFor('date', [...days.slice(1), 'осенью'])).toBeNull();
  });

  it('finds the range of each value', () => {
    const { ranges } = rangesFor('number', ages)!;
    expect(ages.map((a) => rangeIndex(ranges, Number(a)))).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  });
});
